import { formatNumber } from '../../core/numbers.js';
import type { CommandModule } from 'yargs';
import { InputError } from '../../core/errors.js';
import { action, EXIT } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import type { Output } from '../output.js';
import { expressionArg, rejectExtraArguments } from '../expression-args.js';

interface EvalArgs extends GlobalArgs {
  expr: string;
  _: (string | number)[];
}

export const evalCommand: CommandModule<GlobalArgs, EvalArgs> = {
  command: 'eval <expr>',
  describe: 'Evaluate an arithmetic expression in the quiz sandbox',
  builder: (y) =>
    y
      // `-log(0.9)` must reach the handler as an expression, not as the flags -l -o -g.
      .parserConfiguration({ 'unknown-options-as-args': true })
      .strict(false)
      .positional('expr', { type: 'string', demandOption: true, describe: 'Expression, e.g. "1/(1-0.968)^2"' })
      .example('$0 eval "1/(1-0.968)^2"', '976.5625')
      .example('$0 eval "-log(0.9)" --json', '{"value":0.10536051565782628}')
      .epilogue(
        'mathjs syntax with real numbers only: + - * / ^ (or **), log (natural; ln too; log(x, base)), log10, log2, exp, ' +
          'expm1, log1p, sqrt, abs, sign, sigmoid, logsigmoid, logit, softplus, relu, min, max, clip (clamp), pow, ' +
          'sin, cos, tan, sinh, cosh, tanh, erf, e, pi. Printed forms are accepted: −, ·, ×, ², √, γ, α, pₜ.',
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
