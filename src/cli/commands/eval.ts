import { formatNumber } from '../../core/numbers.js';
import type { CommandModule } from 'yargs';
import { InputError } from '../../core/errors.js';
import { action, EXIT } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import type { Output } from '../output.js';
import { expressionArg, rejectExtraArguments } from '../expression-args.js';
import { u } from '../usage-words.js';

interface EvalArgs extends GlobalArgs {
  expr: string;
  _: (string | number)[];
}

export const evalCommand: CommandModule<GlobalArgs, EvalArgs> = {
  command: 'eval <expr>',
  get describe() {
    return u('usage.eval');
  },
  builder: (y) =>
    y
      // `-log(0.9)` must reach the handler as an expression, not as the flags -l -o -g.
      .parserConfiguration({ 'unknown-options-as-args': true })
      .strict(false)
      .positional('expr', { type: 'string', demandOption: true, describe: u('usage.eval.expr') })
      .example('$0 eval "1/(1-0.968)^2"', '976.5625')
      .example('$0 eval "-log(0.9)" --json', '{"value":0.10536051565782628}')
      .epilogue(
        u('usage.eval.epilogue'),
      ),
  handler: action(runEval),
};

/** 14 significant figures hide binary noise: 1/(1-0.968)^2 prints 976.5625, not 976.5624999999982. */
export function displayNumber(value: number): string {
  return formatNumber(value, 14);
}

/** `focal eval`: the value of one expression. */
export async function runEval(argv: EvalArgs, output: Output): Promise<number | void> {
  rejectExtraArguments(argv);
  const settings = settingsFrom(argv);
  // Only the evaluator: the high-precision judge of equivalence checks (decimal.js) stays unloaded.
  const { evaluateExpression } = await import('../../core/math/expression.js');
  const result = evaluateExpression(expressionArg(argv, argv.expr, 'eval', 0));
  if (!result.ok) {
    const { said: message, column } = result.error;
    const where = column === undefined ? ({ key: 'math.expression' } as const) : ({ key: 'math.partColumn', params: { part: { key: 'math.expression' }, column } } as const);
    throw new InputError({ key: 'math.at', params: { where, message } });
  }
  if (settings.json) output.out(`${JSON.stringify({ value: result.value })}\n`);
  else output.out(`${displayNumber(result.value)}\n`);
  return EXIT.ok;
}
