/**
 * Exact rational evaluation, the last judge of a point that float64 and decimal.js cannot
 * settle. It serves numbers, variables, + − · /, integer powers and the piecewise-linear
 * functions (abs, sign, relu, min, max, clip); anything else has no exact value here.
 *
 * Whatever it finds different is different. What it finds equal is equal at that point; it
 * stands for the whole domain only for a rational function (no piecewise function evaluated)
 * at a generic point: a rational function that is not zero vanishes only at isolated points,
 * which random coordinates of 17 digits do not meet, while x³ against x³ + relu(x − 9.9)
 * agree at every point below 9.9, and a polynomial can vanish at the simple values 0, ±0.5,
 * ±1, ±2.
 *
 * Where it serves, nothing is rounded: 2x − x − x against 0, or (x + 1)² − x² − 2x − 1
 * against 0, cancel to exactly zero (equal), while (10¹⁰⁰ + x)³ expanded against 0 leaves
 * exactly x³ (a real difference, however small beside the terms).
 *
 * A number is read as decimal.js reads it (its shortest decimal form: 0.1 is 1/10), so the
 * three judges agree on what point they evaluate.
 */
import { Decimal } from 'decimal.js';
import type { Expr } from './ast.js';
import { UNDEFINED, type PreciseResult } from './precise.js';

/** A fraction n/d with d > 0 (in lowest terms while small). */
export interface Rational {
  n: bigint;
  d: bigint;
}

/** No value at this point (division by zero, 0 to a negative power). */
export const NO_VALUE = 'no value';
/** Not an expression this judge can evaluate exactly, or numbers grown too large. */
export const NOT_EXACT = 'not exact';
export type ExactResult = Rational | typeof NO_VALUE | typeof NOT_EXACT;

/**
 * Bounded work whatever the expression: a value past MAX_BITS (numerator and denominator
 * together), or an evaluation past WORK_LIMIT bits of results in all, has no exact value here
 * and the point stays unjudged. Fractions are reduced only while small (a gcd takes time
 * quadratic in the bits: ~70 µs at 512, ~2 ms at 4096); larger ones grow until the limits.
 */
const MAX_BITS = 8192;
const WORK_LIMIT = 32_768;
const REDUCE_BELOW_BITS = 512;

const ZERO: Rational = { n: 0n, d: 1n };
const ONE: Rational = { n: 1n, d: 1n };

export class ExactEvaluator {
  private readonly memo = new Map<Expr, ExactResult>();
  /** Bits of every value computed so far. */
  private work = 0;
  /** Whether a piecewise function (abs, relu, min, ...) was evaluated: then equal is no evidence beyond the point. */
  usedPiecewise = false;

  constructor(private readonly scope: ReadonlyMap<string, ExactResult>) {}

  evaluate(expr: Expr): ExactResult {
    if (this.work > WORK_LIMIT) return NOT_EXACT;
    let known = this.memo.get(expr);
    if (known === undefined) {
      known = this.compute(expr);
      if (typeof known !== 'string') {
        const size = bits(known.n) + bits(known.d);
        this.work += size;
        if (size > MAX_BITS || this.work > WORK_LIMIT) known = NOT_EXACT;
      }
      this.memo.set(expr, known);
    }
    return known;
  }

  private compute(expr: Expr): ExactResult {
    switch (expr.kind) {
      case 'num':
        return rationalOf(expr.value);
      case 'var':
        return this.scope.get(expr.name) ?? NO_VALUE;
      case 'neg': {
        const a = this.evaluate(expr.arg);
        return typeof a === 'string' ? a : { n: -a.n, d: a.d };
      }
      case 'call':
        return this.call(expr.fn, expr.args.map((arg) => this.evaluate(arg)));
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
      case 'pow':
        return binary(expr.kind, this.evaluate(expr.left), this.evaluate(expr.right));
      default:
        // e and π, and the derivative-only argpick.
        return NOT_EXACT;
    }
  }

  private call(fn: string, args: ExactResult[]): ExactResult {
    if (!PIECEWISE.has(fn)) return NOT_EXACT;
    this.usedPiecewise = true;
    if (args.includes(NOT_EXACT)) return NOT_EXACT;
    if (args.includes(NO_VALUE)) return NO_VALUE;
    const values = args as Rational[];
    const x = values[0]!;
    const sign = x.n > 0n ? 1 : x.n < 0n ? -1 : 0;
    switch (fn) {
      case 'abs':
        return { n: sign < 0 ? -x.n : x.n, d: x.d };
      case 'relu':
        return sign > 0 ? x : ZERO;
      case 'sign':
        return { n: BigInt(sign), d: 1n };
      case 'kinkSign':
        return sign === 0 ? NO_VALUE : { n: BigInt(sign), d: 1n };
      case 'step':
        return sign === 0 ? NO_VALUE : sign > 0 ? ONE : ZERO;
      case 'min':
      case 'max':
        return values.reduce((best, value) => (compare(value, best) * (fn === 'min' ? -1 : 1) > 0 ? value : best));
      default: {
        // clip(x, lo, hi) = min(max(x, lo), hi), as the other judges take it.
        const lower = compare(x, values[1]!) >= 0 ? x : values[1]!;
        return compare(lower, values[2]!) <= 0 ? lower : values[2]!;
      }
    }
  }
}

const PIECEWISE = new Set(['abs', 'relu', 'sign', 'kinkSign', 'step', 'min', 'max', 'clip']);

function binary(kind: 'add' | 'sub' | 'mul' | 'div' | 'pow', a: ExactResult, b: ExactResult): ExactResult {
  if (a === NOT_EXACT || b === NOT_EXACT) return NOT_EXACT;
  if (a === NO_VALUE || b === NO_VALUE) return NO_VALUE;
  switch (kind) {
    case 'add':
      return reduced(a.n * b.d + b.n * a.d, a.d * b.d);
    case 'sub':
      return reduced(a.n * b.d - b.n * a.d, a.d * b.d);
    case 'mul':
      return reduced(a.n * b.n, a.d * b.d);
    case 'div':
      return b.n === 0n ? NO_VALUE : reduced(a.n * b.d, a.d * b.n);
    case 'pow':
      return power(a, b);
  }
}

/** a^b for an integer b small enough; a fractional exponent has no exact value here. */
function power(a: Rational, b: Rational): ExactResult {
  if (b.d !== 1n) return NOT_EXACT;
  if (b.n === 0n) return ONE;
  if (a.n === 0n) return b.n > 0n ? ZERO : NO_VALUE;
  const k = b.n < 0n ? -b.n : b.n;
  if (BigInt(bits(a.n) + bits(a.d)) * k > BigInt(MAX_BITS)) return NOT_EXACT;
  const n = a.n ** k;
  const d = a.d ** k;
  if (b.n > 0n) return { n, d };
  return n < 0n ? { n: -d, d: -n } : { n: d, d: n };
}

/** The double as its shortest decimal form reads, exactly. */
export function rationalOf(value: number): ExactResult {
  if (!Number.isFinite(value)) return NOT_EXACT;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return NOT_EXACT;
  const [, minus, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(`${minus}${whole}${fraction}`);
  return exponent >= 0 ? { n: digits * 10n ** BigInt(exponent), d: 1n } : reduced(digits, 10n ** BigInt(-exponent));
}

/** Is |a − b| within tol · max(|a|, |b|)? Exactly; tol as its decimal form reads. */
export function exactlyWithin(a: Rational, b: Rational, tol: number): boolean {
  const gap = abs(reduced(a.n * b.d - b.n * a.d, a.d * b.d));
  const larger = compare(abs(a), abs(b)) >= 0 ? abs(a) : abs(b);
  const allowed = rationalOf(tol);
  if (typeof allowed === 'string') return false;
  return compare(gap, { n: larger.n * allowed.n, d: larger.d * allowed.d }) <= 0;
}

function compare(a: Rational, b: Rational): number {
  const difference = a.n * b.d - b.n * a.d;
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
}

const abs = (a: Rational): Rational => (a.n < 0n ? { n: -a.n, d: a.d } : a);

function reduced(n: bigint, d: bigint): Rational {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (bits(n) + bits(d) > REDUCE_BELOW_BITS * 2) return { n, d };
  const divisor = gcd(n < 0n ? -n : n, d);
  return divisor === 1n ? { n, d } : { n: n / divisor, d: d / divisor };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function bits(value: bigint): number {
  return (value < 0n ? -value : value).toString(16).length * 4;
}

/** The value as the high-precision judge holds one (exact: no error), for the counterexample's display. */
export function toPrecise(value: Exclude<ExactResult, typeof NOT_EXACT>): PreciseResult {
  if (value === NO_VALUE) return UNDEFINED;
  return { v: new Shown(value.n.toString()).div(value.d.toString()), e: new Shown(0) };
}

/** Enough digits that a difference beyond the tolerance shows. */
const Shown = Decimal.clone({ precision: 100 });
