import type { Database } from 'better-sqlite3';
import type { CardState, CardStateName, FsrsRating } from '../core/schedule/fsrs.js';
import type { AttemptRecord, CardReview, ProgressStore, SessionRecord } from '../core/session/store.js';
import { openProgressDb } from './open.js';
import { attemptToRow, cardToRow, reviewLogToRow, sessionToRow } from './rows.js';
import { prepareStatements, type Statements } from './statements.js';

/**
 * The progress store on one SQLite file: what the drill session needs (core's
 * ProgressStore) plus the reads behind `stats`, `review` and `export`.
 * Each write is one transaction, committed when the method returns.
 */
export class SqliteProgressStore implements ProgressStore {
  readonly statements: Statements;
  private readonly writeAttempt: (attempt: AttemptRecord, review: CardReview | null) => void;

  constructor(
    readonly db: Database,
    /** The database file, for messages. */
    readonly file: string,
  ) {
    this.statements = prepareStatements(db);
    const s = this.statements;
    this.writeAttempt = db.transaction((attempt: AttemptRecord, review: CardReview | null) => {
      s.insertAttempt.run(attemptToRow(attempt));
      if (review) {
        s.upsertCard.run(cardToRow(attempt.questionId, review.card));
        s.insertReviewLog.run(reviewLogToRow(attempt.id, attempt.questionId, review.log));
      }
    });
  }

  /** Opens (creating or migrating) the database at `path`; see openProgressDb for the checks. */
  static open(path: string): SqliteProgressStore {
    const db = openProgressDb(path);
    return new SqliteProgressStore(db, db.name);
  }

  /** Every card; read as bare arrays, about three times faster than row objects for a big bank. */
  loadCards(): Map<string, CardState> {
    const cards = new Map<string, CardState>();
    for (const [questionId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, lastRating] of this
      .statements.cardArrays.all()) {
      cards.set(questionId, {
        due,
        stability,
        difficulty,
        elapsedDays,
        scheduledDays,
        learningSteps,
        reps,
        lapses,
        state: state as CardStateName,
        lastReview,
        lastRating: lastRating as FsrsRating | null,
      });
    }
    return cards;
  }

  startSession(session: SessionRecord): void {
    this.statements.insertSession.run(sessionToRow(session));
  }

  endSession(id: string, endedAt: number): void {
    this.statements.endSession.run(endedAt, id);
  }

  recordAttempt(attempt: AttemptRecord, review: CardReview | null): void {
    this.writeAttempt(attempt, review);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
