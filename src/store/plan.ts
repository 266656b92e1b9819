import type { Database } from 'better-sqlite3';
import type { InterviewPlan } from '../core/plan/plan.js';

/** The stored interview plan, or null when none is set (or the database, read-only and older, has no plan table). */
export function loadPlan(db: Database): InterviewPlan | null {
  if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'interview_plan'`).get()) return null;
  const row = db.prepare('SELECT interview, target, minutes_per_day FROM interview_plan WHERE id = 1').get() as
    | { interview: string; target: number; minutes_per_day: number | null }
    | undefined;
  return row ? { interview: row.interview, target: row.target, minutesPerDay: row.minutes_per_day } : null;
}

export function savePlan(db: Database, plan: InterviewPlan, now: number): void {
  db.prepare(
    `INSERT INTO interview_plan (id, interview, target, minutes_per_day, set_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET interview = excluded.interview, target = excluded.target,
       minutes_per_day = excluded.minutes_per_day, set_at = excluded.set_at`,
  ).run(plan.interview, plan.target, plan.minutesPerDay, now);
}

export function clearPlan(db: Database): void {
  db.prepare('DELETE FROM interview_plan').run();
}

/** The plan with the time it was set, as `focal export` writes it (null when none is set). */
export function loadPlanRecord(db: Database): (InterviewPlan & { setAt: number }) | null {
  const plan = loadPlan(db);
  if (!plan) return null;
  const setAt = db.prepare('SELECT set_at FROM interview_plan WHERE id = 1').pluck().get() as number;
  return { ...plan, setAt };
}

/**
 * `focal import`: the file's plan is taken when the database has none, or when the file's was set
 * later (the latest decision about the interview wins, as the latest review of a card does).
 * Returns whether it was taken.
 */
export function mergePlan(db: Database, plan: InterviewPlan & { setAt: number }): boolean {
  const ours = loadPlanRecord(db);
  if (ours && ours.setAt >= plan.setAt) return false;
  savePlan(db, plan, plan.setAt);
  return true;
}
