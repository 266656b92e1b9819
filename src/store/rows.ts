import type { Kind } from '../core/bank/types.js';
import type { Verdict } from '../core/grading/types.js';
import type { CardState, CardStateName, FsrsRating, ReviewLogEntry } from '../core/schedule/fsrs.js';
import type { AttemptRecord, SessionRecord } from '../core/session/store.js';

/** Rows as SQLite returns them, and their conversion to and from the core records. */

export interface SessionRow {
  id: string;
  started_at: number;
  ended_at: number | null;
  mode: string;
  seed: number | null;
  options: string;
}

export interface AttemptRow {
  uuid: string;
  session_id: string | null;
  question_id: string;
  topic: string;
  kind: string;
  seed: number | null;
  params: string;
  answer: string;
  verdict: string;
  score: number;
  elapsed_ms: number;
  hint_used: number;
  self_grade: number | null;
  rating: number | null;
  answered_at: number;
}

export interface CardRow {
  question_id: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
  last_rating: number | null;
}

export interface ReviewLogRow {
  attempt_uuid: string;
  question_id: string;
  rating: number;
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  review: number;
}

export function sessionToRow(session: SessionRecord): SessionRow {
  return {
    id: session.id,
    started_at: session.startedAt,
    ended_at: session.endedAt,
    mode: session.mode,
    seed: session.seed,
    options: JSON.stringify(session.options),
  };
}

export function rowToSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    mode: row.mode,
    seed: row.seed,
    options: JSON.parse(row.options) as Record<string, unknown>,
  };
}

export function attemptToRow(attempt: AttemptRecord): AttemptRow {
  return {
    uuid: attempt.id,
    session_id: attempt.sessionId,
    question_id: attempt.questionId,
    topic: attempt.topic,
    kind: attempt.kind,
    seed: attempt.seed,
    params: JSON.stringify(attempt.params),
    answer: attempt.answer,
    verdict: attempt.verdict,
    score: attempt.score,
    elapsed_ms: attempt.elapsedMs,
    hint_used: attempt.hintUsed ? 1 : 0,
    self_grade: attempt.selfGrade,
    rating: attempt.rating,
    answered_at: attempt.answeredAt,
  };
}

export function rowToAttempt(row: AttemptRow): AttemptRecord {
  return {
    id: row.uuid,
    sessionId: row.session_id,
    questionId: row.question_id,
    topic: row.topic,
    kind: row.kind as Kind,
    seed: row.seed,
    params: JSON.parse(row.params) as Record<string, number>,
    answer: row.answer,
    verdict: row.verdict as Verdict,
    score: row.score,
    elapsedMs: row.elapsed_ms,
    hintUsed: row.hint_used === 1,
    selfGrade: row.self_grade as FsrsRating | null,
    rating: row.rating as FsrsRating | null,
    answeredAt: row.answered_at,
  };
}

export function cardToRow(questionId: string, card: CardState): CardRow {
  return {
    question_id: questionId,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview,
    last_rating: card.lastRating,
  };
}

export function rowToCard(row: CardRow): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateName,
    lastReview: row.last_review,
    lastRating: row.last_rating as FsrsRating | null,
  };
}

export function reviewLogToRow(attemptUuid: string, questionId: string, log: ReviewLogEntry): ReviewLogRow {
  return {
    attempt_uuid: attemptUuid,
    question_id: questionId,
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: log.review,
  };
}
