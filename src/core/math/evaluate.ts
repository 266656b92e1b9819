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
import { erf } from './erf.js';
import { logit, logSigmoid, sigmoid, softplus } from './functions.js';

/** Per-operation relative rounding (one ulp; library functions get two). */
const U = Number.EPSILON;
/** Absolute rounding of a product or quotient that underflows (x² = 0 for x = 1e-200). */
const TINY = Number.MIN_VALUE;

/** Rounding error bound of the value the last closure returned. */
let lastError = 0;

export function errorOfLast(): number {
  return lastError;
}

/** Variable name → index in the value/error arrays. */
/**
 * How far a number as written may be from its double: nothing for an integer a double holds
 * exactly (|n| ≤ 2⁵³), up to an ulp otherwise; 1e100 is not 10¹⁰⁰, which matters once the
 * expression cancels its leading digits ((1e100 + x)² − 1e200 − 2e100·x).
 */
export function literalError(value: number): number {
  if (Number.isSafeInteger(value)) return 0;
  return Math.abs(value) < 2 ** -1022 ? 2 ** -1075 : Math.abs(value) * U;
}

export type Slots = ReadonlyMap<string, number>;

export type Evaluator = (values: Float64Array, errors: Float64Array) => number;

export function compileEvaluator(expr: Expr, slots: Slots): Evaluator {
  switch (expr.kind) {
    case 'num': {
      const value = expr.value;
      const error = literalError(value);
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
        lastError = Math.abs(b) * ea + Math.abs(a) * lastError + ea * lastError + U * Math.abs(r) + TINY;
        return r;
      };
    case 'div':
      return (values, errors) => {
        const a = left(values, errors);
        const ea = lastError;
        const b = right(values, errors);
        const r = a / b;
        lastError = quotientError(r, ea, b, lastError);
        return r;
      };
    case 'pow':
      return (values, errors) => {
        const a = left(values, errors);
        const ea = lastError;
        const b = right(values, errors);
        const eb = lastError;
        const r = a ** b;
        // |b·a^(b−1)| = |b·r/a|, without a second power.
        const fromBase = ea === 0 ? 0 : Math.abs((b * r) / a) * ea;
        const fromExponent = eb === 0 ? 0 : Math.abs(r * Math.log(Math.abs(a))) * eb;
        lastError = fromBase + fromExponent + 2 * U * Math.abs(r) + TINY;
        return r;
      };
  }
}

/**
 * The bound of r = a/b: |Δr| ≤ (|Δa| + |r|·|Δb|)/(|b| − |Δb|), plus its own rounding; no bound
 * (∞) once b's error reaches half of b, where b may be near 0 or of either sign.
 */
export function quotientError(r: number, ea: number, b: number, eb: number): number {
  const margin = Math.abs(b) - eb;
  if (!(margin > Math.abs(b) / 2)) return Number.POSITIVE_INFINITY;
  return (ea + Math.abs(r) * eb) / margin + U * Math.abs(r) + TINY;
}

/** A one-argument function with |f′| for the propagated error. */
function unary(arg: Evaluator, f: (x: number) => number, slope: (x: number, r: number) => number): Evaluator {
  return (values, errors) => {
    const x = arg(values, errors);
    const ex = lastError;
    const r = f(x);
    lastError = (ex === 0 ? 0 : Math.abs(slope(x, r)) * ex) + 2 * U * Math.abs(r) + TINY;
    return r;
  };
}

/** Like `unary`, for functions whose own rounding is larger than two ulps. */
function unaryWithRounding(arg: Evaluator, f: (x: number) => number, slope: (x: number, r: number) => number, ulps: number): Evaluator {
  return (values, errors) => {
    const x = arg(values, errors);
    const ex = lastError;
    const r = f(x);
    lastError = (ex === 0 ? 0 : Math.abs(slope(x, r)) * ex) + ulps * U * Math.abs(r) + TINY;
    return r;
  };
}

const relu = (x: number): number => (x > 0 ? x : x < 0 ? 0 : x === 0 ? 0 : Number.NaN);
const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : Number.NaN);

function compileCall(fn: string, args: Evaluator[]): Evaluator {
  const first = args[0]!;
  switch (fn) {
    case 'log':
      if (args.length === 2) return compileLogBase(first, args[1]!);
      return unary(first, Math.log, (x) => 1 / x);
    case 'log10':
      return unary(first, Math.log10, (x) => 1 / (x * Math.LN10));
    case 'log2':
      return unary(first, Math.log2, (x) => 1 / (x * Math.LN2));
    case 'exp':
      return unary(first, Math.exp, (_x, r) => r);
    case 'expm1':
      return unary(first, Math.expm1, (x) => Math.exp(x));
    case 'sqrt':
      return unary(first, Math.sqrt, (_x, r) => 1 / (2 * r));
    case 'abs':
      return unary(first, Math.abs, () => 1);
    case 'sign':
      return unary(first, sign, () => 0);
    case 'kinkSign':
      // Only derivatives use it (d|u| = sign(u)·du): at 0 there is no derivative, so no value.
      return unary(first, (x) => (x > 0 ? 1 : x < 0 ? -1 : Number.NaN), () => 0);
    case 'step':
      // d relu(u) = step(u)·du, with no value at the kink.
      return unary(first, (x) => (x > 0 ? 1 : x < 0 ? 0 : Number.NaN), () => 0);
    case 'relu':
      return unary(first, relu, (x) => (x > 0 ? 1 : 0));
    case 'sigmoid':
      return unary(first, sigmoid, (_x, r) => r * (1 - r));
    case 'logsigmoid':
      return unary(first, logSigmoid, (x) => sigmoid(-x));
    case 'logit':
      return unary(first, (p) => (p > 0 && p < 1 ? logit(p) : Number.NaN), (p) => 1 / (p * (1 - p)));
    case 'softplus':
      return unary(first, softplus, (x) => sigmoid(x));
    case 'log1p':
      return unary(first, Math.log1p, (x) => 1 / (1 + x));
    case 'sin':
      return unaryWithRounding(first, Math.sin, (x) => Math.cos(x), 4);
    case 'cos':
      return unaryWithRounding(first, Math.cos, (x) => Math.sin(x), 4);
    case 'tan':
      return unaryWithRounding(first, Math.tan, (x) => 1 / Math.cos(x) ** 2, 4);
    case 'sinh':
      return unaryWithRounding(first, Math.sinh, (x) => Math.cosh(x), 4);
    case 'cosh':
      return unaryWithRounding(first, Math.cosh, (x) => Math.sinh(x), 4);
    case 'tanh':
      return unaryWithRounding(first, Math.tanh, (_x, r) => 1 - r * r, 4);
    case 'erf':
      return unaryWithRounding(first, erf, (x) => 1.1283791670955126 * Math.exp(-x * x), 64);
    case 'min':
    case 'max':
      return compileArgPick(fn, args, args);
    case 'clip': {
      // clip(x, lo, hi) = min(max(x, lo), hi)
      const lower = [first, args[1]!];
      const clipped = [compileArgPick('max', lower, lower), args[2]!];
      return compileArgPick('min', clipped, clipped);
    }
    default:
      throw new Error(`no evaluator for function ${fn}`);
  }
}

/** log(x, base) = log(x)/log(base): no value for a base that is not positive (log(8, 0) is not 0). */
function compileLogBase(x: Evaluator, base: Evaluator): Evaluator {
  const quotient = compileBinary('div', unary(x, Math.log, (v) => 1 / v), unary(base, Math.log, (v) => 1 / v));
  return (values, errors) => {
    const b = base(values, errors);
    if (!(b > 0)) return (lastError = 0), Number.NaN;
    return quotient(values, errors);
  };
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
