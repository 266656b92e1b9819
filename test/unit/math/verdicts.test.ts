/* eslint-disable no-loss-of-precision -- reference values are written to 17 digits as computed; the nearest double is what is compared */
/**
 * Verdicts the math core can be trusted with: a non-finite rounding bound is never evidence
 * of equality, every counterexample is confirmed in high precision, tiny values are compared
 * on their own scale, open ends are sampled down to the nearest double, and the vocabulary of
 * ML derivations evaluates and differentiates to independently computed values (mpmath, 30
 * digits, embedded below).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { seededRandom } from '../../../src/core/random.js';
import { differentiate } from '../../../src/core/math/differentiate.js';
import { compileEvaluator } from '../../../src/core/math/evaluate.js';
import {
  checkDerivation,
  checkEquivalence,
  evaluateExpression,
  formatPair,
  prettyExpression,
} from '../../../src/core/math/index.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';
import { PreciseEvaluator, type PreciseResult } from '../../../src/core/math/precise.js';
import { checkPair as check } from '../../helpers/equivalence.js';
import { english } from '../../helpers/math-words.js';

describe('a non-finite error bound is never evidence of equality', () => {
  it.each([
    ['x', 'x + 5 + 0^0.5'],
    ['42', '42 + 1/exp(1000)'.replace('42', '43')],
    ['x', 'x + 1e-3*(1 + 0^0.5)'],
    ['x^2', 'x^2 + 0.01*exp(1000)/exp(1000)'],
  ])('%s against %s', (a, b) => {
    const report = check(a, b);
    expect(report.equivalent).toBe(false);
    expect(report.counterexample!.a).not.toBe(report.counterexample!.b);
  });

  it('E ≡ E + P is never reported while they differ (generated E, P = c, c·E, c·f with f 0, ∞ or NaN on the way)', () => {
    const random = seededRandom(8);
    const leaves = ['x', 'pt', '2', '0.5', 'gamma'];
    const gen = (depth: number): string => {
      if (depth > 2 || random() < 0.3) return leaves[Math.floor(random() * leaves.length)]!;
      const a = gen(depth + 1);
      const b = gen(depth + 1);
      const forms = [`${a} + ${b}`, `${a} * ${b}`, `(${a})^2`, `sigmoid(${a})`, `softplus(${a})`, `exp(${a}/4)`, `log(1 + ${a}^2)`, `tanh(${a})`];
      return forms[Math.floor(random() * forms.length)]!;
    };
    // Terms equal to 1 whose evaluation passes through 0, ∞ or NaN (or a huge intermediate).
    const awkward = ['(1 + 0^0.5)', '(1 + 1/exp(1000))', '(exp(800)/exp(800))', '(1 + 0*exp(1000))', '(2 - exp(-1000)^0)', '(1 + x*0^0.5)'];
    let reported = 0;
    for (let i = 0; i < 40; i++) {
      const e = gen(0);
      const c = [0.5, 1e-3, -2, 1e-6][i % 4]!;
      const f = awkward[i % awkward.length]!;
      for (const perturbed of [`(${e}) + ${c}`, `(${e})*(1 + ${c})`, `(${e}) + ${c}*${f}`, `(${e})*(1 + ${c}*${f})`]) {
        const report = check(e, perturbed);
        // E·(1 + c) equals E where E = 0 everywhere; none of these E are identically 0.
        if (report.equivalent) reported++;
        expect(report.equivalent, `${e} vs ${perturbed}`).toBe(false);
      }
    }
    expect(reported).toBe(0);
  });
});

describe('no false counterexamples on correct identities, even at large logits', () => {
  it.each([
    ['log(1-sigmoid(x))', '-softplus(x)', 'x in [-50, 50]'],
    ['exp(x)/(1+exp(x))', 'sigmoid(x)', 'x in [-1000, 1000]'],
    ['sigmoid(x)*(1-sigmoid(x))/(sigmoid(x)-sigmoid(x)^2)', '1', 'x in [-50, 50]'],
    ['log(sigmoid(x))', '-softplus(-x)', 'x in [-1000, 1000]'],
    ['1 - tanh(x)', '2*sigmoid(-2*x)', 'x in [10, 300]'],
    ['(x^2 - 1)/(x - 1)', 'x + 1', 'x in [-2, 2]'],
  ])('%s ≡ %s on %s', (a, b, where) => {
    expect(check(a, b, where)).toMatchObject({ equivalent: true, counterexample: null });
  });

  it('tiny values are compared on their own scale: σ(x) is not 2σ(x) on [-60, -40]', () => {
    const report = check('sigmoid(x)', '2*sigmoid(x)', 'x in [-60, -40]');
    expect(report.equivalent).toBe(false);
    const { a, b } = report.counterexample!;
    expect(b! / a!).toBeCloseTo(2, 12);
    expect(a).toBeLessThan(1e-17);
  });

  it('1 − tanh(x) is not 0 for large x, though float64 rounds it to 0 everywhere there', () => {
    expect(check('1 - tanh(x)', '0', 'x in [30, 300]').equivalent).toBe(false);
  });
});

describe("a removable singularity is one whose limit is the other side's value", () => {
  it.each([
    ['(x^2 - 1)/(x - 1)', 'x + 1', 'x in [-2, 2]'],
    ['(sqrt(1 + x) - 1)/x', '1/(sqrt(1 + x) + 1)', 'x in [-1, 1]'],
    // Both sides of the difference cancel to 0 next to the point: float64 cannot tell there, the
    // probes are judged precisely (f − f is exactly 0; the rational ones exactly).
    ['(x^2 - 1)/(x - 1) - (x + 1)', '0', 'x in [-2, 2]'],
    ['x/x - 1', '0', 'x in [-1, 1]'],
    ['1/x - 1/x', '0', 'x in [-1, 1]'],
    ['sin(x)/x - sin(x)/x', '0', 'x in [-1, 1]'],
    // On a domain narrower than the probes' usual step (1e-9), they stay inside it.
    ['(exp(x)-1)/x', '1', 'x in [0, 1e-10]'],
    ['x/x', '1', 'x in [-1e-10, 1e-10]'],
    ['(x^2-1)/(x-1)', 'x+1', 'x in [0.9999999999, 1.0000000001]'],
    ['(x - sin(x))/x^3', '1/6', 'x in [-1e-5, 1e-5]'],
    // A denominator float64 holds with no correct digit ((1e100 + x)² − 1e200 − 2e100·x − x² + 1
    // is exactly 1; 1e100 is not 10¹⁰⁰ as a double) has no float64 bound: judged precisely.
    ['(x^2 - 9)/((x - 0.3*10)*((1e100 + x)^2 - 1e200 - 2e100*x - x^2 + 1))', 'x + 3', 'x in [3, 10]'],
    // Undefined along y at x = 0: moving x shows the limit.
    ['x*y/x', 'y', 'x in [-1, 1], y in [-1, 1]'],
    // The first probe lands on a second removable point (x = 1e-9); the closer ones show the limit.
    ['x/x*(x-1e-9)/(x-1e-9)', '1', 'x in [-10, 10]'],
  ])('%s ≡ %s on %s', (a, b, where) => {
    expect(check(a, b, where)).toMatchObject({ equivalent: true, counterexample: null });
  });

  it.each([
    // Next to 0 both sides cancel below what any precision shows (log(x²) − 2·log|x| is 0 or
    // rounding there; e^x − 1 at x = 2e-303 is 1 to 240 digits): removable or not cannot be told.
    ['log(x^2) - 2*log(abs(x))', '0', 'x in [-1, 1]'],
    ['(exp(x)-1)/x', '1', 'x in [-1e-300, 1e-300]'],
    // Continuous, but closing in on the value at the point more slowly than any slope the
    // probes allow (√|x|, ∛x, |x|^0.01, 1/(1 − log|x|)), or steeper than every step probed.
    ['sign(x)*sqrt(abs(x))', 'x/sqrt(abs(x))', 'x in [-1, 1]'],
    ['x^(1/3)*x/x', 'x^(1/3)', 'x in [0, 1]'],
    ['x/x*abs(x)^0.01', 'abs(x)^0.01', 'x in [-1, 1]'],
    ['x/x*(1/(1-log(abs(x)+1e-300)))', '1/(1-log(abs(x)+1e-300))', 'x in [-1, 1]'],
    ['(x-5)/(x-5)*1e20*(x-5)', '1e20*(x-5)', 'x in [4, 6]'],
    ['x/x*tanh(1e14*x)', 'tanh(1e14*x)', 'x in [-1, 1]'],
    // Shrinking like √|x| down to the closest probe, then levelling off at 5000 (or 0.1) below
    // it: a jump at 0 that no probe reaches, so not called removable.
    ['x/x*1e12*max(sqrt(abs(x)), 5e-9)', '1e12*max(sqrt(abs(x)), 5e-9)*sign(x)^2', 'x in [-1, 1]'],
    ['x/x*1e9*sqrt(abs(x)+1e-20)', '1e9*sqrt(abs(x)+1e-20)*sign(x)^2', 'x in [-1, 1]'],
  ])('%s against %s on %s: a point whose removability cannot be told is neither a counterexample nor evidence', (a, b, where) => {
    expect(check(a, b, where)).toMatchObject({ equivalent: false, counterexample: null });
  });

  it('a derivation step with such a point is not shown equal, and not called wrong at it', () => {
    const result = checkDerivation('where: x in [-1, 1]\nlog(x^2) - 2*log(abs(x))\n= 0\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ok).toBe(false);
    expect(result.value.steps[1]).toMatchObject({ status: 'wrong' });
    expect(result.value.steps[1]!.counterexample).toBeUndefined();
    expect(english(result.value.steps[1]!)).toMatch(/^not shown equal to line 2/);
  });

  it.each([
    // x/x tends to 1 at 0, where sign(x)² is 0; |x|/x jumps from −1 to 1, where sign(x) is 0.
    ['x/x', 'sign(x)^2'],
    ['abs(x)/x', 'sign(x)'],
    // x/x − 1 tends to 0 at 0, where sign(x)² − 1 is −1.
    ['x/x - 1', 'sign(x)^2 - 1'],
  ])('%s differs from %s at 0 on [-1, 1]', (a, b) => {
    const report = check(a, b, 'x in [-1, 1]');
    expect(report.equivalent).toBe(false);
    expect(report.counterexample).toMatchObject({ point: { x: 0 }, a: null });
    expect(report.counterexample!.b).toBe(b === 'sign(x)^2 - 1' ? -1 : 0);
  });

  it.each([
    // Jumps smaller than the slope a first probe 1e-9 away would allow, or than 1e-6 relative.
    ['x/x*1e-6', '1e-6*sign(x)^2', 'x in [-1, 1]', { x: 0 }, 0],
    ['(x-1e6)/(x-1e6)*5', '5*sign(x-1e6)^2', 'x in [1e6, 2e6]', { x: 1e6 }, 0],
    ['x/x*(1+1e-7)', '1+1e-7*sign(x)^2', 'x in [-10, 10]', { x: 0 }, 1],
  ])('%s against %s on %s: a small jump is a jump', (a, b, where, point, value) => {
    expect(check(a, b, where).counterexample).toMatchObject({ point, a: null, b: value });
  });

  it('a jump away from 0 is one too: |x − 5|/(x − 5) against sign(x − 5) at 5', () => {
    const report = check('(x-5)/(x-5)*abs(x-5)/(x-5)', 'sign(x-5)', 'x in [4, 6]');
    expect(report.counterexample).toMatchObject({ point: { x: 5 }, a: null, b: 0 });
  });

  it('undefined in every direction, diagonals included, is a difference: √x·y against √|x|·y at x < 0', () => {
    const report = check('sqrt(x)*y', 'sqrt(abs(x))*y', 'x in [-1, 1], y in [-1, 1]');
    expect(report.counterexample).toMatchObject({ a: null });
    const { x, y } = report.counterexample!.point as { x: number; y: number };
    expect(x).toBeLessThan(0);
    expect(report.counterexample!.b).toBeCloseTo(Math.sqrt(-x) * y, 12);
  });

  it.each([
    // Two singular lines crossing (undefined along both axes, 1 along the diagonals), and
    // identities undefined along a line whose limit no probe can confirm.
    ['(x*y)/(x*y)', '1', 'x in [0, 1], y in [0, 2]'],
    ['x*y/(x*y)*(x+y+1)', 'x+y+1', 'x in [0, 1], y in [0, 2]'],
    ['log(x*y) - log(x) - log(y)', '0*x*y', 'x in [0, 1], y in [0, 1]'],
    ['sqrt(abs(y))*y/y + x', 'sqrt(abs(y)) + x', 'x in [-1, 1], y in [-1, 1]'],
    // Undefined along x at x < 0, and along y x^y loses its value too: no verdict either way.
    ['x^y', 'exp(y*log(x))', 'x in [-10, 10], y in [-2, 2]'],
  ])('%s against %s on %s: no made-up counterexample', (a, b, where) => {
    expect(check(a, b, where).counterexample).toBeNull();
  });

  it.each([
    // No limit at (0, 0): along the axes 0 (or ±1), along x = y 1/2 (or 0).
    ['x*y/(x^2+y^2+0^(x^2+y^2))', 'x*y/(x^2+y^2)', 'x in [0, 1], y in [0, 2]'],
    ['(x^2-y^2)/(x^2+y^2+0^(x^2+y^2))', '(x^2-y^2)/(x^2+y^2)', 'x in [0, 1], y in [0, 2]'],
  ])('%s against %s on %s: a limit that depends on the direction is none', (a, b, where) => {
    expect(check(a, b, where).equivalent).toBe(false);
  });

  it.each([
    // float64's −∞ arithmetic gives exp(log(0)) the value 0; it has none, and tends to 0, not 1.
    ['exp(log(x))', 'x + 1 - sign(x)^2', 'x in [0, 1]', { x: 0 }, null, 1],
    // Jumps too small for the slope allowed next to the point, far from 0 or tiny.
    ['1 + 0.005*sign(x-1e9)^2', '1 + 0.005*(x-1e9)/(x-1e9)', 'x in [0, 1e9]', { x: 1e9 }, 1, null],
    ['1e-14*sign(x)^2', '1e-14*x/x', 'x in [-10, 10]', { x: 0 }, 0, null],
  ])('%s against %s on %s: a jump, or a limit that is not the value', (a, b, where, point, valueA, valueB) => {
    expect(check(a, b, where).counterexample).toMatchObject({ point, a: valueA, b: valueB });
  });

  it('a side undefined on a whole interval is not a removable singularity: √x against √|x| on [-1, 1]', () => {
    const report = check('sqrt(x)', 'sqrt(abs(x))', 'x in [-1, 1]');
    expect(report.counterexample!.a).toBeNull();
    expect(report.counterexample!.point.x).toBeLessThan(0);
    expect(report.counterexample!.b).toBeCloseTo(Math.sqrt(-report.counterexample!.point.x!), 12);
  });
});

describe('sampling reaches what hides', () => {
  it.each([
    // Just past the tolerance, under float64's rounding bound of the form as written: the
    // difference is largest at a domain's end, where the simple points are judged precisely.
    ['log(1+exp(-x))', 'exp(-x)', 'x in [18, 1000]', 18, 1.52299796287e-8],
    ['1 - sigmoid(x)', 'exp(-x)', 'x in [19, 1000]', 19, 5.60279640615e-9],
    ['exp(x)-1', 'x', 'x in [-1e-8, 1e-8]', -1e-8, -9.9999999500000002e-9],
    ['(1+x)^2 - 1', '2*x', 'x in [-1e-8, 1e-8]', -1e-8, -1.99999999e-8],
  ])('%s against %s on %s: a difference of a few times the tolerance is found at %d', (a, b, where, at, value) => {
    const report = check(a, b, where);
    expect(report.equivalent).toBe(false);
    expect(report.counterexample!.point.x).toBe(at);
    // The value shown is the high-precision one (mpmath, 12 digits), not float64's.
    expect(Math.abs(report.counterexample!.a! - value)).toBeLessThanOrEqual(1e-10 * Math.abs(value));
  });

  it('open ends on a log scale: log(max(pt, 1e-15)) is not log(pt), nor with 1e-300', () => {
    for (const floor of ['1e-15', '1e-300']) {
      const report = check(`log(max(pt, ${floor}))`, 'log(pt)');
      expect(report.equivalent).toBe(false);
      expect(report.counterexample!.point.pt).toBeLessThan(Number(floor));
    }
    expect(check('log(min(pt, 1 - 1e-13))', 'log(pt)').equivalent).toBe(false);
  });

  it('a feature 0.002 wide is always found in (0, 1) and [-1, 1]', () => {
    for (let k = 0; k < 20; k++) {
      const c = (0.013 + k * 0.0491).toFixed(4);
      expect(check('pt', `pt + max(0, 0.001 - abs(pt - ${c}))`).equivalent, c).toBe(false);
      expect(check('x', `x + max(0, 0.001 - abs(x - ${c}))`, 'x in [-1, 1]').equivalent, c).toBe(false);
    }
  });

  // A variable's sampled values are evenly spaced, closer than 0.002 on [−10, 10]: a step, a
  // tent or a bump that narrow is found wherever its centre c lies (measured: 200 of 200 each).
  const narrow: [string, (c: string) => string][] = [
    ['a step of width 0.002', (c) => `x + sign(relu(0.001 - abs(x - ${c})))`],
    ['a tent of width 0.002', (c) => `x + max(0, 0.001 - abs(x - ${c}))`],
    ['a bump exp(−((x − c)/0.001)²)', (c) => `x + exp(-((x - ${c})/0.001)^2)`],
  ];
  for (const [name, perturbed] of narrow) it(`${name} on [−10, 10] is found for at least 99% of 200 random centres`, () => {
    const random = seededRandom(2002);
    let found = 0;
    const missed: string[] = [];
    for (let k = 0; k < 200; k++) {
      const c = (-10 + 20 * random()).toFixed(6);
      if (!check('x', perturbed(c)).equivalent) found++;
      else missed.push(c);
    }
    expect(found, `missed at ${missed.join(', ')}`).toBeGreaterThanOrEqual(198);
  });
});

describe('open ends are sampled through the subnormals, down to 5e-324', () => {
  it.each([
    ['log(max(pt, 1e-310))', 'log(pt)', 1e-310],
    ['pt', 'max(pt, 1e-315)', 1e-315],
    ['log(pt)', 'log(max(pt, 1e-323))', 1e-323],
    // Both sides overflow to ∞ in float64 there: only high precision tells 1e315 from 1e310.
    ['1/pt', '1/max(pt, 1e-310)', 1e-310],
  ])('%s differs from %s only below %s', (a, b, floor) => {
    const report = check(a, b);
    expect(report.equivalent).toBe(false);
    const { point, shown } = report.counterexample!;
    expect(point.pt).toBeLessThan(floor);
    expect(point.pt).toBeGreaterThan(0);
    expect(shown.a).not.toBe(shown.b);
  });

  it('the focal loss stays equivalent to its rewriting there (1/pₜ overflows, high precision agrees)', () => {
    expect(check('-(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(1/pt)').equivalent).toBe(true);
    expect(check('log(pt)', '-log(1/pt)').equivalent).toBe(true);
  });
});

describe('counterexamples carry enough digits to differ visibly', () => {
  it('values outside the range of a double are shown from high precision: 1.7e-400 against 3.4e-400', () => {
    const tiny = check('exp(-x)', '2*exp(-x)', 'x in [920, 921]');
    expect(tiny.equivalent).toBe(false);
    const { a, b } = tiny.counterexample!.shown;
    expect(a).toMatch(/^\d\.\d+e-40\d$/);
    // The two values, read back, are e^−x and 2e^−x at the counterexample (to the digits shown).
    const x = tiny.counterexample!.point.x!;
    const expected = new Decimal(-x).exp();
    expect(new Decimal(a).div(expected).minus(1).abs().toNumber()).toBeLessThan(0.05);
    expect(new Decimal(b).div(expected.times(2)).minus(1).abs().toNumber()).toBeLessThan(0.05);

    const huge = check('exp(x)', '2*exp(x)', 'x in [1000, 1001]');
    expect(huge.counterexample!.shown.a).toMatch(/e\+43\d$/);
    // Two significant digits are enough to tell them apart: 2.0e+434 against 3.9e+434.
    expect(Math.abs(new Decimal(huge.counterexample!.shown.b).div(new Decimal(huge.counterexample!.shown.a)).toNumber() - 2)).toBeLessThan(0.1);
  });

  it('a derivation step that differs only there says so with those values', () => {
    const result = checkDerivation('where: x in [920, 921]\nexp(-x)\n= 2*exp(-x)\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const wrong = result.value.steps.find((step) => step.status === 'wrong')!;
    expect(english(wrong)).toMatch(/= \d\.\de-400, line 3 = \d\.\de-400/);
    expect(wrong.counterexample!.shown.a).not.toBe(wrong.counterexample!.shown.b);
  });

  it('values that agree to 8 figures print with more', () => {
    const report = check('x', 'x*(1 + 1e-8)', 'x in [1, 2]');
    expect(report.equivalent).toBe(false);
    const [a, b] = formatPair(report.counterexample!.a, report.counterexample!.b);
    expect(a).not.toBe(b);
    expect(formatPair(1, 1.0000000002)).toEqual(['1', '1.0000000002']);
    expect(formatPair(0.5, 0.25)).toEqual(['0.5', '0.25']);
  });
});

describe('the vocabulary of ML derivations', () => {
  it.each([
    // mpmath erfc at 30 digits: 1 − |erf(x)| is what cancels, the series' hardest part.
    [56, 10, '2.08848758376254475700078629496e-45', 1e-9],
    [240, -20, '5.39586561160790092893499916791e-176', 1e-25],
    [240, 21.5, '4.63333653965844564912968558751e-203', 1e-25],
    [240, 22.5, '3.4453488604646017620327173314e-222', 1e-10],
    // Below this precision's resolution next to 1: erf is ±1 within its error bound (past
    // x² = 3·digits it is taken as ±1 without a series).
    [56, -12.5, '6.23194278197991100613954912909e-70', 0],
    [56, 15, '7.21299417245120666656506655869e-100', 0],
    [240, -26.5, '2.21090766426373427592923902292e-307', 0],
  ] as const)('erf in %i digits at x = %d: 1 − |erf(x)| = erfc(|x|) = %s', (digits, x, erfc, relative) => {
    const scope = new Map<string, PreciseResult>();
    const evaluator = new PreciseEvaluator(digits, scope);
    scope.set('x', evaluator.exact(x));
    const parsed = parseExpression('erf(x)');
    if (!parsed.ok) throw new Error('erf(x) does not parse');
    const value = evaluator.evaluate(parsed.value.expr) as Exclude<PreciseResult, string>;
    const Wide = Decimal.clone({ precision: 300 });
    const tail = new Wide(1).minus(value.v.abs());
    // Within the stated relative tolerance, or else within the value's own error bound.
    expect(tail.minus(erfc).abs().lte(new Wide(erfc).times(relative).plus(value.e))).toBe(true);
    expect(value.v.isNegative()).toBe(x < 0);
  });

  it.each([
    // mpmath at 320 digits, to 40.
    [56, '1e-300', '1.128379167095512573896158903121545171688e-300'],
    [240, '1e-300', '1.128379167095512573896158903121545171688e-300'],
    [56, '0.5', '0.5204998778130465376827466538919645287365'],
    [240, '0.5', '0.5204998778130465376827466538919645287365'],
    [240, '3', '0.9999779095030014145586272238704176796202'],
    [56, '-6.25', '-0.9999999999999999990327795868123746008518'],
  ] as const)('erf in %i digits at x = %s is %s to 38 digits', (digits, x, expected) => {
    const scope = new Map<string, PreciseResult>();
    const evaluator = new PreciseEvaluator(digits, scope);
    scope.set('x', { v: new Decimal(x), e: new Decimal(0) });
    const parsed = parseExpression('erf(x)');
    if (!parsed.ok) throw new Error('erf(x) does not parse');
    const value = evaluator.evaluate(parsed.value.expr) as Exclude<PreciseResult, string>;
    const reference = new Decimal(expected);
    expect(value.v.minus(reference).abs().lte(reference.abs().times(1e-38))).toBe(true);
  });

  it.each([
    ['tanh(0.7)', 0.60436777711716347],
    ['sinh(1.3)', 1.6983824372926159],
    ['cosh(-2.1)', 4.1443131704103163],
    ['sin(2.5)', 0.59847214410395649],
    ['cos(2.5)', -0.80114361554693371],
    ['tan(1.2)', 2.5721516221263186],
    ['erf(0.3)', 0.32862675945912742],
    ['erf(1.7)', 0.98379045859077456],
    ['erf(-3.2)', -0.99999397423884824],
    ['erf(5)', 0.99999999999846254],
    ['expm1(1e-10)', 1.00000000005e-10],
    ['expm1(0.5)', 0.64872127070012815],
    ['log2(10)', 3.3219280948873623],
    ['logit(0.2)', -1.3862943611198906],
    ['logsigmoid(-800)', -800.0],
    ['logsigmoid(3)', -0.048587351573742059],
    ['relu(-2)', 0],
    ['relu(2.5)', 2.5],
    ['sign(-3)', -1],
    ['sign(0)', 0],
    ['min(3, -1, 2)', -1],
    ['max(3, -1, 2)', 3],
    ['clip(5, 0, 1)', 1],
    ['clamp(-5, 0, 1)', 0],
    ['clip(0.3, 0, 1)', 0.3],
    ['pow(2, 0.5)', 1.414213562373095],
    ['2**10', 1024],
    ['√2', 1.414213562373095],
    ['√(9)', 3],
    ['3×4·2', 24],
  ])('%s = %s (float64, within 1e-13 relative)', (source, expected) => {
    const result = evaluateExpression(source);
    expect(result.ok, source).toBe(true);
    if (result.ok) expect(Math.abs(result.value - expected)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected)));
  });

  it.each([
    ['tanh(x)', 0.63473958998245859],
    ['sinh(x)', 1.255169005630943],
    ['cosh(x)', 0.7585837018395335],
    ['sin(x)', 0.76484218728448843],
    ['cos(x)', -0.64421768723769105],
    ['tan(x)', 1.7094497158631173],
    ['erf(x)', 0.69127486041053857],
    ['expm1(x)', 2.0137527074704765],
    ['log2(x)', 2.060992915555662],
    ['logsigmoid(x)', 0.33181222783183389],
    ['logit(x)', 4.7619047619047619],
    ['relu(x)', 1.0],
    ['x*(1+erf(x/sqrt(2)))/2', 0.97661410113365987],
    ['clip(x, 0, 1)', 1],
    ['pow(x, 3)', 3 * 0.49],
  ])('d/dx %s at x = 0.7 = %s', (source, expected) => {
    const parsed = parseExpression(source);
    if (!parsed.ok) throw new Error(english(parsed.error));
    const derivative = differentiate(parsed.value.expr, 'x');
    const value = compileEvaluator(derivative, new Map([['x', 0]]))(Float64Array.of(0.7), new Float64Array(1));
    expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  });

  it('high precision agrees with float64 on the new functions (each is equivalent to itself written another way)', () => {
    expect(check('tanh(x)', '(exp(2*x) - 1)/(exp(2*x) + 1)', 'x in [-20, 20]').equivalent).toBe(true);
    expect(check('erf(x)', '-erf(-x)', 'x in [-6, 6]').equivalent).toBe(true);
    expect(check('logit(sigmoid(x))', 'x', 'x in [-30, 30]').equivalent).toBe(true);
    expect(check('expm1(x)', '2*sinh(x/2)*exp(x/2)', 'x in [-5, 5]').equivalent).toBe(true);
  });

  it('prints the new functions and reads them back', () => {
    for (const source of ['tanh(x)*erf(x)', 'clip(x, -1, 1)', 'relu(x) + sign(x)', 'x**2', '√(1 - pt)', 'logsigmoid(x) - logit(p)']) {
      const printed = prettyExpression(source);
      expect(printed.ok, source).toBe(true);
      if (!printed.ok) continue;
      expect(check(source, printed.value).equivalent, `${source} → ${printed.value}`).toBe(true);
    }
    expect(prettyExpression('x**2')).toEqual({ ok: true, value: 'x²' });
    expect(prettyExpression('√x·2')).toEqual({ ok: true, value: 'sqrt(x) · 2' });
  });
});

describe('input quirks', () => {
  it('log(8, 0) has no value (a base must be positive)', () => {
    expect(evaluateExpression('log(8, 0)').ok).toBe(false);
    expect(evaluateExpression('log(8, -2)').ok).toBe(false);
    expect(evaluateExpression('log(8, 2)')).toEqual({ ok: true, value: 3 });
  });

  it('1e is not 1·e: an unfinished exponent is a parse error with a column', () => {
    for (const [source, column] of [['1e', 1], ['x + 2.e', 5], ['3E', 1], ['1e5e', 1]] as const) {
      const result = evaluateExpression(source, { x: 1 });
      expect(result.ok, source).toBe(false);
      if (!result.ok) {
        expect(english(result.error)).toMatch(/not a complete number/);
        expect(result.error.column).toBe(column);
      }
    }
    expect(evaluateExpression('2e-3')).toEqual({ ok: true, value: 0.002 });
    expect(evaluateExpression('2exp(0)')).toEqual({ ok: true, value: 2 });
  });

  it('a number too small for a double is refused like one too large, not read as 0', () => {
    const result = checkEquivalence('x', 'x + 1e-400*x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ part: 'b', column: 5 });
    expect(english(result.error)).toMatch(/1e-400 is too small/);
    expect(evaluateExpression('0e-999 + 1e-320').ok).toBe(true);
  });

  it('NaN and Infinity are unknown names, with a clear message', () => {
    for (const name of ['NaN', 'Infinity']) {
      const result = checkEquivalence('x', `x + ${name}`);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(english(result.error)).toContain(`unknown name '${name}'`);
        expect(result.error.column).toBe(5);
      }
    }
  });

  it('an unknown name echoes what was typed', () => {
    const result = evaluateExpression('1 + 0ₜ.8');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(english(result.error)).toContain("'0ₜ.8'");
      expect(english(result.error)).not.toContain('_t');
      expect(result.error.column).toBe(5);
    }
  });

  it('every parse error carries a column', () => {
    for (const source of ['x +', '(x', 'x)', '', 'foo(x)', 'x $ 2', '1.2.3', 'a ? b : c', 'x = 2', '[1, 2]', 'NaN', '1e', '√', '**2', 'x'.repeat(3000)]) {
      const result = parseExpression(source);
      expect(result.ok, source).toBe(false);
      if (!result.ok) expect(result.error.column, source).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the labelled corpus (test/fixtures/equivalence-corpus.json, labels confirmed by scripts/corpus/equivalence_corpus.py)', () => {
  const pairs = JSON.parse(readFileSync(new URL('../../fixtures/equivalence-corpus.json', import.meta.url), 'utf8')) as {
    a: string;
    b: string;
    where: string;
    equivalent: boolean;
    category: string;
  }[];

  it('is about 200 pairs over every category', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(180);
    expect(new Set(pairs.map((pair) => pair.category))).toEqual(
      new Set(['ml-form', 'near-miss', 'domain', 'large-magnitude', 'removable', 'mistake']),
    );
  });

  it('at least 98% right, and no counterexample for an equivalent pair', { timeout: 120_000 }, () => {
    const wrong: string[] = [];
    const falseCounterexamples: string[] = [];
    for (const pair of pairs) {
      const result = checkEquivalence(pair.a, pair.b, pair.where ? { where: pair.where } : {});
      expect(result.ok, `${pair.a} | ${pair.b}`).toBe(true);
      if (!result.ok) continue;
      if (result.value.equivalent !== pair.equivalent) wrong.push(`${pair.a} | ${pair.b} | ${pair.where}`);
      // A pair the check could not show equal (no counterexample: fail closed) is wrong, not a false counterexample.
      if (pair.equivalent && result.value.counterexample !== null) falseCounterexamples.push(`${pair.a} | ${pair.b} | ${pair.where}`);
    }
    expect(falseCounterexamples).toEqual([]);
    expect(wrong.length / pairs.length).toBeLessThanOrEqual(0.02);
  });
});

describe('where float64 cannot judge anywhere, equality rests on too few points to claim', () => {
  it.each([
    // Only 240 digits tell, and only 3 points get them: not shown. A claim from a dozen points
    // would miss a difference over a tenth of the domain, as in the three after these.
    ['sinh(x)', '(exp(x)-exp(-x))/2', 'x in [-1e-60, 1e-60]'],
    ['1 - cos(x)', '2*sin(x/2)^2', 'x in [-1e-30, 1e-30]'],
    ['sinh(x)', '(exp(x)-exp(-x))/2*(1+relu(0.1-abs(x*1e60)))', 'x in [-1e-60, 1e-60]'],
    ['log(1+x)', 'x*(1+relu(0.1-abs(x*1e60)))', 'x in [-1e-60, 1e-60]'],
    ['1 - tanh(x)', '2*exp(-2*x)/(1+exp(-2*x))*(1+relu(5-abs(x-160)))', 'x in [70, 250]'],
    // Equal where 240 digits tell (x below ~530), different beyond.
    ['1 - sigmoid(x)', 'exp(-x)*(1+relu(x-600))', 'x in [40, 1000]'],
  ])('%s against %s on %s: not shown equivalent', (a, b, where) => {
    expect(check(a, b, where).equivalent).toBe(false);
  });
});

describe('a cancellation to zero through transcendental functions', () => {
  it.each([
    // Zero to every precision tried, and true identities: but a difference below every
    // precision (the rest of a cancellation that no part shows) could hide here too. Not
    // claimed, and no counterexample either.
    ['sigmoid(x) + sigmoid(-x) - 1', '0', 'x in [-10, 10]'],
    ['sin(x)^2 + cos(x)^2 - 1', '0', 'x in [-10, 10]'],
    ['tanh(x) - (2*sigmoid(2*x) - 1)', '0', 'x in [-10, 10]'],
  ])('%s against %s on %s: not shown equivalent, and no counterexample', (a, b, where) => {
    expect(check(a, b, where)).toMatchObject({ equivalent: false, counterexample: null });
  });

  it.each([
    // Against the non-zero side, the same identities are shown: nothing cancels.
    ['sigmoid(x) + sigmoid(-x)', '1', 'x in [-10, 10]'],
    ['sin(x)^2 + cos(x)^2', '1', 'x in [-10, 10]'],
    ['tanh(x)', '2*sigmoid(2*x) - 1', 'x in [-10, 10]'],
  ])('%s ≡ %s on %s', (a, b, where) => {
    expect(check(a, b, where)).toMatchObject({ equivalent: true, counterexample: null });
  });

  it.each([
    // A rest below float64's noise: a literal, a product, an exponential, a tanh near 1, a
    // narrow bump, a chain of powers ending 1e-250 from 1, a cancellation nested three deep.
    ['sin(x)^2 + cos(x)^2 - 1 + 1e-40*sin(x)', '0', 'x in [-10, 10]'],
    ['sin(x)^2 + cos(x)^2 - 1 + 1e-20*relu(x-5)', '0', 'x in [-10, 10]'],
    ['sigmoid(x) - 1 + sigmoid(-x) + exp(-x^2 - 150)', '0', 'x in [-10, 10]'],
    ['1 - tanh(x)', '0', 'x in [300, 1000]'],
    ['sin(x)^2 + cos(x)^2 - 1 + 1e-20*relu(1-1e4*(x-1.3)^2)', '0', 'x in [-10, 10]'],
    ['((((((((((1+1e-25)^1e-25)^1e-25)^1e-25)^1e-25)^1e-25)^1e-25)^1e-25)^1e-25)^1e-25) - 1', '0', 'x in [-10, 10]'],
    [
      'sin(x)^2+cos(x)^2-1 + (exp(exp(exp((x+1e-28)^2-x^2-2e-28*x)-1-((x+1e-28)^2-x^2-2e-28*x))-1-(exp((x+1e-28)^2-x^2-2e-28*x)-1-((x+1e-28)^2-x^2-2e-28*x)))-1-(exp(exp((x+1e-28)^2-x^2-2e-28*x)-1-((x+1e-28)^2-x^2-2e-28*x))-1-(exp((x+1e-28)^2-x^2-2e-28*x)-1-((x+1e-28)^2-x^2-2e-28*x))))',
      '0',
      'x in [-10, 10]',
    ],
  ])('%s against %s on %s: not zero, so not equivalent', (a, b, where) => {
    expect(check(a, b, where).equivalent).toBe(false);
  });
});

describe('equality nothing could show is not claimed', () => {
  it.each([
    // Just above 1, x^1e300 overflows float64 and the exponent range of high precision alike;
    // below 1 both underflow: no point can be judged, and the two do differ.
    ['x^1e300', 'x^(1e300 + 1e285)', 'x in (0.5, 2)'],
    ['exp(exp(exp(x)))', 'exp(exp(exp(x))) * (1 + 1e-6)', 'x in [5, 6]'],
    // Neither side is defined anywhere on the domain.
    ['log(x)', '2*log(x)', 'x in [-2, -1]'],
  ])('%s against %s on %s: not equivalent, and no made-up counterexample', (a, b, where) => {
    const report = check(a, b, where);
    expect(report.equivalent).toBe(false);
    expect(report.counterexample).toBeNull();
    expect(report.evidence).toBeLessThan(6);
  });

  it.each([
    // Each cancels to zero within the rounding of any fixed number of digits, but is not zero:
    // (1e100 + x)³ expanded is x³; the others are e^(−2x)-sized tails (mpmath at 400+ digits).
    ['(1e100+x)^3-(1e100)^3-3*(1e100)^2*x-3*1e100*x^2', '0', ''],
    ['(exp(x)+1)*(exp(x)-1)-exp(2*x)', '0', 'x in [300, 500]'],
    ['sigmoid(x)-1+exp(-x)', '1-sigmoid(x)-exp(-x)', 'x in [300, 540]'],
    ['softplus(x)-x-exp(-x)', '0', 'x in [300, 540]'],
    ['tanh(x)-1+2*exp(-2*x)', '0', 'x in [140, 270]'],
    ['cos(exp(-x))-1+exp(-2*x)/2', '0', 'x in [140, 270]'],
  ])('%s against %s on %s: what rounds to zero at every precision tried is not shown equal', (a, b, where) => {
    const report = check(a, b, where);
    expect(report.equivalent).toBe(false);
  });

  it('a correct identity that only high precision can confirm keeps its verdict, with its evidence counted', () => {
    const report = check('1 - tanh(x)', '2/(exp(2*x) + 1)', 'x in [20, 50]');
    expect(report.equivalent).toBe(true);
    expect(report.evidence).toBeGreaterThanOrEqual(6);
  });

  it('a derivation step that cannot be evaluated anywhere is not accepted', () => {
    const result = checkDerivation('where: x in (0.5, 2)\nx^1e300\n= x^(1e300 + 1e285)');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ok).toBe(false);
    expect(result.value.steps[1]).toMatchObject({ status: 'wrong' });
    expect(english(result.value.steps[1]!)).toMatch(/^not shown equal to line 2/);
  });
});
