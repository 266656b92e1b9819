import type { CommandModule } from 'yargs';
import { InputError, type Said } from '../../core/errors.js';
import { t, type WordKey, type WordParams } from '../../core/words/index.js';
import { styled, type Style } from '../../text/style.js';
import type { MathError } from '../../core/math/index.js';
import { action, EXIT } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import { expressionArg, rejectExtraArguments } from '../expression-args.js';
import { u } from '../usage-words.js';

interface EquivArgs extends GlobalArgs {
  a: string;
  b: string;
  where?: string;
  tol?: number;
  _: (string | number)[];
}

const VALUE_OPTIONS = ['where', 'tol'];

export const equivCommand: CommandModule<GlobalArgs, EquivArgs> = {
  command: 'equiv <a> <b>',
  get describe() {
    return u('usage.equiv');
  },
  builder: (y) =>
    y
      // `-(1-pt)^gamma*log(pt)` must reach the handler as an expression, not as flags.
      .parserConfiguration({ 'unknown-options-as-args': true })
      .strict(false)
      .positional('a', { type: 'string', demandOption: true })
      .positional('b', { type: 'string', demandOption: true })
      .option('where', { type: 'string', describe: u('usage.equiv.where') })
      .option('tol', {
        type: 'number',
        default: 1e-9,
        describe: u('usage.equiv.tol'),
      })
      .example('$0 equiv "-(1-pt)^gamma*log(pt)" "(1-pt)^gamma*log(1/pt)"', u('usage.equiv.example'))
      .example('$0 equiv "(x^2)^0.5" "x" --where "x in [-1,1]"', u('usage.equiv.example2'))
      .epilogue(
        u('usage.equiv.epilogue'),
      ),
  handler: action(async (argv: EquivArgs, output) => {
    rejectExtraArguments(argv);
    const settings = settingsFrom(argv);
    const tol = argv.tol ?? 1e-9;
    if (!Number.isFinite(tol) || tol < 0) throw new InputError({ key: 'error.tol' });
    const a = expressionArg(argv, argv.a, 'equiv', 0, VALUE_OPTIONS);
    const b = expressionArg(argv, argv.b, 'equiv', 1, VALUE_OPTIONS);
    const math = await import('../../core/math/index.js');
    const result = math.checkEquivalence(a, b, { tol, ...(argv.where === undefined ? {} : { where: argv.where }) });
    if (!result.ok) throw new InputError(describeProblem(result.error));
    const report = result.value;

    if (settings.json) {
      const { equivalent, counterexample, undecided, workLimited, samples, evidence, domains } = report;
      output.out(`${JSON.stringify({ equivalent, counterexample, undecided, workLimited, samples, evidence, domains })}\n`);
      return report.equivalent ? EXIT.ok : EXIT.negative;
    }
    const paint = (style: Style, text: string) => styled(style, text, settings.color);
    const say = (key: WordKey, params?: WordParams) => t(settings.lang, key, params);
    const on = report.domains.length > 0 ? say('equiv.on', { domains: report.domains.map(math.describeDomain).join(', ') }) : '';
    if (report.equivalent) {
      output.out(`${paint('green', say('equiv.equivalent'))}${on}${say('equiv.samples', { n: report.samples })}\n`);
      return EXIT.ok;
    }
    if (!report.counterexample) {
      // Nothing shown either way: fail closed, and say why.
      const why = report.undecided
        ? say('equiv.undecided', { point: math.describePoint(report.undecided) || { key: 'expr.anyPoint' } })
        : report.workLimited
          ? say('equiv.workLimited')
          : report.samples === 0
            ? say('equiv.noneDefined')
            : say('equiv.fewCompared', { evidence: report.evidence, samples: report.samples });
      output.out(`${say('equiv.because', { verdict: paint('yellow', say('equiv.notShown')), on, why })}\n`);
      return EXIT.negative;
    }
    const { point, shown } = report.counterexample;
    const pretty = (source: string) => {
      const printed = math.prettyExpression(source);
      return printed.ok ? printed.value : source;
    };
    output.out(
      `${paint('red', say('equiv.notEquivalent'))}${on}\n` +
        `  ${say('equiv.differAt', { point: math.describePoint(point) || { key: 'expr.anyPoint' } })}\n` +
        `  a: ${pretty(a)} = ${shown.a}\n` +
        `  b: ${pretty(b)} = ${shown.b}\n`,
    );
    return EXIT.negative;
  }),
};

/** Which argument and column a math error is in, said in the reader's language. */
function describeProblem(error: MathError): Said | string {
  const part: Said | string | null =
    error.part === 'a' ? { key: 'equiv.firstExpression' } : error.part === 'b' ? { key: 'equiv.secondExpression' } : error.part === 'where' ? '--where' : null;
  const { column, said: message } = error;
  if (part === null) return column === undefined ? message : { key: 'math.at', params: { where: { key: 'math.column', params: { column } }, message } };
  const where: Said | string = column === undefined ? part : { key: 'math.partColumn', params: { part, column } };
  return { key: 'math.at', params: { where, message } };
}
