import { describe, expect, it } from 'vitest';
import { QUICK_SECONDS, ratingFor, type RatingContext } from '../../../src/core/schedule/rating.js';

const slow: RatingContext = { difficulty: 2, elapsedMs: 120_000, hintUsed: false };

describe('ratingFor: grades to FSRS ratings', () => {
  it('maps wrong to Again and correct to Good', () => {
    expect(ratingFor({ verdict: 'wrong', score: 0 }, slow)).toBe(1);
    expect(ratingFor({ verdict: 'correct', score: 1 }, slow)).toBe(3);
  });

  it('rates a quick correct answer Easy, with "quick" depending on difficulty', () => {
    for (const difficulty of [1, 2, 3] as const) {
      const limit = QUICK_SECONDS[difficulty] * 1000;
      expect(ratingFor({ verdict: 'correct', score: 1 }, { ...slow, difficulty, elapsedMs: limit })).toBe(4);
      expect(ratingFor({ verdict: 'correct', score: 1 }, { ...slow, difficulty, elapsedMs: limit + 1 })).toBe(3);
    }
    expect(QUICK_SECONDS[1]).toBeLessThan(QUICK_SECONDS[2]);
    expect(QUICK_SECONDS[2]).toBeLessThan(QUICK_SECONDS[3]);
  });

  it('rates a correct answer after a hint Hard, however quick', () => {
    expect(ratingFor({ verdict: 'correct', score: 1 }, { ...slow, elapsedMs: 1, hintUsed: true })).toBe(2);
  });

  it('rates partial credit Hard from a score of 0.5, Again below', () => {
    expect(ratingFor({ verdict: 'partial', score: 0.5 }, slow)).toBe(2);
    expect(ratingFor({ verdict: 'partial', score: 0.49 }, slow)).toBe(1);
  });

  it('uses the self-grade as given for self-graded questions, and gives an invalid answer no rating', () => {
    for (const selfGrade of [1, 2, 3, 4] as const) {
      expect(ratingFor({ verdict: 'correct', score: 1 }, { ...slow, selfGrade, hintUsed: true })).toBe(selfGrade);
    }
    expect(ratingFor({ verdict: 'invalid', score: 0 }, slow)).toBeNull();
    expect(ratingFor({ verdict: 'invalid', score: 0 }, { ...slow, selfGrade: 4 })).toBeNull();
  });
});
