import type { QuestionInstance } from '../bank/types.js';
import type { GradeResult } from '../grading/types.js';
import { newCard, reviewCard, type FsrsRating } from '../schedule/fsrs.js';
import { ratingFor } from '../schedule/rating.js';
import type { AttemptRecord, CardReview, ProgressStore } from './store.js';

/** Everything known about one graded answer, as the drill or `focal check --record` saw it. */
export interface AnswerFacts {
  instance: QuestionInstance;
  answer: string;
  result: GradeResult;
  /** Time to answer; null when not measured (stored as 0, never rated Easy). */
  elapsedMs: number | null;
  hintUsed: boolean;
  /** An invalid answer was given to this question just before. */
  hadInvalidTry: boolean;
  selfGrade?: FsrsRating;
  sessionId: string | null;
  now: number;
  /** The attempt's UUID. */
  id: string;
}

/**
 * Rates an answer, moves its card and stores both in one write, returning what was stored.
 * The one path every recorded answer takes, so the drill and `check --record` agree. The card
 * moved is the one stored when the write happens, not a copy read earlier.
 */
export function commitAnswer(store: ProgressStore, facts: AnswerFacts): { attempt: AttemptRecord; review: CardReview | null } {
  const { instance, result } = facts;
  const question = instance.question;
  const rating = ratingFor(result, {
    difficulty: question.difficulty,
    elapsedMs: facts.elapsedMs,
    hintUsed: facts.hintUsed,
    hadInvalidTry: facts.hadInvalidTry,
    ...(facts.selfGrade !== undefined ? { selfGrade: facts.selfGrade } : {}),
  });
  const attempt: AttemptRecord = {
    id: facts.id,
    sessionId: facts.sessionId,
    questionId: question.id,
    topic: question.topic,
    kind: question.kind,
    seed: instance.seed,
    params: instance.params,
    answer: facts.answer,
    verdict: result.verdict,
    score: clampScore(result.score),
    elapsedMs: facts.elapsedMs === null ? 0 : Math.max(0, Math.round(facts.elapsedMs)),
    hintUsed: facts.hintUsed,
    selfGrade: facts.selfGrade ?? null,
    rating,
    answeredAt: facts.now,
  };
  const review = store.recordAttempt(attempt, rating === null ? null : (stored) => reviewCard(stored ?? newCard(facts.now), rating, facts.now));
  return { attempt, review };
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
