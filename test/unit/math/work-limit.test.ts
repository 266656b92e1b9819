/**
 * The high-precision work of one check is bounded (PRECISE_WORK): past it, the points left
 * unjudged keep the check from claiming anything. Work is counted, not timed, so these
 * verdicts are the same on any machine.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { checkDerivation, checkEquivalence, type EquivalenceReport } from '../../../src/core/math/index.js';
import { OutOfWork, PreciseEvaluator, WorkMeter, type PreciseResult } from '../../../src/core/math/precise.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';
import { english } from '../../helpers/math-words.js';

function check(a: string, b: string, where = ''): EquivalenceReport {
  const result = checkEquivalence(a, b, where ? { where } : {});
  if (!result.ok) throw new Error(`${result.error.part}: ${english(result.error)}`);
  return result.value;
}

/** Ten terms 1 − erf(x + k/10) and the same written as erf(−x − k/10) + 1: equal, and float64 cannot tell anywhere past x ≈ 6. */
const TAILS = Array.from({ length: 10 }, (_, k) => `(1-erf(x+${k / 10}))`).join('+');
const TAILS_REWRITTEN = Array.from({ length: 10 }, (_, k) => `(erf(-x-${k / 10})+1)`).join('+');

function erfAt(digits: number, x: string, meter: WorkMeter): PreciseResult {
  const parsed = parseExpression('erf(x)');
  if (!parsed.ok) throw new Error('erf(x) does not parse');
  return new PreciseEvaluator(digits, new Map([['x', { v: new Decimal(x), e: new Decimal(0) }]]), meter).evaluate(parsed.value.expr);
}

describe('a work meter', () => {
  it('stops an evaluation that needs more than is left, and lets through one that needs less', () => {
    expect(() => erfAt(240, '19', new WorkMeter(1_000))).toThrow(OutOfWork);
    const value = erfAt(240, '19', new WorkMeter(100_000));
    expect(typeof value).toBe('object');
  });

  it('is shared: what one evaluation spends, the next does not have', () => {
    const meter = new WorkMeter(5_000);
    erfAt(240, '19', meter);
    expect(() => erfAt(240, '19', meter)).toThrow(OutOfWork);
  });
});

describe('past the work limit, nothing is claimed', () => {
  it('a correct identity that would need erf at 240 digits at every point is "not shown", with no counterexample', () => {
    const report = check(TAILS, TAILS_REWRITTEN, 'x in [5, 18]');
    expect(report).toMatchObject({ equivalent: false, counterexample: null, workLimited: true });
  });

  it('nor is a difference only high precision can see called equivalent', () => {
    // 1e-7 relative everywhere: within float64's noise at every point of [5, 18].
    const report = check(TAILS, `${TAILS_REWRITTEN} + 1e-7*(erf(-x-0.35)+1)`, 'x in [5, 18]');
    expect(report.equivalent).toBe(false);
  });

  it('cheaper high-precision checks keep their verdicts: GELU two ways, 1 − erf(x) on [5, 30], log(1 − σ(x)) at large logits', () => {
    for (const [a, b, where] of [
      ['x/2*(1+erf(x/sqrt(2)))', 'x*(1 - erf(-x/sqrt(2)))/2', ''],
      ['1-erf(x)', 'erf(-x)+1', 'x in [5, 30]'],
      ['log(1-sigmoid(x))', '-softplus(x)', 'x in [-1000, 1000]'],
    ] as const) {
      expect(check(a, b, where), `${a} against ${b}`).toMatchObject({ equivalent: true, workLimited: false });
    }
  });

  it('the work is counted per check: a derivation of such steps has one limit for all of them', () => {
    const result = checkDerivation(`where: x in [5, 18]\n${TAILS}\n= ${TAILS_REWRITTEN}`);
    if (!result.ok) throw new Error(english(result.error));
    const step = result.value.steps[1]!;
    expect(step.status).toBe('wrong');
    expect(step.counterexample).toBeUndefined();
    expect(english(step)).toMatch(/not shown equal to line 2: .*work limit/);
  });
});
