/**
 * Exact rational evaluation: values checked against fractions worked out by hand, the cases
 * with no value, the expressions it declines, and what it settles in a comparison that float64
 * and high precision leave open.
 */
import { describe, expect, it } from 'vitest';
import { checkEquivalence } from '../../../src/core/math/index.js';
import { ExactEvaluator, exactlyWithin, NO_VALUE, NOT_EXACT, rationalOf, type ExactResult, type Rational } from '../../../src/core/math/exact.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';

function exactly(text: string, scope: Record<string, number> = {}): ExactResult {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(text);
  const values = new Map(Object.entries(scope).map(([name, value]) => [name, rationalOf(value)]));
  return new ExactEvaluator(values).evaluate(parsed.value.expr);
}

const fraction = (n: bigint, d = 1n): Rational => ({ n, d });

/** In lowest terms (large results are left unreduced by the evaluator). */
function lowest(result: ExactResult): ExactResult {
  if (typeof result === 'string') return result;
  let [a, b] = [result.n < 0n ? -result.n : result.n, result.d];
  while (b !== 0n) [a, b] = [b, a % b];
  return { n: result.n / a, d: result.d / a };
}

describe('numbers are read as written', () => {
  it.each([
    [0.1, fraction(1n, 10n)],
    [-2.5, fraction(-5n, 2n)],
    [1e40, fraction(10n ** 40n)],
    [1e-7, fraction(1n, 10n ** 7n)],
    [5e-324, fraction(1n, 2n * 10n ** 323n)],
    [-0, fraction(0n)],
    [123.456e10, fraction(1234560000000n)],
  ])('%d', (value, expected) => {
    expect(lowest(rationalOf(value))).toEqual(expected);
  });

  it('an infinite or NaN value has no exact reading', () => {
    expect(rationalOf(Infinity)).toBe(NOT_EXACT);
    expect(rationalOf(Number.NaN)).toBe(NOT_EXACT);
  });
});

describe('exact values', () => {
  it.each([
    ['0.1*3 - 0.3', {}, fraction(0n)],
    ['(x+1)^2 - x^2 - 2*x - 1', { x: 0.7 }, fraction(0n)],
    ['(1e100 + x)^3 - 1e300 - 3e200*x - 3e100*x^2', { x: 0.5 }, fraction(1n, 8n)],
    ['x^-2', { x: 0.5 }, fraction(4n)],
    ['(-x)^-3', { x: 2 }, fraction(-1n, 8n)],
    ['1/x - 1/(x+1)', { x: 3 }, fraction(1n, 12n)],
    ['abs(x) + sign(x) + relu(x)', { x: -1.5 }, fraction(1n, 2n)],
    ['min(x, 1/3, 2) + max(x, 1/3)', { x: 0.25 }, fraction(7n, 12n)],
    ['clip(x, -1, 1) + clamp(-x, 0, 1/2)', { x: -3 }, fraction(-1n, 2n)],
    ['0^0 + x^0', { x: 7 }, fraction(2n)],
  ])('%s at %j', (text, scope, expected) => {
    expect(lowest(exactly(text, scope))).toEqual(expected);
  });

  it.each([
    ['1/(x - 2)', { x: 2 }],
    ['0^(-1)', {}],
    ['x^-2', { x: 0 }],
  ])('%s at %j has no value', (text, scope) => {
    expect(exactly(text, scope)).toBe(NO_VALUE);
  });

  it.each([
    ['log(x)', { x: 2 }],
    ['x^0.5', { x: 4 }],
    ['pi*x', { x: 1 }],
    ['sigmoid(x) - 1', { x: 3 }],
    ['x^100000', { x: 3 }],
    // Past the limit on size.
    ['x^5000', { x: 3 }],
    ['x^y', { x: 2, y: 0.5 }],
  ])('%s at %j is not evaluated exactly', (text, scope) => {
    expect(exactly(text, scope)).toBe(NOT_EXACT);
  });

  it('stops at a limit on work, whatever the expression: a sum of 120 fractions is not evaluated', () => {
    const sum = Array.from({ length: 120 }, (_, k) => `x/(x+${k})`).join(' + ');
    expect(exactly(sum, { x: 0.123456789 })).toBe(NOT_EXACT);
    expect(lowest(exactly('x/(x+1) + x/(x+2)', { x: 0.5 }))).toEqual(fraction(8n, 15n));
  });

  it('compares within a relative tolerance, exactly', () => {
    expect(exactlyWithin(fraction(1000000001n), fraction(1000000000n), 1e-9)).toBe(true);
    expect(exactlyWithin(fraction(1000000002n), fraction(1000000000n), 1e-9)).toBe(false);
    expect(exactlyWithin(fraction(1n, 10n ** 60n), fraction(0n), 1e-9)).toBe(false);
    expect(exactlyWithin(fraction(0n), fraction(0n), 0)).toBe(true);
  });
});

describe('what exact arithmetic and exact cancellation settle in a comparison', () => {
  const check = (a: string, b: string, where = '') => {
    const result = checkEquivalence(a, b, where ? { where } : {});
    if (!result.ok) throw new Error(a);
    return result.value;
  };

  it.each([
    ['(x+1)^2 - x^2 - 2*x - 1', '0', ''],
    ['2*x - x - x', '0', ''],
    ['(a+b)^3 - a^3 - 3*a^2*b - 3*a*b^2 - b^3', '0', 'a in [-3, 3], b in [-3, 3]'],
    ['0.1*3 - 0.3', '0', ''],
    ['(1e20 + x)^2 - 1e40 - 2e20*x', 'x^2', ''],
  ])('%s against %s: terms that cancel exactly are equal', (a, b, where) => {
    const report = check(a, b, where);
    expect(report.equivalent).toBe(true);
    expect(report.evidence).toBeGreaterThanOrEqual(6);
  });

  it.each([
    // Piecewise parts: equal at some points, not at others; exact equality there is no evidence.
    ['((1e100 + x)^3 - 1e300 - 3e200*x - 3e100*x^2) * (1e300*1e300*x^2 + 1)/(1e300*1e300*x^2 + 1)', 'x^3 + relu(abs(x) - 2)', ''],
    ['(1e100 + x)^3 - 1e300 - 3e200*x - 3e100*x^2', 'x^3 + relu(x - 9.9)', ''],
    ['(1 + 1e-60*x)^2 - 1', '(2e-60*x + 1e-120*x^2)*(1 + relu(x - 8))', ''],
    ['(x + 1)^2 - x^2', '(2*x + 1)*(1 + relu(x - 1.7e100)/1e100)', 'x in [1e100, 2e100]'],
    // A polynomial that vanishes at the simple points sampled first (0, ±0.5, ±1, ±2, 0.25).
    [
      '((1e100 + x)^3 - 1e300 - 3e200*x - 3e100*x^2) * (1e300*1e300*x^2 + 1)/(1e300*1e300*x^2 + 1)',
      'x^3 + 0.001*x*(x-1)*(x+1)*(x-0.5)*(x+0.5)*(x-2)*(x+2)*(x-0.25)',
      '',
    ],
  ])('%s against %s on %s: equality at a few points is not claimed for the domain', (a, b, where) => {
    expect(check(a, b, where).equivalent).toBe(false);
  });

  it('a rest far below the terms is a difference, shown at its exact size', () => {
    const report = check('(1e100+x)^3 - 1e300 - 3e200*x - 3e100*x^2', '0');
    expect(report.equivalent).toBe(false);
    const x = report.counterexample!.point.x!;
    expect(report.counterexample!.a).toBeCloseTo(x ** 3, 12);
    expect(report.counterexample!.b).toBe(0);
  });

  it('an expression minus itself is exactly 0 where it has a value, in high precision too', () => {
    expect(check('sigmoid(x) - sigmoid(x)', '0')).toMatchObject({ equivalent: true });
    const report = check('sigmoid(x) - sigmoid(x) + 1e-30', '0');
    expect(report.equivalent).toBe(false);
    expect(report.counterexample!.a).toBe(1e-30);
    expect(check('log(x) - log(x)', '0', 'x in [-1, 1]').counterexample).toMatchObject({ a: null, b: 0 });
  });

  it('a cancellation that is not rational stays unshown (fail closed), with no counterexample', () => {
    const report = check('sigmoid(x) + sigmoid(-x) - 1', '0');
    expect(report.equivalent).toBe(false);
    expect(report.counterexample).toBeNull();
  });
});
