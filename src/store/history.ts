import type { Question } from '../core/bank/types.js';
import type { MasteryHorizon } from '../core/schedule/mastery.js';
import { progressReport, type DayCount, type ProgressFacts, type ProgressReport } from '../core/schedule/progress.js';
import type { SqliteProgressStore } from './progress-store.js';
import type { Statements } from './statements.js';

/** Days of history `focal stats` shows. */
export const HISTORY_DAYS = 14;
/** A streak longer than this is reported as this: the walk back has to stop somewhere. */
const STREAK_LIMIT_DAYS = 3660;

/**
 * Gathers the facts behind `focal stats` without scanning the whole attempts table:
 * per-question counters (kept by a trigger), index range reads for recent days and the
 * streak. Days are local calendar days of the machine running focal.
 */
export function progressFacts(statements: Statements, now: number, historyDays: number = HISTORY_DAYS): ProgressFacts {
  const totals = statements.questionTotals.all().map(([questionId, attempts, correct, score]) => ({ questionId, attempts, correct, score }));
  return {
    totals,
    sessions: statements.sessionCount.get() ?? 0,
    streakDays: streak(statements, now),
    history: recentDays(statements, now, historyDays),
    lastAttemptAt: statements.lastAttemptAt.get() ?? null,
  };
}

function recentDays(statements: Statements, now: number, days: number): DayCount[] {
  const history: DayCount[] = [];
  let start = startOfDay(now);
  for (let i = 0; i < days; i++) {
    const [attempts, correct] = statements.answersBetween.get(start, nextDayStart(start))!;
    history.unshift({ date: localDate(start), attempts, correct });
    start = previousDayStart(start);
  }
  return history;
}

/** Consecutive days with a graded answer, ending today, or yesterday when nothing was answered yet today. */
function streak(statements: Statements, now: number): number {
  let dayStart = startOfDay(now);
  const answeredOn = (start: number) => statements.anyAnswerBetween.get(start, nextDayStart(start)) !== undefined;
  if (!answeredOn(dayStart)) dayStart = previousDayStart(dayStart);
  let days = 0;
  while (days < STREAK_LIMIT_DAYS && answeredOn(dayStart)) {
    days += 1;
    dayStart = previousDayStart(dayStart);
  }
  return days;
}

/** Attempts with an impossible time are left out of every read: say so, once. */
export function warnUnsoundAttempts(store: SqliteProgressStore): void {
  const unsound = store.statements.unsoundAttempts.get() ?? 0;
  if (unsound > 0) store.warn({ key: 'store.skippedAttempts', params: { n: unsound } });
}

export function startOfDay(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

// Calendar arithmetic, not 24 h steps: a day is 23 or 25 hours when the clocks change.
function nextDayStart(dayStart: number): number {
  const date = new Date(dayStart);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

function previousDayStart(dayStart: number): number {
  const date = new Date(dayStart);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - 1).getTime();
}

export function localDate(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `focal stats` / `focal review`: the whole progress report for the bank's questions at `now`. */
export function readProgressReport(store: SqliteProgressStore, questions: readonly Question[], now: number, horizon?: MasteryHorizon): ProgressReport {
  warnUnsoundAttempts(store);
  return progressReport(questions, store.loadCards(), progressFacts(store.statements, now), now, horizon);
}
