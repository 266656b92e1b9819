import { describe, expect, it } from 'vitest';
import { checkEquivalence, SAMPLE_COUNT, type EquivalenceReport } from '../../../src/core/math/index.js';
import { english } from '../../helpers/math-words.js';

function check(a: string, b: string, options: Parameters<typeof checkEquivalence>[2] = {}): EquivalenceReport {
  const result = checkEquivalence(a, b, options);
  if (!result.ok) throw new Error(`${result.error.part}: ${english(result.error)}`);
  return result.value;
}

describe('equivalence on a domain', () => {
  it('the two ways of writing the focal loss are equivalent on the default domains', () => {
    const report = check('-(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(1/pt)');
    expect(report).toMatchObject({ equivalent: true, counterexample: null });
    // More points than the default where they are cheap, all of them defined here.
    expect(report.samples).toBeGreaterThanOrEqual(SAMPLE_COUNT);
    expect(report.domains.map((d) => d.name)).toEqual(['pt', 'gamma']);
  });

  it('(x²)^0.5 is not x on [-1, 1], whatever a simplifier says', () => {
    const report = check('(x^2)^0.5', 'x', { where: 'x in [-1, 1]' });
    expect(report.equivalent).toBe(false);
    const { point, a, b } = report.counterexample!;
    expect(point.x).toBeLessThan(0);
    expect(a).toBeCloseTo(Math.abs(point.x!), 15);
    expect(b).toBe(point.x);
    expect(report.counterexample).toEqual({ point: { x: -1 }, a: 1, b: -1, shown: { a: '1', b: '-1' } });
  });

  it('(x²)^0.5 is |x|, and on [0, 1] it is x', () => {
    expect(check('(x^2)^0.5', 'abs(x)', { where: 'x in [-1, 1]' }).equivalent).toBe(true);
    expect(check('(x^2)^0.5', 'x', { where: 'x in [0, 1]' }).equivalent).toBe(true);
  });

  it('a point where only one side is defined is a difference', () => {
    const report = check('log(x)', 'log(abs(x))');
    expect(report.equivalent).toBe(false);
    expect(report.counterexample!.a).toBeNull();
    expect(report.counterexample!.point.x).toBeLessThan(0);
    expect(report.counterexample!.b).toBeCloseTo(Math.log(-report.counterexample!.point.x!), 15);
  });

  it('points where neither side is defined are skipped, not counted', () => {
    const report = check('sqrt(x)', 'x^0.5', { where: 'x in [-1, 1]' });
    expect(report.equivalent).toBe(true);
    expect(report.samples).toBeGreaterThan(100);
    // The same expressions on [0, 1] get the same number of points, all of them defined.
    expect(report.samples).toBeLessThan(check('sqrt(x)', 'x^0.5', { where: 'x in [0, 1]' }).samples * 0.75);
  });

  describe('differences confined to a small part of the domain are caught', () => {
    it.each([
      ['near a closed upper end: (0.999, 1]', 'min(x, 0.999)', 'x', 'x in [0, 1]'],
      ['near an open upper end: pt > 1 − 1e-7', 'min(pt, 1 - 1e-7)', 'pt', ''],
      ['near an open lower end: pt < 1e-9', 'max(pt, 1e-9)', 'pt', ''],
      ['at a closed end only: gamma < 1e-6', 'max(gamma, 1e-6)', 'gamma', ''],
      ['near the lower end of a wide interval', 'max(x, -9.99)', 'x', ''],
      ['a 1% band in the middle', 'x + max(0, 0.005 - abs(x - 0.3))', 'x', 'x in [0, 1]'],
      ['a 1% band in the middle, second variable', 'pt + max(0, 0.025 - abs(gamma - 3.1))', 'pt', ''],
    ])('%s', (_name, a, b, where) => {
      const report = check(a, b, { where });
      expect(report.equivalent).toBe(false);
      expect(report.counterexample!.a).not.toBe(report.counterexample!.b);
    });

    it('for every seed tried, not just the default', () => {
      for (let seed = 1; seed <= 20; seed++) {
        expect(check('min(x, 0.9999)', 'x', { where: 'x in [0, 1]', seed }).equivalent).toBe(false);
        expect(check('x + max(0, 0.005 - abs(x - 0.61))', 'x', { where: 'x in [0, 1]', seed }).equivalent).toBe(false);
      }
    });
  });

  it('rounding in a cancelling subtraction is not a difference', () => {
    expect(check('(1 + x) - 1', 'x', { where: 'x in [-1e-3, 1e-3]' }).equivalent).toBe(true);
    expect(check('log(1 + x)', 'log1p(x)', { where: 'x in [-0.5, 0.5]' }).equivalent).toBe(true);
    expect(check('x - x', '0').equivalent).toBe(true);
  });

  it('the relative tolerance is 1e-9 by default and can be changed', () => {
    expect(check('x', 'x * (1 + 1e-7)').equivalent).toBe(false);
    expect(check('x', 'x * (1 + 1e-7)', { tol: 1e-6 }).equivalent).toBe(true);
    expect(check('x', 'x * (1 + 1e-11)').equivalent).toBe(true);
  });

  it('fixed parameters are constants, not sampled', () => {
    expect(check('(1-pt)^gamma', '(1-pt)^2', { fixed: { gamma: 2 } }).equivalent).toBe(true);
    const report = check('(1-pt)^gamma', '(1-pt)^2', { fixed: { gamma: 3 } });
    expect(report.equivalent).toBe(false);
    expect(Object.keys(report.counterexample!.point)).toEqual(['pt']);
  });

  it('is deterministic: the same seed gives the same report', () => {
    const first = check('x + max(0, 0.02 - abs(x - 0.3))', 'x', { where: 'x in [0, 1]', seed: 7 });
    const second = check('x + max(0, 0.02 - abs(x - 0.3))', 'x', { where: 'x in [0, 1]', seed: 7 });
    expect(second).toEqual(first);
  });

  it('accepts parsed domains too', () => {
    const report = check('sqrt(x^2)', 'x', { where: [{ name: 'x', lo: 0, hi: 2, loOpen: false, hiOpen: true }] });
    expect(report.equivalent).toBe(true);
  });

  it('says which input is wrong, and where', () => {
    expect(checkEquivalence('x+', 'x')).toMatchObject({ ok: false, error: { part: 'a', column: 3 } });
    const second = checkEquivalence('x', 'evaluate(x)');
    expect(second).toMatchObject({ ok: false, error: { part: 'b' } });
    expect(!second.ok && english(second.error)).toBe("unknown function 'evaluate'");
    expect(checkEquivalence('x', 'x', { where: 'x in [0, 1' })).toMatchObject({ ok: false, error: { part: 'where', column: 11 } });
  });
});
