import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { KINDS } from '../core/bank/types.js';
import { describeIssues, formatPath } from '../core/bank/issues.js';
import { InputError } from '../core/errors.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export.js';
import type { SqliteProgressStore } from './progress-store.js';
import { attemptToRow, cardToRow, reviewLogToRow, rowToCard, sessionToRow } from './rows.js';

const time = z.int();
const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const state = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const text = z.string();

const sessionSchema = z.object({
  id: text,
  startedAt: time,
  endedAt: z.nullable(time),
  mode: text,
  seed: z.nullable(z.int()),
  options: z.record(z.string(), z.unknown()),
});

const attemptSchema = z.object({
  id: text,
  sessionId: z.nullable(text),
  questionId: text,
  topic: text,
  kind: z.enum(KINDS),
  seed: z.nullable(z.int()),
  params: z.record(z.string(), z.number()),
  answer: z.string(),
  verdict: z.enum(['correct', 'partial', 'wrong', 'invalid']),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  elapsedMs: z.int().check(z.minimum(0)),
  hintUsed: z.boolean(),
  selfGrade: z.nullable(rating),
  rating: z.nullable(rating),
  answeredAt: time,
});

const cardSchema = z.object({
  questionId: text,
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.int(),
  reps: z.int(),
  lapses: z.int(),
  state,
  lastReview: z.nullable(time),
  lastRating: z.nullable(rating),
});

const reviewLogSchema = z.object({
  attemptId: text,
  questionId: text,
  rating,
  state,
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  lastElapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.int(),
  review: time,
});

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int(),
  exportedAt: z.optional(z.string()),
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
}

/** Reads and checks a json export; any problem is an InputError naming the file and the field. */
export function readExport(file: string): ProgressExport {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the file: ${(error as Error).message}`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new InputError(`not a focal-drill export: not JSON (${(error as Error).message})`, { file });
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new InputError(`not a focal-drill export (no "format": "${EXPORT_FORMAT}")`, { file });
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = describeIssues(parsed.error.issues, data);
    throw new InputError(issue?.message ?? 'not a valid export', { file, path: formatPath(issue?.path ?? []) });
  }
  if (parsed.data.version > EXPORT_VERSION) {
    throw new InputError(`made by a newer focal-drill (export format ${parsed.data.version}; this version reads up to ${EXPORT_VERSION})`, { file, path: 'version' });
  }
  checkReferences(parsed.data, file);
  return parsed.data;
}

function checkReferences(data: ProgressExport, file: string): void {
  const sessions = new Set(data.sessions.map((session) => session.id));
  data.attempts.forEach((attempt, index) => {
    if (attempt.sessionId !== null && !sessions.has(attempt.sessionId)) {
      throw new InputError(`session "${attempt.sessionId}" is not in the file`, { file, path: `attempts[${index}].sessionId` });
    }
  });
  const attempts = new Set(data.attempts.map((attempt) => attempt.id));
  data.reviewLogs.forEach((log, index) => {
    if (!attempts.has(log.attemptId)) throw new InputError(`attempt "${log.attemptId}" is not in the file`, { file, path: `reviewLogs[${index}].attemptId` });
  });
}

/**
 * Merges an export into the store in one transaction. Sessions, attempts and review logs
 * are keyed by their UUIDs, so importing the same file twice adds nothing. A card is taken
 * from the file when the database has none for that question or the file's was reviewed
 * more recently (the newest review wins; histories are not replayed).
 */
export function importProgress(store: SqliteProgressStore, data: ProgressExport): ImportReport {
  const s = store.statements;
  const merge = store.db.transaction((): ImportReport => {
    const report: ImportReport = { sessions: 0, attempts: 0, knownAttempts: 0, reviewLogs: 0, cards: 0 };
    const sessionsBefore = s.sessionCount.get() ?? 0;
    for (const session of data.sessions) s.mergeSession.run(sessionToRow(session));
    report.sessions = (s.sessionCount.get() ?? 0) - sessionsBefore;
    for (const attempt of data.attempts) {
      const added = s.insertAttempt.run(attemptToRow(attempt)).changes;
      report.attempts += added;
      report.knownAttempts += 1 - added;
    }
    for (const log of data.reviewLogs) {
      const { attemptId, questionId, ...entry } = log;
      report.reviewLogs += s.insertReviewLog.run(reviewLogToRow(attemptId, questionId, entry)).changes;
    }
    for (const { questionId, ...card } of data.cards) {
      const existing = s.cardOf.get(questionId);
      const theirs = card.lastReview ?? Number.NEGATIVE_INFINITY;
      const ours = existing ? (rowToCard(existing).lastReview ?? Number.NEGATIVE_INFINITY) : null;
      if (ours === null || theirs > ours) {
        s.upsertCard.run(cardToRow(questionId, card));
        report.cards += 1;
      }
    }
    return report;
  });
  return merge.immediate();
}
