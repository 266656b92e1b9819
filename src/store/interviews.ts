import type { SqliteProgressStore } from './progress-store.js';

/** A past mock interview, as `focal stats` lists it. */
export interface PastInterview {
  id: string;
  /** ISO 8601. */
  startedAt: string;
  /** The time it was given, in minutes. */
  minutes: number | null;
  /** Its score out of maxScore; null when it never reached its report (the process was killed). */
  score: number | null;
  maxScore: number | null;
  /** Answers stored in the session (retried unreadable ones not counted). */
  answered: number;
  finished: boolean;
}

/** Interviews listed by `focal stats`, newest first. */
export const LISTED_INTERVIEWS = 10;

/** The latest mock interviews with their scores (kept in the session's options by the interview's end). */
export function readInterviews(store: SqliteProgressStore, limit: number = LISTED_INTERVIEWS): PastInterview[] {
  const answered = store.db.prepare<[string], number>(`SELECT count(*) FROM attempts WHERE session_id = ? AND verdict <> 'invalid'`).pluck();
  return store.statements.interviews.all(limit).map((row) => {
    const options = parsed(row.options);
    const report = typeof options.report === 'object' && options.report !== null ? (options.report as Record<string, unknown>) : null;
    const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
    return {
      id: row.id,
      startedAt: new Date(row.started_at).toISOString(),
      minutes: number(options.minutes),
      score: report ? number(report.score) : null,
      maxScore: report ? number(report.maxScore) : null,
      answered: answered.get(row.id) ?? 0,
      finished: row.ended_at !== null && report !== null,
    };
  });
}

function parsed(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
