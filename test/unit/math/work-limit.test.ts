/**
 * The high-precision work of one check is bounded (PRECISE_WORK): past it, the points left
 * unjudged keep the check from claiming anything. Work is counted, not timed, so these
 * verdicts are the same on any machine.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { checkDerivation } from '../../../src/core/math/index.js';
import { OutOfWork, PreciseEvaluator, WorkMeter, type PreciseResult } from '../../../src/core/math/precise.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';
import { checkPair as check } from '../../helpers/equivalence.js';
import { english } from '../../helpers/math-words.js';

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

  it('a difference found at great cost shows its high-precision values, not float64 zeros', () => {
    // Twenty erf tails against 1.000001 times the same: each point judged costs most of the work.
    const a = Array.from({ length: 20 }, (_, k) => `(1-erf(x+${k / 100}))`).join('+');
    const b = `(${Array.from({ length: 20 }, (_, k) => `(erf(-x-${k / 100})+1)`).join('+')})*1.000001`;
    const report = check(a, b, 'x in [11.6, 12.5]');
    expect(report.equivalent).toBe(false);
    const { a: shownA, b: shownB } = report.counterexample!.shown;
    expect(shownA).not.toBe(shownB);
    // mpmath at x = 12.05: 1.8693230860714820e-64 and 1.8693249553945681e-64.
    expect(Number(report.counterexample!.b) / Number(report.counterexample!.a)).toBeCloseTo(1.000001, 9);
  });
});

describe('what high precision cannot do is not a crash, and leaves nothing behind', () => {
  it('sin of an argument past the 1025 digits of π decimal.js holds is not judged (no exception), and later checks are unharmed', () => {
    expect(check('sin(exp(x))', 'cos(exp(x))', 'x in [2220, 2225]')).toMatchObject({ equivalent: false, counterexample: null });
    expect(check('log(1-sigmoid(x)) + 1e-300', '-softplus(x)', 'x in [30, 800]').equivalent).toBe(true);
  });

  it('relu keeps the precision of its argument: 1e-25·x survives 1 + … − 1', () => {
    expect(check('relu(sin(pi)*x) + 1 + 1e-25*x - 1', '1e-25*x', 'x in [1, 2]')).toMatchObject({ equivalent: true, counterexample: null });
  });

  it('sinh and cosh of large arguments are judged (through exp), not left to a series as long as x', () => {
    expect(check('sinh(x)', 'exp(x)/2 - exp(-x)/2', 'x in [1000, 100000]').equivalent).toBe(true);
    expect(check('cosh(x)', 'exp(x)/2 + exp(-x)/2', 'x in [1000, 100000]').equivalent).toBe(true);
    expect(check('sinh(x)', '1.001*exp(x)/2', 'x in [1000, 100000]').counterexample).not.toBeNull();
  });
});

describe('the work is priced by what it costs, so identities at huge arguments keep their verdicts', () => {
  it.each([
    ['log(sigmoid(x))', '-softplus(-x)', 'x in [-1e7, 1e7]'],
    ['(1-sigmoid(x))^2*log(sigmoid(x))', '-(sigmoid(-x))^2*softplus(-x)', 'x in [-1e7, 1e7]'],
    ['sigmoid(x)', '1/(1+exp(-x))', 'x in [-1e9, 1e9]'],
    ['log(exp(x))', 'x', 'x in [1e6, 1e15]'],
    ['x^1e10', 'exp(1e10*log(x))', 'x in [1.0001, 1.001]'],
    // sin and cos of arguments known only to within more than 1 are not computed (nor charged).
    ['sin(exp(x))^2 + cos(exp(x))^2', '1', 'x in [30, 700]'],
  ])('%s against %s on %s', (a, b, where) => {
    expect(check(a, b, where)).toMatchObject({ equivalent: true, workLimited: false });
  });
});

describe('where float64 overflows, every point is judged, not a budget of them', () => {
  it('a difference over the last 1% of [0, 1000], where exp(x)² overflows, is found and confirmed', () => {
    const report = check('exp(x)^2/exp(x)', 'exp(x)*(1+1e-3*relu(x-990))', 'x in [0, 1000]');
    expect(report.equivalent).toBe(false);
    const x = report.counterexample!.point['x']!;
    expect(x).toBeGreaterThan(990);
    // 1 + 1e-3·(x − 990) apart, as the values shown say (mpmath agrees: 1.01 at x = 1000).
    const { a, b } = report.counterexample!.shown;
    expect(new Decimal(b).div(a).toNumber()).toBeCloseTo(1 + 1e-3 * (x - 990), 2);
  });

  it('1/x against 1/max(x, 1e-309) differ below 1e-309, where 1/x overflows', () => {
    const report = check('1/x', '1/max(x, 1e-309)', 'x in [0, 1e-307]');
    expect(report.equivalent).toBe(false);
    expect(report.counterexample!.point['x']!).toBeLessThan(1e-309);
  });

  it('and the identities it settles there stay equivalent', () => {
    expect(check('exp(x)^2/exp(x)', 'exp(x)', 'x in [0, 1000]').equivalent).toBe(true);
    expect(check('exp(x)/(1+exp(x))', 'sigmoid(x)', 'x in [-1000, 1000]').equivalent).toBe(true);
  });
});

describe('a region float64 cannot judge is judged, however small a part of the domain', () => {
  it('log(1 + e⁻ˣ) + relu(x − 38) against softplus(−x) + relu(x − 38) plus a 1e-3 bump on [37, 38], on [0, 400]', () => {
    const report = check('log(1+exp(-x)) + relu(x-38)', 'softplus(-x) + relu(x-38) + 1e-3*exp(-x)*relu(x-37)*relu(38-x)', 'x in [0, 400]');
    expect(report.equivalent).toBe(false);
    const x = report.counterexample!.point['x']!;
    expect(x).toBeGreaterThan(37);
    expect(x).toBeLessThan(38);
  });

  it('in a derivation step too', () => {
    const step = (claim: string) => {
      const result = checkDerivation(`where: x in [0, 40]\nlog(1+exp(-x)) + relu(x-38)\n= ${claim}`);
      if (!result.ok) throw new Error(english(result.error));
      return result.value.steps[1]!;
    };
    const bumped = step('softplus(-x) + relu(x-38) + 1e-3*exp(-x)*relu(x-37)*relu(38-x)');
    expect(bumped.status).toBe('wrong');
    expect(bumped.counterexample!.point['x']!).toBeGreaterThan(37);
    expect(bumped.counterexample!.point['x']!).toBeLessThan(38);
    expect(step('softplus(-x) + relu(x-38)').status).toBe('ok');
  });

  it('while the same without the bump stays equivalent', () => {
    expect(check('log(1+exp(-x)) + relu(x-38)', 'softplus(-x) + relu(x-38)', 'x in [0, 400]').equivalent).toBe(true);
  });
});

describe('budgets are per comparison', () => {
  it('in a derivation of 30 wrong steps, each is wrong: later steps do not pass on budgets the earlier ones spent', () => {
    const steps = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? '= x + 0.001*relu(x-9)' : '= x'));
    const result = checkDerivation(['where: x in [-10, 10]', 'x', ...steps].join('\n'));
    if (!result.ok) throw new Error(english(result.error));
    expect(result.value.steps.slice(1).map((step) => step.status)).toEqual(steps.map(() => 'wrong'));
  });
});
