/** Reading and evaluating single expressions: the entry points most callers need. */
import { compileEvaluator } from './evaluate.js';
import { prettyPrint } from './pretty.js';
import { parseExpression } from './sandbox.js';
import { fail, ok, type MathResult } from './types.js';

export interface CompiledExpression {
  source: string;
  /** Variable names in order of first appearance, canonical spelling (γ → gamma, pₜ → pt). */
  variables: string[];
  /** The real value at `scope`, or undefined where it is not a real finite number (or a variable is missing). */
  evaluate(scope: Record<string, number>): number | undefined;
  /** `−(1 − pₜ)^γ · log(pₜ)` */
  pretty(): string;
}

export interface CompileOptions {
  /** When given, any other variable is an error ("unknown variable 'q'"). */
  allowedVariables?: string[];
}

export function compileExpression(source: string, options: CompileOptions = {}): MathResult<CompiledExpression> {
  const parsed = parseExpression(source, options);
  if (!parsed.ok) return parsed;
  const { expr, variables } = parsed.value;
  const slots = new Map(variables.map((name, index) => [name, index] as const));
  const run = compileEvaluator(expr, slots);
  const values = new Float64Array(variables.length);
  const errors = new Float64Array(variables.length);
  let pretty: string | undefined;
  return ok({
    source,
    variables,
    evaluate(scope) {
      for (let i = 0; i < variables.length; i++) {
        const name = variables[i]!;
        values[i] = Object.hasOwn(scope, name) ? Number(scope[name]) : Number.NaN;
      }
      const value = run(values, errors);
      return Number.isFinite(value) ? value : undefined;
    },
    pretty: () => (pretty ??= prettyPrint(expr)),
  });
}

/**
 * The value of `source` with the variables of `scope`; an error for a variable `scope` does
 * not give, and for a result that is not a real finite number.
 */
export function evaluateExpression(source: string, scope: Record<string, number> = {}): MathResult<number> {
  const compiled = compileExpression(source, { allowedVariables: Object.keys(scope) });
  if (!compiled.ok) return compiled;
  const value = compiled.value.evaluate(scope);
  if (value === undefined) return fail({ key: 'expr.noValue' });
  return ok(value);
}

export function prettyExpression(source: string): MathResult<string> {
  const parsed = parseExpression(source);
  return parsed.ok ? ok(prettyPrint(parsed.value.expr)) : parsed;
}
