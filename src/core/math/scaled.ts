/**
 * float64 with an exponent of its own: a value is m·2^k with m a double in [0.5, 1) and k any
 * integer, so nothing overflows or underflows. It carries a bound on its relative error, as
 * the float64 evaluator does, and knows only the operations whose error it can bound
 * (+ − · / ^, exp, log, sqrt, abs, relu, sign, min, max, clip); anything else, or a bound grown
 * too wide, is "not known".
 *
 * It is a cheap first judge of the points float64 cannot evaluate: at a subnormal coordinate
 * 1/pₜ overflows in every focal-loss form, and a correct answer must not wait there for the
 * high-precision judge (precise.ts), whose arithmetic costs a few hundred times more and
 * whose garbage is most of a check's. It can only say "equal": every other verdict, and every
 * difference shown, is still the high-precision judge's.
 */
import type { Expr } from './ast.js';

/** m·2^k with |m| in [0.5, 1), or m = 0 for an exact zero (the only zero); r bounds the relative error. */
interface Scaled {
  m: number;
  k: number;
  r: number;
}

/** Two units in the last place: the basic operations round to half of one, Math.log/exp/sqrt to under one. */
const U = 2 ** -52;
/** Past this relative error a value is not known (its error bounds are first-order). */
const MAX_RELATIVE = 1e-6;
/** Exponents beyond ±2^40 would lose integer precision in sums of exponents. */
const MAX_EXPONENT = 2 ** 40;

const ZERO: Scaled = { m: 0, k: 0, r: 0 };
const ONE: Scaled = { m: 0.5, k: 1, r: 0 };
const NOT_KNOWN = null;
type Known = Scaled | typeof NOT_KNOWN;

/** x·2^n, exactly, for a result in the normal range (the power of two is applied in two halves). */
function times2(x: number, n: number): number {
  const half = Math.trunc(n / 2);
  return x * 2 ** half * 2 ** (n - half);
}

/** x (finite) as m·2^k, with the given relative error bound. */
function scaled(x: number, k: number, r: number): Known {
  if (x === 0 || !Number.isFinite(x) || !(r <= MAX_RELATIVE)) return NOT_KNOWN;
  let e = Math.ceil(Math.log2(Math.abs(x)));
  let m = times2(x, -e);
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  const exponent = k + e;
  return Math.abs(exponent) < MAX_EXPONENT ? { m, k: exponent, r } : NOT_KNOWN;
}

/** The value as a double, when it is one without overflow. */
function toDouble(a: Scaled): number | undefined {
  return a.k <= 1000 && a.k >= -1000 ? times2(a.m, a.k) : undefined;
}

function multiply(a: Scaled, b: Scaled): Known {
  if (a.m === 0 || b.m === 0) return ZERO;
  return scaled(a.m * b.m, a.k + b.k, a.r + b.r + a.r * b.r + U);
}

function divide(a: Scaled, b: Scaled): Known {
  if (b.m === 0 || b.r >= 0.5) return NOT_KNOWN;
  if (a.m === 0) return ZERO;
  return scaled(a.m / b.m, a.k - b.k, (a.r + b.r) / (1 - b.r) + U);
}

function add(a: Scaled, b: Scaled): Known {
  if (a.m === 0) return b;
  if (b.m === 0) return a;
  const [big, small] = a.k >= b.k ? [a, b] : [b, a];
  const apart = big.k - small.k;
  if (apart > 60) {
    // |small| < 2^(1 − apart)·|big|: it changes the sum by less than that, relatively.
    return { m: big.m, k: big.k, r: big.r + 2 ** (2 - apart) * (1 + small.r) };
  }
  const shifted = times2(small.m, -apart);
  const sum = big.m + shifted;
  if (sum === 0) return NOT_KNOWN;
  const error = Math.abs(big.m) * big.r + Math.abs(shifted) * small.r + Math.abs(sum) * U;
  return scaled(sum, big.k, error / Math.abs(sum));
}

const negate = (a: Scaled): Scaled => ({ m: -a.m, k: a.k, r: a.r });

/** ln|a| as a double and a bound on its absolute error. */
function lnAbs(a: Scaled): { value: number; error: number } | undefined {
  if (a.m === 0 || a.r >= 0.5) return undefined;
  const value = Math.log(Math.abs(a.m)) + a.k * Math.LN2;
  // ln(1 + ε) for |ε| ≤ r, the rounding of log(m) (|log m| ≤ ln 2), of k·ln 2 and of the sum.
  const error = a.r / (1 - a.r) + U + Math.abs(a.k) * Math.LN2 * U + Math.abs(value) * U;
  return { value, error };
}

function log(a: Scaled): Known {
  if (a.m <= 0) return NOT_KNOWN;
  const ln = lnAbs(a);
  return ln && ln.value !== 0 ? scaled(ln.value, 0, ln.error / Math.abs(ln.value)) : NOT_KNOWN;
}

/** e^y for y known to within an absolute `error`. */
function expOf(y: number, error: number): Known {
  if (!(Math.abs(y) < MAX_EXPONENT / 2) || !(error < 1e-3)) return NOT_KNOWN;
  const n = Math.round(y / Math.LN2);
  const f = y - n * Math.LN2;
  // n·ln 2 is off by its rounding and ln 2's; then the subtraction's and exp's own roundings.
  const total = error + Math.abs(n) * Math.LN2 * U + Math.abs(f) * U + U;
  return scaled(Math.exp(f), n, total * (1 + total) + U);
}

function exp(a: Scaled): Known {
  // |y| < 2^-1000: e^y = 1 within 2|y|.
  if (a.k < -1000) return scaled(1, 0, 2 ** -990 + U);
  const y = toDouble(a);
  return y === undefined ? NOT_KNOWN : expOf(y, Math.abs(y) * a.r + 2 ** -1074);
}

function sqrt(a: Scaled): Known {
  if (a.m === 0) return ZERO;
  if (a.m < 0) return NOT_KNOWN;
  const odd = Math.abs(a.k) % 2 === 1;
  const root = Math.sqrt(odd ? a.m * 2 : a.m);
  return scaled(root, (odd ? a.k - 1 : a.k) / 2, a.r + U);
}

/** a^n for a small integer n, by repeated squaring: n roundings, not ln and exp's. */
function integerPower(a: Scaled, n: number): Known {
  let result: Known = ONE;
  let square: Known = a;
  for (let rest = Math.abs(n); rest > 0 && result && square; rest >>= 1) {
    if (rest & 1) result = multiply(result, square);
    if (rest > 1) square = multiply(square, square);
  }
  return result && n < 0 ? divide(ONE, result) : result;
}

function power(a: Scaled, b: Scaled): Known {
  const exponent = toDouble(b);
  if (exponent === undefined) return NOT_KNOWN;
  if (a.m === 0) return b.r === 0 && exponent > 0 ? ZERO : NOT_KNOWN;
  const integer = b.r === 0 && Number.isInteger(exponent);
  if (integer && Math.abs(exponent) <= 64) return integerPower(a, exponent);
  if (a.m < 0 && !integer) return NOT_KNOWN;
  const ln = lnAbs(a);
  if (!ln) return NOT_KNOWN;
  const y = exponent * ln.value;
  const error = Math.abs(exponent) * ln.error + Math.abs(ln.value * exponent) * b.r + Math.abs(y) * U;
  const magnitude = expOf(y, error);
  const negative = a.m < 0 && Math.abs(exponent) % 2 === 1;
  return magnitude && negative ? negate(magnitude) : magnitude;
}

const CONSTANTS = { e: scaled(Math.E, 0, U), pi: scaled(Math.PI, 0, U) };
const LN2 = scaled(Math.LN2, 0, U)!;
const LN10 = scaled(Math.LN10, 0, U)!;

/** Evaluates expressions at one point; `scope` gives each variable's value (a double, exact). */
export class ScaledEvaluator {
  private readonly memo = new Map<Expr, Known>();

  constructor(private readonly scope: ReadonlyMap<string, Known>) {}

  evaluate(expr: Expr): Known {
    let known = this.memo.get(expr);
    if (known === undefined) {
      known = this.compute(expr);
      this.memo.set(expr, known);
    }
    return known;
  }

  private compute(expr: Expr): Known {
    switch (expr.kind) {
      case 'num':
        return literal(expr.value);
      case 'const':
        return CONSTANTS[expr.name];
      case 'var':
        return this.scope.get(expr.name) ?? NOT_KNOWN;
      case 'neg': {
        const a = this.evaluate(expr.arg);
        return a && negate(a);
      }
      case 'argpick':
        return NOT_KNOWN;
      case 'call':
        return this.call(expr.fn, expr.args);
      default: {
        const a = this.evaluate(expr.left);
        const b = a && this.evaluate(expr.right);
        if (!a || !b) return NOT_KNOWN;
        switch (expr.kind) {
          case 'add':
            return add(a, b);
          case 'sub':
            return add(a, negate(b));
          case 'mul':
            return multiply(a, b);
          case 'div':
            return divide(a, b);
          case 'pow':
            return power(a, b);
        }
      }
    }
  }

  private call(fn: string, args: Expr[]): Known {
    if (fn === 'min' || fn === 'max') return this.extreme(fn, args);
    if (fn === 'clip') {
      const [x, lo, hi] = args.map((arg) => this.evaluate(arg));
      const raised = x && lo ? extremeOf('max', [x, lo]) : NOT_KNOWN;
      return raised && hi ? extremeOf('min', [raised, hi]) : NOT_KNOWN;
    }
    const x = this.evaluate(args[0]!);
    if (!x) return NOT_KNOWN;
    switch (fn) {
      case 'log': {
        if (args.length === 1) return log(x);
        const base = this.evaluate(args[1]!);
        const logBase = base && log(base);
        const logX = logBase && log(x);
        return logX && logBase && divide(logX, logBase);
      }
      case 'log2':
      case 'log10': {
        const ln = log(x);
        return ln && divide(ln, fn === 'log2' ? LN2 : LN10);
      }
      case 'exp':
        return exp(x);
      case 'sqrt':
        return sqrt(x);
      case 'abs':
        return { m: Math.abs(x.m), k: x.k, r: x.r };
      // A known value's sign is certain (its relative error is below 1).
      case 'relu':
        return x.m > 0 ? x : ZERO;
      case 'sign':
        return x.m > 0 ? ONE : x.m < 0 ? { m: -0.5, k: 1, r: 0 } : ZERO;
      default:
        return NOT_KNOWN;
    }
  }

  private extreme(fn: 'min' | 'max', args: Expr[]): Known {
    const values: Scaled[] = [];
    for (const arg of args) {
      const value = this.evaluate(arg);
      if (!value) return NOT_KNOWN;
      values.push(value);
    }
    return extremeOf(fn, values);
  }
}

/** The least or greatest of known values; not known when two are too close to order. */
function extremeOf(fn: 'min' | 'max', values: Scaled[]): Known {
  let best = values[0]!;
  for (const value of values.slice(1)) {
    const difference = add(value, negate(best));
    if (!difference) return NOT_KNOWN;
    if (fn === 'min' ? difference.m < 0 : difference.m > 0) best = value;
  }
  return best;
}

/** A sampled coordinate: the double itself, exact. */
export function exact(value: number): Known {
  return value === 0 ? ZERO : scaled(value, 0, 0);
}

/**
 * A number as written (0.1, 1e300): the double nearest to it, within half a unit in the last
 * place; a subnormal one (1e-320) within half of 2^-1074, which is a large relative error.
 */
function literal(value: number): Known {
  if (Number.isSafeInteger(value)) return exact(value);
  return scaled(value, 0, Math.abs(value) < 2 ** -1022 ? 2 ** -1074 / Math.abs(value) / 2 : U / 2);
}

/**
 * Are `a` and `b` equal within the relative tolerance, their error bounds (times a safety
 * factor, as in the high-precision comparison) taken off? Only a yes is an answer.
 */
export function shownEqual(a: Known, b: Known, tol: number): boolean {
  if (!a || !b) return false;
  if (a.m === 0 || b.m === 0) return a.m === 0 && b.m === 0;
  const near = nearby(a, b);
  return near !== undefined && near.gap + 4 * near.slack <= tol * near.magnitude;
}

/**
 * Different beyond the tolerance whatever the rounding: not a verdict (the high-precision judge
 * gives those), but a suspect for it, as a difference float64 sees is.
 */
export function shownDifferent(a: Known, b: Known, tol: number): boolean {
  if (!a || !b || a.m === 0 || b.m === 0) return false;
  const near = nearby(a, b);
  return near === undefined || near.gap - 4 * near.slack > tol * near.magnitude;
}

/**
 * Two nonzero values on the larger one's exponent: their distance, its rounding slack and the
 * larger magnitude; undefined when their exponents are more than 2 apart (a factor of 4 or more).
 */
function nearby(a: Scaled, b: Scaled): { gap: number; slack: number; magnitude: number } | undefined {
  const top = Math.max(a.k, b.k);
  if (top - Math.min(a.k, b.k) > 2) return undefined;
  const x = times2(a.m, a.k - top);
  const y = times2(b.m, b.k - top);
  const magnitude = Math.max(Math.abs(x), Math.abs(y));
  return { gap: Math.abs(x - y), slack: Math.abs(x) * a.r + Math.abs(y) * b.r + magnitude * U, magnitude };
}
