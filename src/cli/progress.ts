import type { ProgressReport } from '../core/schedule/progress.js';
import type { PastInterview } from '../store/interviews.js';
import type { Settings } from './globals.js';
import { openBank } from './bank.js';

/** What `stats` and `review` show: the progress report, with topic names in the chosen language. */
export interface LoadedProgress {
  report: ProgressReport;
  topicName: (topic: string) => string;
  now: number;
  /** The interview day mastery is measured for while one is set (`focal plan`), or null (a week ahead). */
  interview: string | null;
  /** The latest mock interviews, newest first. */
  interviews: PastInterview[];
}

export async function loadProgress(settings: Settings): Promise<LoadedProgress> {
  const [bank, { withStore, systemClock }, { readProgressReport }, { loadPlan }, { readInterviews }, plan] = await Promise.all([
    openBank(settings),
    import('../store/index.js'),
    import('../store/history.js'),
    import('../store/plan.js'),
    import('../store/interviews.js'),
    import('../core/plan/plan.js'),
  ]);
  const now = systemClock.now();
  const loaded = await withStore(
    settings.dbPath,
    (store) => {
      const stored = loadPlan(store.db);
      // Once an interview date is set, mastery is what the learner will know on that day.
      const horizon = plan.planMasteryHorizon(stored, now);
      return {
        report: readProgressReport(store, bank.questions, now, horizon),
        interview: plan.planActive(stored, now) ? stored.interview : null,
        interviews: readInterviews(store),
      };
    },
    { forReading: true, lang: settings.lang },
  );
  return { ...loaded, topicName: (topic) => bank.topics.get(topic)?.[settings.lang] ?? topic, now };
}

/** The report as JSON, each topic with its display name added. */
export function progressJson({ report, topicName }: LoadedProgress): ProgressReport {
  return { ...report, topics: report.topics.map((topic) => ({ ...topic, name: topicName(topic.topic) })) };
}
