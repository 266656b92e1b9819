import type { QuestionInstance } from '../bank/types.js';
import type { GradeResult } from '../grading/types.js';
import { newCard, reviewCard, type FsrsRating } from '../schedule/fsrs.js';
import { ratingFor } from '../schedule/rating.js';
import type { AttemptRecord, CardReview, ProgressStore, ReviewOf } from './store.js';

/** Everything known about one graded answer, as the drill or `focal check --record` saw it. */
export interface AnswerFacts {
  instance: QuestionInstance;
  answer: string;
  result: GradeResult;
  /** Time to answer; null when not measured (stored as 0, never rated Easy). */
  elapsedMs: number | null;
  hintUsed: boolean;
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
  const { attempt, reviewOf } = rateAnswer(facts);
  return { attempt, review: store.recordAttempt(attempt, reviewOf) };
}

/** Longest answer text kept in the store: a pasted 100 MB line is not kept whole. */
export const STORED_ANSWER_MAX_CHARS = 4000;

/** What an answer becomes in the store: its attempt record and how it moves its card (null: it does not). */
export function rateAnswer(facts: AnswerFacts): { attempt: AttemptRecord; reviewOf: ReviewOf | null } {
  const { instance, result } = facts;
  const question = instance.question;
  const rating = ratingFor(result, {
    difficulty: question.difficulty,
    elapsedMs: facts.elapsedMs,
    hintUsed: facts.hintUsed,
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
    answer: capped(facts.answer),
    verdict: result.verdict,
    score: clampScore(result.score),
    elapsedMs: facts.elapsedMs === null ? 0 : Math.max(0, Math.round(facts.elapsedMs)),
    hintUsed: facts.hintUsed,
    selfGrade: facts.selfGrade ?? null,
    rating,
    answeredAt: facts.now,
  };
  return { attempt, reviewOf: rating === null ? null : (stored) => reviewCard(stored ?? newCard(facts.now), rating, facts.now) };
}

function capped(answer: string): string {
  if (answer.length <= STORED_ANSWER_MAX_CHARS) return answer;
  return `${answer.slice(0, STORED_ANSWER_MAX_CHARS)}… [${answer.length - STORED_ANSWER_MAX_CHARS} more characters not kept]`;
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
