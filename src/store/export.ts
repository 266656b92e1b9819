import { warnUnsoundAttempts } from './history.js';
import { loadPlanRecord } from './plan.js';
import { rowToAttempt, rowToCard, rowToSession } from './rows.js';
import { unsoundCardField } from './sound.js';
import type { SqliteProgressStore } from './progress-store.js';

/** Marks a file as a focal-drill progress export; `version` is the export format's. */
export const EXPORT_FORMAT = 'focal-drill-progress';
export const EXPORT_VERSION = 1;

/**
 * The whole progress as JSON, lossless: the interview plan, sessions, attempts, cards and review logs exactly
 * as stored (times as ms since the epoch), so importing it into an empty database gives the
 * same database. Yielded in pieces, one record per line, so a long history never has to sit
 * in memory as one string.
 */
export function* exportJson(store: SqliteProgressStore, exportedAt: number): Generator<string> {
  const s = store.statements;
  warnUnsoundAttempts(store);
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(new Date(exportedAt).toISOString())}`;
  // The interview plan (`focal plan`): {interview, target, minutesPerDay, setAt}, or null.
  yield `,\n"plan":${JSON.stringify(loadPlanRecord(store.db))}`;
  yield* jsonArray('sessions', s.allSessions.iterate(), (row) => rowToSession(row));
  yield* jsonArray('attempts', s.allAttempts.iterate(), (row) => rowToAttempt(row));
  yield* jsonArray('cards', soundCards(store), (row) => ({ questionId: row.question_id, ...rowToCard(row) }));
  yield* jsonArray('reviewLogs', s.allReviewLogs.iterate(), (row) => ({
    attemptId: row.attempt_uuid,
    questionId: row.question_id,
    rating: row.rating,
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    lastElapsedDays: row.last_elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    review: row.review,
  }));
  yield '}\n';
}

/** Cards an import would accept: a damaged one is left out, with a warning. */
function* soundCards(store: SqliteProgressStore) {
  let skipped = 0;
  for (const row of store.statements.allCards.iterate()) {
    if (unsoundCardField(rowToCard(row)) === null) yield row;
    else skipped += 1;
  }
  if (skipped > 0) store.warn({ key: 'store.skippedCardsExported', params: { n: skipped } });
}

function* jsonArray<Row>(key: string, rows: Iterable<Row>, toRecord: (row: Row) => unknown): Generator<string> {
  yield `,\n${JSON.stringify(key)}:[`;
  let first = true;
  for (const row of rows) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(toRecord(row))}`;
    first = false;
  }
  yield ']';
}

export const CSV_COLUMNS = [
  'attempt_id',
  'answered_at',
  'session_id',
  'question_id',
  'topic',
  'kind',
  'seed',
  'params',
  'answer',
  'verdict',
  'score',
  'elapsed_ms',
  'hint_used',
  'self_grade',
  'rating',
] as const;

/** The attempt history as CSV (RFC 4180: a header row, fields quoted when they need it). */
export function* exportCsv(store: SqliteProgressStore): Generator<string> {
  warnUnsoundAttempts(store);
  yield csvLine(CSV_COLUMNS);
  for (const row of store.statements.allAttempts.iterate()) {
    yield csvLine([
      row.uuid,
      new Date(row.answered_at).toISOString(),
      row.session_id,
      row.question_id,
      row.topic,
      row.kind,
      row.seed,
      row.params,
      row.answer,
      row.verdict,
      row.score,
      row.elapsed_ms,
      row.hint_used,
      row.self_grade,
      row.rating,
    ]);
  }
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** A field quoted (quotes doubled) when it holds a comma, quote or line break; null is empty. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
