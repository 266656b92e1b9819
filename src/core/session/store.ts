import type { Kind } from '../bank/types.js';
import type { Verdict } from '../grading/types.js';
import type { CardState, FsrsRating, ReviewLogEntry } from '../schedule/fsrs.js';

/** One answer as stored: everything needed to replay, audit or export it. */
export interface AttemptRecord {
  /** UUID: stable across export and import. */
  id: string;
  sessionId: string | null;
  questionId: string;
  topic: string;
  kind: Kind;
  /** Parameters seed of a parametric question, else null. */
  seed: number | null;
  params: Record<string, number>;
  /** As typed; derivation steps joined by newlines. */
  answer: string;
  verdict: Verdict;
  score: number;
  elapsedMs: number;
  hintUsed: boolean;
  selfGrade: FsrsRating | null;
  /** The FSRS rating applied; null for an invalid answer (the card did not move). */
  rating: FsrsRating | null;
  /** ms since the epoch. */
  answeredAt: number;
}

export interface SessionRecord {
  id: string;
  startedAt: number;
  endedAt: number | null;
  mode: string;
  seed: number | null;
  /**
   * The options the session ran with (topics, kinds, count, question, lang), as JSON-able data;
   * a drill's also what `--resume` needs: planned, packs, runner, finished (see src/store/resume.ts).
   */
  options: Record<string, unknown>;
}

/** The card update that goes with a rated attempt. */
export interface CardReview {
  card: CardState;
  log: ReviewLogEntry;
}

/**
 * Moves a card by one rating: given the card as stored at the moment of writing (undefined
 * when the question has none yet), the card after it and its review log.
 */
export type ReviewOf = (stored: CardState | undefined) => CardReview;

/**
 * What the session loop needs from persistent storage. Declared here so core stays free of
 * SQLite; src/store implements it on better-sqlite3. Every write is durable when it returns.
 */
export interface ProgressStore {
  /** Every question's FSRS card, by question id (questions never answered have none). */
  loadCards(): Map<string, CardState>;
  startSession(session: SessionRecord): void;
  /**
   * Marks the session ended (ending an ended session keeps the first end time), and no longer
   * running; `finished`: it ran to its end, so there is nothing left to resume.
   */
  endSession(id: string, endedAt: number, finished?: boolean): void;
  /**
   * Stores the attempt and, for a rated one, the card update with its review log: all or
   * nothing. The card is read inside the same write transaction and `review` applied to it,
   * so two processes answering the same question never overwrite each other's update.
   * Returns the update written (null for an unrated attempt).
   */
  recordAttempt(attempt: AttemptRecord, review: ReviewOf | null): CardReview | null;
  /** Keeps what a session came to (the mock interview's report) with the session, replacing an earlier one. */
  saveSessionReport?(id: string, report: object): void;
}
