import type { Difficulty } from '../bank/types.js';
import type { GradeResult } from '../grading/types.js';
import { RATING, type FsrsRating } from './fsrs.js';

/**
 * "Correct quickly" earns Easy: answered within this many seconds, by difficulty
 * (1 easy, 2 medium, 3 hard). Measured from the question being shown to the answer being
 * submitted, so reading time counts: these are generous for a recalled fact and tight for
 * a worked answer, which is the point.
 */
export const QUICK_SECONDS: Record<Difficulty, number> = { 1: 15, 2: 30, 3: 60 };

/** Partial credit at or above this score rates Hard (mostly known); below it, Again. */
export const PARTIAL_HARD_THRESHOLD = 0.5;

export interface RatingContext {
  difficulty: Difficulty;
  /** Time to answer; null when it was not measured (`focal check --record`): never "quick". */
  elapsedMs: number | null;
  hintUsed: boolean;
  /** The learner's own grade, for self-graded (free response) questions. */
  selfGrade?: FsrsRating;
}

/**
 * The FSRS rating an answer earns, or null when it earns none (an invalid answer is not
 * an answer: the question is asked again and the card does not move).
 *
 * - self-graded: the learner's 1–4 as given;
 * - wrong → Again; partial → Hard when score ≥ 0.5, else Again;
 * - correct after a hint → Hard (an unreadable try before costs nothing: it was not an answer);
 * - correct within QUICK_SECONDS[difficulty] → Easy; otherwise (or untimed) correct → Good.
 */
export function ratingFor(result: Pick<GradeResult, 'verdict' | 'score'>, context: RatingContext): FsrsRating | null {
  if (result.verdict === 'invalid') return null;
  if (context.selfGrade !== undefined) return context.selfGrade;
  switch (result.verdict) {
    case 'wrong':
      return RATING.again;
    case 'partial':
      return result.score >= PARTIAL_HARD_THRESHOLD ? RATING.hard : RATING.again;
    case 'correct':
      if (context.hintUsed) return RATING.hard;
      return context.elapsedMs !== null && context.elapsedMs <= QUICK_SECONDS[context.difficulty] * 1000 ? RATING.easy : RATING.good;
  }
}
