import type { Database } from 'better-sqlite3';
import type { AttemptRow, CardRow, ReviewLogRow, SessionRow } from './rows.js';
import { EARLIEST_TIME, LATEST_TIME } from './sound.js';

/** Attempts answered at a time focal can have written (sound.ts); others are skipped when read. */
const SOUND_TIME = `BETWEEN ${EARLIEST_TIME} AND ${LATEST_TIME}`;

/** A card row as an array: question_id, then the CardRow columns in table order. */
export type CardArray = [string, number, number, number, number, number, number, number, number, number, number | null, number | null];

/** The SQL the store runs, prepared once per connection. Every value is a bound parameter. */
export function prepareStatements(db: Database) {
  return {
    insertSession: db.prepare<SessionRow>(
      `INSERT INTO sessions (id, started_at, ended_at, mode, seed, options)
       VALUES (@id, @started_at, @ended_at, @mode, @seed, @options)`,
    ),
    /** Import: a known session only gains an end time it lacked. */
    mergeSession: db.prepare<SessionRow>(
      `INSERT INTO sessions (id, started_at, ended_at, mode, seed, options)
       VALUES (@id, @started_at, @ended_at, @mode, @seed, @options)
       ON CONFLICT (id) DO UPDATE SET ended_at = excluded.ended_at
       WHERE sessions.ended_at IS NULL AND excluded.ended_at IS NOT NULL`,
    ),
    /** The report of a mock interview, kept in the session's options (exported and imported with it). */
    saveSessionReport: db.prepare<[string, string]>(`UPDATE sessions SET options = json_set(options, '$.report', json(?)) WHERE id = ?`),
    /** Past mock interviews, newest first. */
    interviews: db.prepare<[number], SessionRow>(`SELECT * FROM sessions WHERE mode = 'interview' ORDER BY started_at DESC, rowid DESC LIMIT ?`),
    /** The first end time is kept; the process no longer runs it (runner); finished: nothing left to resume. */
    endSession: db.prepare<{ id: string; ended_at: number; finished: number }>(
      `UPDATE sessions SET ended_at = coalesce(ended_at, @ended_at),
         options = CASE WHEN NOT json_valid(options) THEN options
                        WHEN @finished THEN json_set(json_remove(options, '$.runner'), '$.finished', json('true'))
                        ELSE json_remove(options, '$.runner') END
       WHERE id = @id`,
    ),
    insertAttempt: db.prepare<AttemptRow>(
      `INSERT INTO attempts (uuid, session_id, question_id, topic, kind, seed, params, answer, verdict,
                             score, elapsed_ms, hint_used, self_grade, rating, answered_at)
       VALUES (@uuid, @session_id, @question_id, @topic, @kind, @seed, @params, @answer, @verdict,
               @score, @elapsed_ms, @hint_used, @self_grade, @rating, @answered_at)
       ON CONFLICT (uuid) DO NOTHING`,
    ),
    insertReviewLog: db.prepare<ReviewLogRow>(
      `INSERT INTO review_log (attempt_id, question_id, rating, state, due, stability, difficulty,
                               elapsed_days, last_elapsed_days, scheduled_days, learning_steps, review)
       SELECT id, @question_id, @rating, @state, @due, @stability, @difficulty,
              @elapsed_days, @last_elapsed_days, @scheduled_days, @learning_steps, @review
       FROM attempts WHERE uuid = @attempt_uuid
       ON CONFLICT (attempt_id) DO NOTHING`,
    ),
    upsertCard: db.prepare<CardRow>(
      `INSERT INTO cards (question_id, due, stability, difficulty, elapsed_days, scheduled_days,
                          learning_steps, reps, lapses, state, last_review, last_rating)
       VALUES (@question_id, @due, @stability, @difficulty, @elapsed_days, @scheduled_days,
               @learning_steps, @reps, @lapses, @state, @last_review, @last_rating)
       ON CONFLICT (question_id) DO UPDATE SET
         due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
         elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
         learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
         state = excluded.state, last_review = excluded.last_review, last_rating = excluded.last_rating`,
    ),
    allCards: db.prepare<[], CardRow>('SELECT * FROM cards ORDER BY question_id'),
    /** Every card as a bare array (column order of CARD_COLUMNS): the fast path for loading thousands. */
    cardArrays: db
      .prepare<[], CardArray>(
        `SELECT question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses,
                state, last_review, last_rating FROM cards`,
      )
      .raw(),
    cardOf: db.prepare<[string], CardRow>('SELECT * FROM cards WHERE question_id = ?'),
    questionTotals: db.prepare<[], [string, number, number, number]>('SELECT question_id, attempts, correct, score FROM question_totals').raw(),
    sessionCount: db.prepare<[], number>('SELECT count(*) FROM sessions').pluck(),
    answersBetween: db
      .prepare<[number, number], [number, number]>(
        `SELECT count(*), coalesce(sum(verdict = 'correct'), 0) FROM attempts
         WHERE answered_at >= ? AND answered_at < ? AND verdict <> 'invalid'`,
      )
      .raw(),
    anyAnswerBetween: db.prepare<[number, number], number>(
      `SELECT 1 FROM attempts WHERE answered_at >= ? AND answered_at < ? AND verdict <> 'invalid' LIMIT 1`,
    ).pluck(),
    lastAttemptAt: db.prepare<[], number | null>(`SELECT max(answered_at) FROM attempts WHERE answered_at ${SOUND_TIME}`).pluck(),
    /** Attempts whose time no focal can have written (damaged by another tool): skipped with a warning. */
    unsoundAttempts: db
      .prepare<[], number>(
        // Two index range reads, empty in a sound database (NOT BETWEEN would scan the whole index).
        `SELECT (SELECT count(*) FROM attempts WHERE answered_at < ${EARLIEST_TIME}) + (SELECT count(*) FROM attempts WHERE answered_at > ${LATEST_TIME})`,
      )
      .pluck(),
    allSessions: db.prepare<[], SessionRow>('SELECT * FROM sessions ORDER BY started_at, id'),
    allAttempts: db.prepare<[], AttemptRow>(
      `SELECT uuid, session_id, question_id, topic, kind, seed, params, answer, verdict, score,
              elapsed_ms, hint_used, self_grade, rating, answered_at
       FROM attempts WHERE answered_at ${SOUND_TIME} ORDER BY id`,
    ),
    allReviewLogs: db.prepare<[], ReviewLogRow>(
      `SELECT a.uuid AS attempt_uuid, r.question_id, r.rating, r.state, r.due, r.stability, r.difficulty,
              r.elapsed_days, r.last_elapsed_days, r.scheduled_days, r.learning_steps, r.review
       FROM review_log r JOIN attempts a ON a.id = r.attempt_id WHERE a.answered_at ${SOUND_TIME} ORDER BY r.attempt_id`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
