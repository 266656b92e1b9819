import type { Database } from 'better-sqlite3';
import type { InterviewPlan } from '../core/plan/plan.js';

/** The stored interview plan, or null when none is set. */
export function loadPlan(db: Database): InterviewPlan | null {
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
