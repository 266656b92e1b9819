import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import * as z from 'zod/mini';
import { KINDS } from '../core/bank/types.js';
import { describeIssues, formatPath, rule } from '../core/bank/issues.js';
import { InputError } from '../core/errors.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export.js';
import type { SqliteProgressStore } from './progress-store.js';
import { mergePlan } from './plan.js';
import { attemptToRow, cardToRow, reviewLogToRow, rowToCard, sessionToRow } from './rows.js';
import { EARLIEST_TIME, ID_PATTERN, LATEST_TIME, MAX_DAYS, MAX_DIFFICULTY, MAX_STABILITY_DAYS } from './sound.js';

/** A time focal-drill can have written (see sound.ts): 2000 to 2200. */
const time = z.int().check(z.minimum(EARLIEST_TIME), z.maximum(LATEST_TIME));
const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const state = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const text = z.string().check(z.maxLength(10_000));
const id = z.string().check(z.regex(ID_PATTERN, rule('store.import.idRule')));
const count = z.int().check(z.minimum(0), z.maximum(1_000_000_000));
const days = z.number().check(z.minimum(0), z.maximum(MAX_DAYS));
const stability = z.number().check(z.minimum(0), z.maximum(MAX_STABILITY_DAYS));
const difficulty = z.number().check(z.minimum(0), z.maximum(MAX_DIFFICULTY));
const seed = z.nullable(z.int());

const sessionSchema = z.object({
  id,
  startedAt: time,
  endedAt: z.nullable(time),
  mode: text,
  seed,
  options: z.record(z.string(), z.unknown()),
});

const attemptSchema = z.object({
  id,
  sessionId: z.nullable(id),
  questionId: id,
  topic: id,
  kind: z.enum(KINDS),
  seed,
  params: z.record(z.string(), z.number()),
  answer: z.string(),
  verdict: z.enum(['correct', 'partial', 'wrong', 'invalid']),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  elapsedMs: z.int().check(z.minimum(0), z.maximum(MAX_DAYS * 86_400_000)),
  hintUsed: z.boolean(),
  selfGrade: z.nullable(rating),
  rating: z.nullable(rating),
  answeredAt: time,
});

const cardSchema = z.object({
  questionId: id,
  due: time,
  stability,
  difficulty,
  elapsedDays: days,
  scheduledDays: days,
  learningSteps: count,
  reps: count,
  lapses: count,
  state,
  lastReview: z.nullable(time),
  lastRating: z.nullable(rating),
});

const reviewLogSchema = z.object({
  attemptId: id,
  questionId: id,
  rating,
  state,
  due: time,
  stability,
  difficulty,
  elapsedDays: days,
  lastElapsedDays: days,
  scheduledDays: days,
  learningSteps: count,
  review: time,
});

/** The interview plan; the day is checked as a calendar date after the schema (checkPlanDay). */
const planSchema = z.object({
  interview: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, rule('store.import.dayRule'))),
  target: z.number().check(z.gt(0), z.lt(1)),
  minutesPerDay: z.nullable(z.int().check(z.minimum(1), z.maximum(24 * 60))),
  setAt: time,
});

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int(),
  exportedAt: z.optional(z.string()),
  plan: z.optional(z.nullable(planSchema)),
  sessions: z.array(sessionSchema),
  attempts: z.array(attemptSchema),
  cards: z.array(cardSchema),
  reviewLogs: z.array(reviewLogSchema),
});

export type ProgressExport = z.infer<typeof exportSchema>;

export interface ImportReport {
  sessions: number;
  attempts: number;
  /** Attempts already in the database (same id), left as they were. */
  knownAttempts: number;
  reviewLogs: number;
  /** Cards added, or replaced by a more recently reviewed one from the file. */
  cards: number;
  /** The file's interview plan was taken (the database had none, or an older one). */
  plan: boolean;
}

/** The largest export read: far above a real history (a million attempts is about 300 MB as JSON). */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

/** Reads and checks a json export; any problem is an InputError naming the file and the field. */
export function readExport(file: string): ProgressExport {
  const source = readRegularFile(file);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new InputError({ key: 'store.import.notJson', params: { reason: (error as Error).message } }, { file });
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new InputError({ key: 'store.import.noFormat', params: { format: EXPORT_FORMAT } }, { file });
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = describeIssues(parsed.error.issues, data);
    throw new InputError(issue?.message ?? { key: 'store.import.invalid' }, { file, path: formatPath(issue?.path ?? []) });
  }
  if (parsed.data.version > EXPORT_VERSION) {
    throw new InputError({ key: 'store.import.newer', params: { version: parsed.data.version, latest: EXPORT_VERSION } }, { file, path: 'version' });
  }
  checkReferences(parsed.data, file);
  checkPlanDay(parsed.data, file);
  return parsed.data;
}

/**
 * The text of a regular file no bigger than MAX_EXPORT_BYTES. A device (/dev/zero), a FIFO or a
 * folder is refused before it is opened (opening a FIFO would wait for a writer for ever).
 */
function readRegularFile(file: string): string {
  let fd: number;
  try {
    if (!statSync(file).isFile()) throw new InputError({ key: 'store.import.notRegular' }, { file });
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ key: 'store.import.cannotRead', params: { reason: (error as Error).message } }, { file });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError({ key: 'store.import.notRegular' }, { file });
    if (stats.size > MAX_EXPORT_BYTES) throw new InputError({ key: 'store.import.tooLarge', params: { size: stats.size, limit: MAX_EXPORT_BYTES } }, { file });
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ key: 'store.import.cannotRead', params: { reason: (error as Error).message } }, { file });
  } finally {
    closeSync(fd);
  }
}

/** Each record's key appears once in its list: a second one would be silently dropped on import. */
function checkUnique<T>(items: readonly T[], key: (item: T) => string, path: (index: number) => string, file: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first !== undefined) throw new InputError({ key: 'store.import.twice', params: { value, first } }, { file, path: path(index) });
    seen.set(value, index);
  });
}

/** The plan's day is a real calendar day (2026-02-30 is not). */
function checkPlanDay(data: ProgressExport, file: string): void {
  const day = data.plan?.interview;
  if (day === undefined) return;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const parsed = new Date(year, month - 1, date);
  if (parsed.getFullYear() !== year || parsed.getMonth() !== month - 1 || parsed.getDate() !== date) {
    throw new InputError({ key: 'store.import.notADay', params: { day } }, { file, path: 'plan.interview' });
  }
}

function checkReferences(data: ProgressExport, file: string): void {
  checkUnique(data.sessions, (session) => session.id, (index) => `sessions[${index}].id`, file);
  checkUnique(data.attempts, (attempt) => attempt.id, (index) => `attempts[${index}].id`, file);
  checkUnique(data.cards, (card) => card.questionId, (index) => `cards[${index}].questionId`, file);
  checkUnique(data.reviewLogs, (log) => log.attemptId, (index) => `reviewLogs[${index}].attemptId`, file);
  const sessions = new Set(data.sessions.map((session) => session.id));
  data.attempts.forEach((attempt, index) => {
    if (attempt.sessionId !== null && !sessions.has(attempt.sessionId)) {
      throw new InputError({ key: 'store.import.noSession', params: { id: attempt.sessionId } }, { file, path: `attempts[${index}].sessionId` });
    }
  });
  const attempts = new Set(data.attempts.map((attempt) => attempt.id));
  data.reviewLogs.forEach((log, index) => {
    if (!attempts.has(log.attemptId)) throw new InputError({ key: 'store.import.noAttempt', params: { id: log.attemptId } }, { file, path: `reviewLogs[${index}].attemptId` });
  });
}

/**
 * How long, and for how many rows at most, one transaction may hold the write lock, and how
 * long the lock is then left free. SQLite does not queue writers: one that finds the lock taken
 * (a drill answering) sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25 ms between tries. A gap at least as
 * long as the longest of those sleeps is always found by one of its tries, so an answer waits for
 * at most about a batch and a gap (40 ms), never for the whole import; with gaps as short as the
 * batches, its tries could keep falling inside batches for over 100 ms. The time bound keeps a
 * batch short on a busy machine, where 500 rows took 60-80 ms instead of a few.
 */
export const IMPORT_BATCH_MS = 15;
export const IMPORT_BATCH_ROWS = 2000;
export const IMPORT_GAP_MS = 25;
/** The import's checkpoints: SQLite's default interval, 1000 pages (about 4 MB). */
const IMPORT_CHECKPOINT_PAGES = 1000;

/**
 * Merges an export into the store, in batches (IMPORT_BATCH_MS), each its own
 * transaction: sessions, then attempts, review logs and cards, so that every batch committed
 * refers only to rows already there, and an interrupted import leaves a consistent database that
 * importing the file again completes. Sessions, attempts and review logs are keyed by their
 * UUIDs, so importing the same file twice adds nothing. A card is taken from the file when the
 * database has none for that question or the file's was reviewed more recently (the newest
 * review wins; histories are not replayed); each card is compared inside its batch's transaction.
 */
export function importProgress(store: SqliteProgressStore, data: ProgressExport): ImportReport {
  // The import copies its own writes from the WAL into the file as it goes. Left to the store's
  // rare checkpoints (WAL_CHECKPOINT_PAGES), its tens of megabytes would be copied, with an
  // fsync, by whichever commit came next: often a drill's answer, which then took 150-200 ms.
  const checkpointPages = store.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  store.db.pragma(`wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`);
  try {
    return mergeExport(store, data);
  } finally {
    store.db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
  }
}

function mergeExport(store: SqliteProgressStore, data: ProgressExport): ImportReport {
  const s = store.statements;
  const report: ImportReport = { sessions: 0, attempts: 0, knownAttempts: 0, reviewLogs: 0, cards: 0, plan: false };
  inBatches(store, data.sessions, (session) => {
    const before = s.sessionCount.get() ?? 0;
    s.mergeSession.run(sessionToRow(session));
    report.sessions += (s.sessionCount.get() ?? 0) - before;
  });
  inBatches(store, data.attempts, (attempt) => {
    const added = s.insertAttempt.run(attemptToRow(attempt)).changes;
    report.attempts += added;
    report.knownAttempts += 1 - added;
  });
  inBatches(store, data.reviewLogs, ({ attemptId, questionId, ...entry }) => {
    report.reviewLogs += s.insertReviewLog.run(reviewLogToRow(attemptId, questionId, entry)).changes;
  });
  inBatches(store, data.cards, ({ questionId, ...card }) => {
    const existing = s.cardOf.get(questionId);
    const theirs = card.lastReview ?? Number.NEGATIVE_INFINITY;
    const ours = existing ? (rowToCard(existing).lastReview ?? Number.NEGATIVE_INFINITY) : null;
    if (ours === null || theirs > ours) {
      s.upsertCard.run(cardToRow(questionId, card));
      report.cards += 1;
    }
  });
  if (data.plan) {
    const plan = data.plan;
    report.plan = store.db.transaction(() => mergePlan(store.db, plan)).immediate();
  }
  return report;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function inBatches<T>(store: SqliteProgressStore, items: readonly T[], write: (item: T) => void): void {
  /** Writes from `from` until the batch is full or its time is up; returns where the next batch starts. */
  const batch = store.db.transaction((from: number): number => {
    const end = Math.min(items.length, from + IMPORT_BATCH_ROWS);
    const deadline = performance.now() + IMPORT_BATCH_MS;
    let index = from;
    do write(items[index++]!);
    while (index < end && performance.now() < deadline);
    return index;
  });
  for (let from = 0; from < items.length; ) {
    from = batch.immediate(from);
    if (from < items.length) Atomics.wait(pause, 0, 0, IMPORT_GAP_MS);
  }
}
