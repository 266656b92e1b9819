import { describe, expect, it } from 'vitest';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import { grade } from '../../../src/core/grading/grade.js';
import type { ExpressionQuestion } from '../../../src/core/kinds/expression.js';
import { fixture, gradeFixture, variant } from './fixtures.js';

describe('expression answers', () => {
  it('accepts any expression equal on the domain', () => {
    for (const answer of ['alpha*(1-pt)^gamma', '(1-pt)^gamma*alpha', 'α*(1-pt)^γ', 'alpha*exp(gamma*log(1-pt))']) {
      expect(gradeFixture('fx-expression', answer)).toMatchObject({ verdict: 'correct', correct: true, score: 1 });
    }
  });

  it('rejects a different expression with a counterexample: the point, yours and expected', () => {
    const result = gradeFixture('fx-expression', '(1-pt)^gamma');
    expect(result).toMatchObject({ verdict: 'wrong', correct: false, score: 0 });
    const match = /^Differs at (.+): yours (\S+), expected (\S+)\.$/.exec(result.feedback);
    expect(match).not.toBeNull();
    // Check the counterexample independently: at the reported point the two sides differ as stated.
    const point = Object.fromEntries(match![1]!.split(', ').map((pair) => pair.split(' = ') as [string, string]));
    const pt = Number(point['pₜ']);
    const alpha = Number(point['α']);
    const gamma = Number(point['γ']);
    expect(Number(match![2])).toBeCloseTo((1 - pt) ** gamma, 4);
    expect(Number(match![3])).toBeCloseTo(alpha * (1 - pt) ** gamma, 4);
    expect(result.expected).toBe('α · (1 − pₜ)^γ');
  });

  it('a name outside the question’s variables is invalid and named', () => {
    const result = gradeFixture('fx-expression', 'alpha*(1-p)^gamma');
    expect(result.verdict).toBe('invalid');
    expect(result.feedback).toBe('Unknown name p: use only pt, alpha, gamma.');
    expect(gradeFixture('fx-expression', 'alpha*(1-p)^gamma', { lang: 'zh' }).feedback).toBe('未知的名字 p：只能使用 pt、alpha、gamma。');
  });

  it('a syntax error is invalid', () => {
    expect(gradeFixture('fx-expression', 'alpha*(1-pt').verdict).toBe('invalid');
  });

  it('holds the instance’s parameters fixed and keeps them out of the learner’s names', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const instance = instantiate(fixture('fx-expression-param'), seed);
      const g = instance.params.g!;
      expect(grade({ instance, answer: `-(1-pt)^${g}*log(pt)`, lang: 'en' }).correct).toBe(true);
      expect(grade({ instance, answer: `-(1-pt)^${g + 1}*log(pt)`, lang: 'en' }).correct).toBe(false);
      expect(grade({ instance, answer: '-(1-pt)^g*log(pt)', lang: 'en' }).verdict).toBe('invalid');
      expect(grade({ instance, answer: '1', lang: 'en' }).expected).toBe(`−(1 − pₜ)${g === 1 ? '¹' : g === 2 ? '²' : '⁵'} · log(pₜ)`);
    }
  });

  it('where nothing is shown either way, it is not Correct, and the feedback says why', () => {
    const gradeAgainst = (answer: string, expected: string, where: string, lang: 'en' | 'zh' = 'en') => {
      const question = variant<ExpressionQuestion>('fx-expression', { answer: expected, variables: ['x'], where });
      return grade({ instance: { ...instantiate(question, null), question }, answer, lang });
    };
    // At 0 only the answer has a value, and next to it both sides cancel below every precision.
    const undecided = gradeAgainst('log(x^2) - 2*log(abs(x))', '0', 'x in [-1, 1]');
    expect(undecided).toMatchObject({ verdict: 'wrong', correct: false, score: 0 });
    expect(undecided.feedback).toMatch(/^Not shown equal to the expected expression: at x = 0 only one of them has a value/);
    // Forty erf tails, equal, that float64 cannot tell apart past x ≈ 6: past the work limit.
    const tails = Array.from({ length: 40 }, (_, k) => `(1-erf(x+${k / 10}))`).join('+');
    const rewritten = Array.from({ length: 40 }, (_, k) => `(erf(-x-${k / 10})+1)`).join('+');
    const limited = gradeAgainst(tails, rewritten, 'x in [5, 18]');
    expect(limited).toMatchObject({ verdict: 'wrong', correct: false, score: 0 });
    expect(limited.feedback).toMatch(/more high-precision work than one check may do/);
    expect(gradeAgainst(tails, rewritten, 'x in [5, 18]', 'zh').feedback).toMatch(/超出了单次检查的上限/);
  });

  it('gives the same verdict and counterexample every time', () => {
    expect(gradeFixture('fx-expression', 'alpha*pt^gamma')).toEqual(gradeFixture('fx-expression', 'alpha*pt^gamma'));
  });
});
