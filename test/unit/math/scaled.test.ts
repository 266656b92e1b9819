// float64 with its own exponent, the cheap first judge of points past float64's range: its
// values against mpmath, its error bounds against the high-precision evaluator on generated
// expressions at extreme points, and its place in the equivalence check (it may only say equal).
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../../src/core/math/ast.js';
import { checkEquivalence } from '../../../src/core/math/equivalence.js';
import { preciseStats } from '../../../src/core/math/pointwise.js';
import { compareExact, PreciseEvaluator, type PreciseResult } from '../../../src/core/math/precise.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';
import { exact, ScaledEvaluator, shownDifferent, shownEqual } from '../../../src/core/math/scaled.js';
import { seededRandom } from '../../../src/core/random.js';
import { english } from '../../helpers/math-words.js';

const D = Decimal.clone({ precision: 120, toExpNeg: -9e15, toExpPos: 9e15 });
const SMALLEST = 2 ** -1074;

/** The double `x` as an exact decimal (decimal.js itself reads a number as its shortest repr). */
function exactDecimal(x: number): Decimal {
  if (x === 0) return new D(0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  const value = new D(mantissa.toString()).times(new D(2).pow(exponent));
  return x < 0 ? value.neg() : value;
}

const parse = (text: string): Expr => {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(english(parsed.error));
  return parsed.value.expr;
};

function scaledValue(text: string, point: Record<string, number>) {
  const scope = new Map(Object.entries(point).map(([name, value]) => [name, exact(value)]));
  return new ScaledEvaluator(scope).evaluate(parse(text));
}

const asDecimal = (value: { m: number; k: number }): Decimal => exactDecimal(value.m).times(new D(2).pow(value.k));

describe('scaled float64: values past float64 range', () => {
  // References: mpmath at 40 digits, on the exact binary values of the inputs.
  it.each([
    ['1/pt', { pt: SMALLEST }, '2.024022533073106183524953e+323'],
    ['(1-pt)^2.37*log(1/pt)', { pt: SMALLEST }, '744.4400719213812623141073'],
    ['-(1-pt)^2.37*log(pt)', { pt: SMALLEST }, '744.4400719213812623141073'],
    ['exp(800)/exp(799)', {}, '2.718281828459045235360287'],
    ['exp(1000)*exp(-1000)', {}, '1'],
    ['sqrt(pt)', { pt: SMALLEST }, '2.222758749485077483442713e-162'],
    ['pt^-3', { pt: 1e-300 }, '9.999999999999999248227245e+899'],
    ['log10(exp(2000))', {}, '868.5889638065036553022578'],
    ['log2(1/pt)', { pt: SMALLEST }, '1074'],
    ['exp(x)/(1+exp(x))', { x: 1000 }, '1'],
    ['(exp(x)-exp(-x))/2', { x: 900 }, '3.664407111153710852594332e+390'],
  ])('%s at %o is %s within 1e-12 relatively, and within its own bound', (text, point, reference) => {
    const value = scaledValue(text, point);
    expect(value).not.toBeNull();
    const error = asDecimal(value!).minus(reference).abs().div(new D(reference).abs()).toNumber();
    expect(error).toBeLessThan(1e-12);
    expect(error).toBeLessThanOrEqual(value!.r + 1e-16);
  });

  it('does not claim what it cannot bound: sigmoid, min/max of values too close to order, logs near 1, negative bases, logs of negatives, subnormal literals', () => {
    expect(scaledValue('x^0.5 + 1e-320', { x: SMALLEST })).toBeNull();
    expect(scaledValue('sigmoid(x)', { x: 1000 })).toBeNull();
    expect(scaledValue('max(pt, pt*(1 + 1e-30))', { pt: 0.25 })).toBeNull();
    expect(scaledValue('log(1 + pt)', { pt: SMALLEST })).toBeNull();
    expect(scaledValue('(-pt)^0.5', { pt: 0.25 })).toBeNull();
    expect(scaledValue('log(-pt)', { pt: 0.25 })).toBeNull();
    expect(scaledValue('1/(pt - pt)', { pt: 0.25 })).toBeNull();
  });

  it('orders values it knows: min, max, clip, relu and sign', () => {
    const at = (text: string, point: Record<string, number>) => asDecimal(scaledValue(text, point)!).toNumber();
    expect(at('max(pt, 1e-300)', { pt: SMALLEST })).toBe(1e-300);
    expect(at('min(1/pt, 2)', { pt: SMALLEST })).toBe(2);
    expect(at('clip(1/pt, 0, 3)', { pt: 0.25 })).toBe(3);
    expect(at('relu(-1/pt)', { pt: SMALLEST })).toBe(0);
    expect(at('sign(-1/pt)', { pt: SMALLEST })).toBe(-1);
  });
});

/** A random expression over the operations the scaled evaluator knows, and some it does not. */
function randomExpression(random: () => number, depth: number): string {
  if (depth === 0 || random() < 0.2) {
    const leaf = random();
    if (leaf < 0.5) return random() < 0.5 ? 'x' : 'y';
    return String([2, 0.5, 3, 1e-300, 1e300, 700, 2.37, 1e-320][Math.floor(random() * 8)]);
  }
  const a = randomExpression(random, depth - 1);
  const b = randomExpression(random, depth - 1);
  const forms = [`(${a})+(${b})`, `(${a})-(${b})`, `(${a})*(${b})`, `(${a})/(${b})`, `(${a})^(${b})`, `exp(${a})`, `log(${a})`, `sqrt(${a})`, `abs(${a})`, `log2(${a})`, `(${a})^2`, `sigmoid(${a})`];
  forms.push(`relu(${a})`, `sign(${a})`, `max(${a}, ${b})`, `min(${a}, ${b})`, `clip(${a}, ${b}, 2)`);
  return forms[Math.floor(random() * forms.length)]!;
}

const EXTREMES = [SMALLEST, 3 * SMALLEST, 2 ** -1022, 1e-300, 1e-17, 0.3, 1, 2.5, 700, 1e300, 1.7e308];

describe('scaled float64: error bounds hold (against the high-precision evaluator at 100 digits)', () => {
  const random = seededRandom(2718);

  function preciseAt(text: string, point: Record<string, number>): PreciseResult {
    const scope = new Map<string, PreciseResult>(Object.entries(point).map(([name, value]) => [name, { v: exactDecimal(value), e: new Decimal(0) }]));
    return new PreciseEvaluator(100, scope).evaluate(parse(text));
  }

  it('every value it gives contains the true value within its relative bound, over 3,000 expressions', () => {
    let known = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const text = randomExpression(random, 4);
      if (!parseExpression(text).ok) continue;
      const sign = () => (random() < 0.8 ? 1 : -1);
      const point = { x: sign() * EXTREMES[Math.floor(random() * EXTREMES.length)]!, y: sign() * EXTREMES[Math.floor(random() * EXTREMES.length)]! };
      const value = scaledValue(text, point);
      if (!value) continue;
      const truth = preciseAt(text, point);
      expect(truth, `${text} at ${JSON.stringify(point)}: high precision finds no value, scaled gives one`).not.toBe('undefined');
      if (typeof truth === 'string') continue;
      known++;
      const mine = asDecimal(value);
      const allowed = mine.abs().times(value.r).plus(truth.e).times(1 + 1e-9);
      expect(mine.minus(truth.v).abs().lte(allowed), `${text} at ${JSON.stringify(point)}: ${mine.toExponential(20)} vs ${truth.v.toExponential(20)}, r = ${value.r}`).toBe(true);
    }
    // The generator must exercise it: most expressions without sigmoid have a value somewhere.
    expect(known).toBeGreaterThan(800);
  });

  it('never calls equal what high precision calls different, over 3,000 pairs of near-equal expressions', () => {
    let equal = 0;
    let different = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const left = randomExpression(random, 3);
      const nudge = ['', '*(1+1e-12)', '*(1+1e-8)', '+1e-320', '*(1+2e-9)', '*(1+5e-10)'][trial % 6]!;
      const right = `(${left})${nudge}`;
      if (!parseExpression(right).ok) continue;
      const point = { x: EXTREMES[Math.floor(random() * EXTREMES.length)]!, y: EXTREMES[Math.floor(random() * EXTREMES.length)]! };
      // A difference it shows is only a suspect, but it must never be shown between equal values.
      if (shownDifferent(scaledValue(left, point), scaledValue(right, point), 1e-9)) {
        different++;
        expect(compareExact(preciseAt(left, point), preciseAt(right, point), 1e-9), `${left} vs ${right} at ${JSON.stringify(point)}`).not.toBe('equal');
      }
      if (!shownEqual(scaledValue(left, point), scaledValue(right, point), 1e-9)) continue;
      equal++;
      expect(compareExact(preciseAt(left, point), preciseAt(right, point), 1e-9), `${left} vs ${right} at ${JSON.stringify(point)}`).not.toBe('differ');
    }
    expect(equal).toBeGreaterThan(300);
    expect(different).toBeGreaterThan(50);
  });
});

describe('scaled float64 in the equivalence check', () => {
  it('settles the focal loss against its 1/pₜ form at a subnormal pₜ without the high-precision judge', () => {
    const before = { ...preciseStats };
    const report = checkEquivalence('-(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(1/pt)');
    expect(report.ok && report.value.equivalent).toBe(true);
    expect(preciseStats.evaluations - before.evaluations).toBe(0);
    expect(preciseStats.scaledEqual - before.scaledEqual).toBeGreaterThanOrEqual(1);
  });

  it('leaves a difference at a subnormal coordinate to high precision, which confirms it', () => {
    const clamped = checkEquivalence('1/pt', '1/max(pt, 1e-310)', { where: 'pt in (0, 1)' });
    expect(clamped.ok && clamped.value.equivalent).toBe(false);
    const shifted = checkEquivalence('log(1/pt)', 'log(1/(pt + 1e-320))', { where: 'pt in (0, 1)' });
    expect(shifted.ok && shifted.value.equivalent).toBe(false);
    expect(shifted.ok && shifted.value.counterexample!.point.pt).toBeLessThan(1e-300);
  });

  it('shows 1/(1/x) equal to x at subnormal x, where float64 gives 0', () => {
    const report = checkEquivalence('1/(1/x)', 'x', { where: 'x in (0, 1)' });
    expect(report.ok && report.value.equivalent).toBe(true);
  });
});
