import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { CardState, CardStateName, FsrsRating } from '../core/schedule/fsrs.js';
import type { AttemptRecord, CardReview, ProgressStore, ReviewOf, SessionRecord } from '../core/session/store.js';
import { openProgressDb, storeError } from './open.js';
import { attemptToRow, cardToRow, reviewLogToRow, rowToCard, sessionToRow } from './rows.js';
import { prepareStatements, type Statements } from './statements.js';
import { unsoundCardField } from './sound.js';
import type { Lang } from '../core/i18n.js';
import { tSaid, type Said } from '../core/words/index.js';

/**
 * The progress store on one SQLite file: what the drill session needs (core's
 * ProgressStore) plus the reads behind `stats`, `review` and `export`.
 * Each write is one transaction, committed when the method returns.
 */
export class SqliteProgressStore implements ProgressStore {
  readonly statements: Statements;
  private readonly writeAttempt: { immediate(attempt: AttemptRecord, review: ReviewOf | null): CardReview | null };

  constructor(
    readonly db: Database,
    /** The database file, for messages. */
    readonly file: string,
    /** The language its warnings are said in. */
    private readonly lang: Lang = 'en',
  ) {
    this.statements = prepareStatements(db);
    const s = this.statements;
    // Run as BEGIN IMMEDIATE: the write lock is taken before the card is read, so no other
    // process can move the card between this read and this write.
    this.writeAttempt = db.transaction((attempt: AttemptRecord, reviewOf: ReviewOf | null): CardReview | null => {
      if (s.insertAttempt.run(attemptToRow(attempt)).changes === 0 || !reviewOf) return null;
      const stored = s.cardOf.get(attempt.questionId);
      const card = stored ? rowToCard(stored) : undefined;
      // A damaged card (written by something else) is replaced, as if the question were new.
      const review = reviewOf(card && unsoundCardField(card) === null ? card : undefined);
      s.upsertCard.run(cardToRow(attempt.questionId, review.card));
      s.insertReviewLog.run(reviewLogToRow(attempt.id, attempt.questionId, review.log));
      return review;
    });
  }

  /** Opens (creating or migrating) the database at `path`; see openProgressDb for the checks. */
  static open(path: string, options: { forReading?: boolean; lang?: Lang } = {}): SqliteProgressStore {
    const db = openProgressDb(path, options);
    return new SqliteProgressStore(db, resolve(path), options.lang);
  }

  /** Says something about the database once per process (on stderr, naming the file). */
  warn(said: Said): void {
    const message = tSaid(this.lang, said);
    if (this.warned.has(message)) return;
    this.warned.add(message);
    process.stderr.write(`focal: ${this.file}: ${message}\n`);
  }

  private readonly warned = new Set<string>();

  /**
   * Every card; read as bare arrays, about three times faster than row objects for a big bank.
   * A damaged card (a value no schedule could produce) is skipped with a warning.
   */
  loadCards(): Map<string, CardState> {
    const cards = new Map<string, CardState>();
    let skipped = 0;
    for (const [questionId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, lastRating] of this
      .statements.cardArrays.all()) {
      const card: CardState = {
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
      };
      if (unsoundCardField(card) === null) cards.set(questionId, card);
      else skipped += 1;
    }
    if (skipped > 0) this.warn({ key: 'store.skippedCards', params: { n: skipped } });
    return cards;
  }

  startSession(session: SessionRecord): void {
    this.writing(() => this.statements.insertSession.run(sessionToRow(session)));
  }

  endSession(id: string, endedAt: number, finished = false): void {
    this.writing(() => this.statements.endSession.run({ id, ended_at: endedAt, finished: finished ? 1 : 0 }));
  }

  recordAttempt(attempt: AttemptRecord, review: ReviewOf | null): CardReview | null {
    return this.writing(() => this.writeAttempt.immediate(attempt, review));
  }

  saveSessionReport(id: string, report: object): void {
    this.writing(() => this.statements.saveSessionReport.run(JSON.stringify(report), id));
  }

  /** A refused write (read-only, disk full, busy too long...) becomes an InputError naming the file. */
  private writing<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      throw storeError(error, this.file);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
