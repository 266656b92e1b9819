/**
 * Turns an Expr into a plain JavaScript closure over a slot array: real numbers only (a
 * negative base with a fractional power, log of a negative, 1/0 all give NaN or ±∞, which
 * callers read as "not defined here"), nothing allocated per evaluation.
 *
 * Alongside each value the closure keeps a first-order bound on its rounding error (running
 * error analysis: each operation adds its own rounding plus the propagated error of its
 * inputs). Equality checks use that bound as their floor, so `1 − pt` against `sigmoid(−x)`
 * at x = 30, where the subtraction cancels almost every digit, is not mistaken for a difference.
 */
import type { Expr } from './ast.js';
import { sigmoid, softplus } from './functions.js';

/** Per-operation relative rounding (one ulp; library functions get two). */
const U = Number.EPSILON;

/** Rounding error bound of the value the last closure returned. */
let lastError = 0;

export function errorOfLast(): number {
  return lastError;
}

/** Variable name → index in the value/error arrays. */
export type Slots = ReadonlyMap<string, number>;

export type Evaluator = (values: Float64Array, errors: Float64Array) => number;

export function compileEvaluator(expr: Expr, slots: Slots): Evaluator {
  switch (expr.kind) {
    case 'num': {
      const value = expr.value;
      const error = Number.isInteger(value) ? 0 : Math.abs(value) * U;
      return () => ((lastError = error), value);
    }
    case 'const': {
      const value = expr.name === 'e' ? Math.E : Math.PI;
      const error = value * U;
      return () => ((lastError = error), value);
    }
    case 'var': {
      const slot = slots.get(expr.name);
      if (slot === undefined) return () => ((lastError = 0), Number.NaN);
      return (values, errors) => ((lastError = errors[slot]!), values[slot]!);
    }
    case 'neg': {
      const arg = compileEvaluator(expr.arg, slots);
      return (values, errors) => -arg(values, errors);
    }
    case 'call':
      return compileCall(expr.fn, expr.args.map((arg) => compileEvaluator(arg, slots)));
    case 'argpick':
      return compileArgPick(
        expr.op,
        expr.args.map((arg) => compileEvaluator(arg, slots)),
        expr.picks.map((pick) => compileEvaluator(pick, slots)),
      );
    default:
      return compileBinary(expr.kind, compileEvaluator(expr.left, slots), compileEvaluator(expr.right, slots));
  }
}

function compileBinary(kind: 'add' | 'sub' | 'mul' | 'div' | 'pow', left: Evaluator, right: Evaluator): Evaluator {
  switch (kind) {
    case 'add':
      return (values, errors) => {
        const a = left(values, errors);
        const ea = lastError;
        const r = a + right(values, errors);
        lastError = ea + lastError + U * Math.abs(r);
        return r;
      };
    case 'sub':
      return (values, errors) => {
        const a = left(values, errors);
        const ea = lastError;
        const r = a - right(values, errors);
        lastError = ea + lastError + U * Math.abs(r);
        return r;
      };
    case 'mul':
      return (values, errors) => {
        const a = left(values, errors);
        const ea = lastError;
        const b = right(values, errors);
        const r = a * b;
        lastError = Math.abs(b) * ea + Math.abs(a) * lastError + U * Math.abs(r);
        return r;
      };
    case 'div':
      return (values, errors) => {
        const a = left(values, errors);
        const ea = lastError;
        const b = right(values, errors);
        const r = a / b;
        lastError = (ea + Math.abs(r) * lastError) / Math.abs(b) + U * Math.abs(r);
        return r;
      };
    case 'pow':
      return (values, errors) => {
        const a = left(values, errors);
        const ea = lastError;
        const b = right(values, errors);
        const eb = lastError;
        const r = a ** b;
        const fromBase = ea === 0 ? 0 : Math.abs(b * a ** (b - 1)) * ea;
        const fromExponent = eb === 0 ? 0 : Math.abs(r * Math.log(Math.abs(a))) * eb;
        lastError = fromBase + fromExponent + 2 * U * Math.abs(r);
        return r;
      };
  }
}

/** A one-argument function with |f′| for the propagated error. */
function unary(arg: Evaluator, f: (x: number) => number, slope: (x: number, r: number) => number): Evaluator {
  return (values, errors) => {
    const x = arg(values, errors);
    const ex = lastError;
    const r = f(x);
    lastError = (ex === 0 ? 0 : Math.abs(slope(x, r)) * ex) + 2 * U * Math.abs(r);
    return r;
  };
}

function compileCall(fn: string, args: Evaluator[]): Evaluator {
  const first = args[0]!;
  switch (fn) {
    case 'log':
      if (args.length === 2) return compileBinary('div', unary(first, Math.log, (x) => 1 / x), unary(args[1]!, Math.log, (x) => 1 / x));
      return unary(first, Math.log, (x) => 1 / x);
    case 'log10':
      return unary(first, Math.log10, (x) => 1 / (x * Math.LN10));
    case 'log2':
      return unary(first, Math.log2, (x) => 1 / (x * Math.LN2));
    case 'exp':
      return unary(first, Math.exp, (_x, r) => r);
    case 'sqrt':
      return unary(first, Math.sqrt, (_x, r) => 1 / (2 * r));
    case 'abs':
      return unary(first, Math.abs, () => 1);
    case 'sign':
      // Only derivatives use it (d|u| = sign(u)·du): at 0 there is no derivative, so no value.
      return unary(first, (x) => (x > 0 ? 1 : x < 0 ? -1 : Number.NaN), () => 0);
    case 'sigmoid':
      return unary(first, sigmoid, (_x, r) => r * (1 - r));
    case 'softplus':
      return unary(first, softplus, (x) => sigmoid(x));
    case 'log1p':
      return unary(first, Math.log1p, (x) => 1 / (1 + x));
    case 'min':
    case 'max':
      return compileArgPick(fn, args, args);
    default:
      throw new Error(`no evaluator for function ${fn}`);
  }
}

/**
 * min/max (picks = args), or the derivative of the argument that attains it. For a
 * derivative, a tie between arguments whose derivatives differ is a kink: no value there.
 */
function compileArgPick(op: 'min' | 'max', args: Evaluator[], picks: Evaluator[]): Evaluator {
  const pickIsArg = picks === args;
  return (values, errors) => {
    let best = 0;
    let bestValue = Number.NaN;
    let bestError = 0;
    let tie = -1;
    for (let i = 0; i < args.length; i++) {
      const value = args[i]!(values, errors);
      if (Number.isNaN(value)) return (lastError = 0), Number.NaN;
      if (i === 0 || (op === 'min' ? value < bestValue : value > bestValue)) {
        best = i;
        bestValue = value;
        bestError = lastError;
        tie = -1;
      } else if (value === bestValue) {
        tie = i;
      }
    }
    if (pickIsArg) return (lastError = bestError), bestValue;
    const picked = picks[best]!(values, errors);
    if (tie < 0) return picked;
    const pickedError = lastError;
    const other = picks[tie]!(values, errors);
    return other === picked ? ((lastError = pickedError), picked) : ((lastError = 0), Number.NaN);
  };
}
