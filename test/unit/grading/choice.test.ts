import { describe, expect, it } from 'vitest';
import { parseLetters } from '../../../src/core/kinds/choice.js';
import { gradeFixture } from './fixtures.js';

describe('reading option letters', () => {
  it.each([
    ['b', [1]],
    ['B', [1]],
    ['a,c', [0, 2]],
    ['a c', [0, 2]],
    ['AC', [0, 2]],
    ['c, a', [0, 2]],
    ['(a) and (c)', [0, 2]],
    ['a、c', [0, 2]],
    [' a;c ', [0, 2]],
    ['a,a', [0]],
  ])('%j → %j', (answer, indices) => {
    expect(parseLetters(answer, 4, 'en')).toEqual({ ok: true, indices });
  });

  it.each(['e', 'a,e', '1', 'a1', '', '   '])('%j is not readable', (answer) => {
    expect(parseLetters(answer, 4, 'en').ok).toBe(false);
  });
});

describe('single choice', () => {
  it('is right for the one correct letter, whatever the case', () => {
    const result = gradeFixture('fx-single', 'B');
    expect(result).toMatchObject({ verdict: 'correct', correct: true, score: 1 });
    expect(result.expected).toBe('b) cross entropy');
    expect(result.feedback).toContain('The factor is 1 everywhere.');
  });

  it('is wrong for a distractor and explains it with its why', () => {
    const result = gradeFixture('fx-single', 'a');
    expect(result).toMatchObject({ verdict: 'wrong', correct: false, score: 0 });
    expect(result.feedback).toContain('You chose a) zero loss — (1 − pₜ)⁰ = 1, not 0');
    expect(result.feedback).toContain('The answer is b.');
    expect(result.details).toEqual({ extra: ['a'], missed: ['b'] });
  });

  it('an unknown letter or two letters are invalid, not wrong', () => {
    expect(gradeFixture('fx-single', 'd')).toMatchObject({ verdict: 'invalid', correct: false, score: 0 });
    expect(gradeFixture('fx-single', 'd').feedback).toMatch(/"d" is not an option letter. Choose an option letter \(a–c\)/);
    expect(gradeFixture('fx-single', 'a,b').feedback).toMatch(/Choose exactly one option \(you gave a, b\)/);
  });

  it('speaks Chinese when asked', () => {
    const result = gradeFixture('fx-single', 'a', { lang: 'zh' });
    expect(result.expected).toBe('b) 交叉熵');
    expect(result.feedback).toContain('你选了 a) 零损失——(1 − pₜ)⁰ = 1，不是 0');
    expect(result.feedback).toContain('正确答案是 b。');
  });
});

describe('multiple choice', () => {
  // In file order (gradeFixture keeps it): correct options are a and c; b has a why, d has none.
  it.each([
    ['a,c', 'correct', 1],
    ['a', 'partial', 0.5],
    ['c', 'partial', 0.5],
    ['a,c,b', 'partial', 0.5],
    ['a,b', 'wrong', 0],
    ['a,b,d', 'wrong', 0],
    ['b,d', 'wrong', 0],
    ['a,b,c,d', 'wrong', 0],
  ])('%s → %s, score (right − wrong)/correct = %d', (answer, verdict, score) => {
    const result = gradeFixture('fx-multiple', answer);
    expect(result.verdict).toBe(verdict);
    expect(result.score).toBeCloseTo(score, 12);
    expect(result.correct).toBe(verdict === 'correct');
  });

  it('names what was missed and what was wrongly picked, with each option’s why', () => {
    const result = gradeFixture('fx-multiple', 'a,b,d');
    expect(result.feedback.split('\n')).toEqual([
      'Missed c) FL ≤ CE — The factor is at most 1.',
      'Wrongly picked b) α weights hard examples — α weights classes.',
      'Wrongly picked d) FL is a sampling method.',
    ]);
    expect(result.details).toEqual({ missed: ['c'], extra: ['b', 'd'] });
    expect(result.expected).toBe('a) γ ≥ 0\nc) FL ≤ CE');
  });

  it('an unknown letter is invalid', () => {
    expect(gradeFixture('fx-multiple', 'a,z').verdict).toBe('invalid');
  });
});
