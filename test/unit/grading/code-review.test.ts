import { describe, expect, it } from 'vitest';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { CodeReviewQuestion } from '../../../src/core/kinds/code-review.js';
import { parseLineNumbers } from '../../../src/core/kinds/code-review.js';
import { grade } from '../../../src/core/grading/grade.js';
import { gradeFixture, variant } from './fixtures.js';

describe('reading line numbers', () => {
  it.each([
    ['3', [3]],
    ['3,7', [3, 7]],
    ['3 7', [3, 7]],
    ['7, 3', [3, 7]],
    ['3-5', [3, 4, 5]],
    ['3 - 5', [3, 4, 5]],
    ['5-3', [3, 4, 5]],
    ['L3, line 7', [3, 7]],
    ['lines 3-5', [3, 4, 5]],
  ])('%j → %j', (answer, lines) => {
    expect(parseLineNumbers(answer, 7, 'en')).toEqual({ ok: true, lines });
  });

  it('a line outside the snippet or a word is not readable', () => {
    expect(parseLineNumbers('8', 7, 'en')).toEqual({ ok: false, message: 'There is no line 8: the snippet has 7 lines.' });
    expect(parseLineNumbers('0', 7, 'en').ok).toBe(false);
    expect(parseLineNumbers('three', 7, 'en').ok).toBe(false);
    expect(parseLineNumbers('', 7, 'en').ok).toBe(false);
  });
});

describe('code review', () => {
  it('exactly the bug lines are correct, each bug explained', () => {
    const result = gradeFixture('fx-code', '3');
    expect(result).toMatchObject({ verdict: 'correct', correct: true, score: 1, expected: 'line 3' });
    expect(result.feedback).toBe('✓ line 3 `return -math.log10(p)`: math.log10 is not the natural log.');
  });

  it('a wrongly named line costs precision: score is F1, the decoy’s why is given', () => {
    const result = gradeFixture('fx-code', '3,7');
    // precision 1/2, recall 1/1 → F1 = 2/3
    expect(result.verdict).toBe('partial');
    expect(result.score).toBeCloseTo(2 / 3, 12);
    expect(result.feedback.split('\n')).toEqual([
      '✓ line 3 `return -math.log10(p)`: math.log10 is not the natural log.',
      '✗ line 7 `return (1 - p) ** gamma * loss(p)` is not one of them: The modulating factor is right.',
      'Precision 1/2, recall 1/1; score = F1 = 0.67.',
    ]);
    expect(result.details).toEqual({ missed: [], extra: ['7'] });
  });

  it('a missed bug costs recall and is explained', () => {
    const question = variant<CodeReviewQuestion>('fx-code', {
      bugs: [
        { line: 3, why: { en: 'log10', zh: 'log10' } },
        { line: 7, why: { en: 'no alpha', zh: '没有 alpha' } },
      ],
      decoys: [],
    });
    const result = grade({ instance: instantiate(question), answer: '3, 6', lang: 'en' });
    // precision 1/2, recall 1/2 → F1 = 1/2
    expect(result.score).toBeCloseTo(0.5, 12);
    expect(result.feedback).toContain('✗ line 6 `def focal(p, gamma):` is not one of them.');
    expect(result.feedback).toContain('missed line 7 `return (1 - p) ** gamma * loss(p)`: no alpha');
    expect(result.details).toEqual({ missed: ['7'], extra: ['6'] });
  });

  it('naming no bug line is wrong; a line outside the snippet is invalid', () => {
    expect(gradeFixture('fx-code', '1,2')).toMatchObject({ verdict: 'wrong', score: 0 });
    expect(gradeFixture('fx-code', '3,99')).toMatchObject({ verdict: 'invalid', feedback: 'There is no line 99: the snippet has 7 lines.' });
  });

  it('explains in Chinese', () => {
    expect(gradeFixture('fx-code', '3', { lang: 'zh' }).feedback).toBe('✓ 第 3 行 `return -math.log10(p)`：math.log10 不是自然对数。');
  });
});
