import { hostname } from 'node:os';
import { DRILL_MODES } from '../core/schedule/pick.js';
import type { AttemptRecord, SessionRecord } from '../core/session/store.js';
import type { SqliteProgressStore } from './progress-store.js';
import { rowToAttempt, rowToSession, type AttemptRow, type SessionRow } from './rows.js';

/**
 * Finding and taking over an interrupted drill session (`focal drill --resume`).
 *
 * A drill session keeps in its options how many questions it `planned`, the `packs` it ran
 * with and the process running it (`runner`: pid and host, removed when the session ends),
 * and gains `finished: true` when it runs to its end. It can be resumed while it is not
 * finished, has answered fewer questions than planned and no live process runs it.
 *
 * "Latest" is the session answered in most recently, by the order the attempts were written
 * (their row ids), never by the clock: a clock set back does not change which one it is.
 */

/** The process running a session. */
export interface Runner {
  pid: number;
  host: string;
}

export function thisProcess(): Runner {
  return { pid: process.pid, host: hostname() };
}

/**
 * Whether a session's runner is a live process other than `self`. A runner on another host
 * cannot be asked, so it counts as gone (a database copied from another machine resumes).
 */
export function stillRunning(runner: unknown, self: Runner): boolean {
  if (!isRunner(runner) || runner.host !== self.host || runner.pid === self.pid) return false;
  try {
    process.kill(runner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isRunner(value: unknown): value is Runner {
  if (typeof value !== 'object' || value === null) return false;
  const { pid, host } = value as Record<string, unknown>;
  return Number.isSafeInteger(pid) && (pid as number) > 0 && typeof host === 'string';
}

/** An interrupted session, taken over by this process. */
export interface Resumable {
  session: SessionRecord;
  planned: number;
  /** Its final answers, one per question (the latest), oldest first; unreadable rows left out. */
  answers: AttemptRecord[];
}

/** An unfinished session left alone because another process runs it. */
export interface Busy {
  startedAt: number;
  pid: number;
}

export interface ResumeClaim {
  resumable: Resumable | null;
  /** Newer unfinished sessions that are running elsewhere. */
  busy: Busy[];
}

const MODES = DRILL_MODES.map((mode) => `'${mode}'`).join(', ');

/**
 * Takes over the latest resumable drill session: marks it running in this process (and not
 * ended) in the same write transaction that chose it, so two processes resuming at once never
 * take the same session. Returns null in `resumable` when there is none.
 */
export function claimLatestUnfinished(store: SqliteProgressStore, self: Runner = thisProcess()): ResumeClaim {
  const db = store.db;
  const unfinished = db.prepare<[], SessionRow>(
    `SELECT s.id, s.started_at, s.ended_at, s.mode, s.seed, s.options FROM sessions s
     WHERE s.mode IN (${MODES}) AND json_valid(s.options)
       AND json_type(s.options, '$.planned') = 'integer' AND json_extract(s.options, '$.finished') IS NULL
     ORDER BY (SELECT max(a.id) FROM attempts a WHERE a.session_id = s.id) DESC NULLS LAST, s.rowid DESC`,
  );
  const answersOf = db.prepare<[string], AttemptRow>(
    `SELECT uuid, session_id, question_id, topic, kind, seed, params, answer, verdict, score,
            elapsed_ms, hint_used, self_grade, rating, answered_at
     FROM attempts WHERE session_id = ? AND verdict <> 'invalid' ORDER BY id`,
  );
  const claim = db.prepare<[string, string]>(`UPDATE sessions SET ended_at = NULL, options = json_set(options, '$.runner', json(?)) WHERE id = ?`);
  const choose = db.transaction((): ResumeClaim => {
    const busy: Busy[] = [];
    for (const row of unfinished.all()) {
      const session = rowToSession(row);
      const planned = session.options.planned as number;
      const answers = finalAnswers(answersOf.all(row.id));
      if (answers.length >= planned) continue;
      if (stillRunning(session.options.runner, self)) {
        busy.push({ startedAt: session.startedAt, pid: (session.options.runner as Runner).pid });
        continue;
      }
      claim.run(JSON.stringify(self), row.id);
      return { resumable: { session, planned, answers }, busy };
    }
    return { resumable: null, busy };
  });
  // BEGIN IMMEDIATE: the write lock is held from the choice to the claim.
  return choose.immediate();
}

/** The latest answer to each question, in the order of those answers; rows that do not read are skipped. */
function finalAnswers(rows: AttemptRow[]): AttemptRecord[] {
  const latest = new Map<string, AttemptRecord>();
  for (const row of rows) {
    let attempt: AttemptRecord;
    try {
      attempt = rowToAttempt(row);
    } catch {
      continue;
    }
    latest.delete(attempt.questionId);
    latest.set(attempt.questionId, attempt);
  }
  return [...latest.values()];
}
