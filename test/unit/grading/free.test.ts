import { describe, expect, it } from 'vitest';
import { gradeFixture } from './fixtures.js';

describe('free responses', () => {
  it('without a self-grade the answer cannot be graded yet', () => {
    const result = gradeFixture('fx-free', 'easy negatives dominate');
    expect(result).toMatchObject({ verdict: 'invalid', correct: false, score: 0 });
    expect(result.feedback).toMatch(/Grade your own answer from 1 to 4/);
  });

  it.each([
    [1, 'wrong', 0],
    [2, 'partial', 1 / 3],
    [3, 'correct', 2 / 3],
    [4, 'correct', 1],
  ] as const)('self-grade %d → %s, score (g − 1)/3', (selfGrade, verdict, score) => {
    const result = gradeFixture('fx-free', 'anything', { selfGrade });
    expect(result.verdict).toBe(verdict);
    expect(result.correct).toBe(verdict === 'correct');
    expect(result.score).toBeCloseTo(score, 12);
  });

  it('shows the model answer and the key points in the learner’s language', () => {
    expect(gradeFixture('fx-free', 'x', { selfGrade: 3 }).expected).toBe(
      'About 100k anchors, few positives; easy negatives dominate the loss.\nKey points:\n• ~100k candidate locations\n• easy negatives dominate',
    );
    expect(gradeFixture('fx-free', 'x', { selfGrade: 3, lang: 'zh' }).expected).toMatch(/^约 10 万个锚框.*\n要点：\n• 约 10 万个候选位置/);
  });
});
