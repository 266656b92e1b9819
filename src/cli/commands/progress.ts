import type { ProgressReport } from '../../core/schedule/progress.js';
import type { Settings } from '../globals.js';
import { openBank } from './questions.js';

/** What `stats` and `review` show: the progress report, with topic names in the chosen language. */
export interface LoadedProgress {
  report: ProgressReport;
  topicName: (topic: string) => string;
  now: number;
}

export async function loadProgress(settings: Settings): Promise<LoadedProgress> {
  const [bank, { withStore, systemClock }, { readProgressReport }] = await Promise.all([
    openBank(settings),
    import('../../store/index.js'),
    import('../../store/history.js'),
  ]);
  const now = systemClock.now();
  const report = await withStore(settings.dbPath, (store) => readProgressReport(store, bank.questions, now), { forReading: true });
  return { report, topicName: (topic) => bank.topics.get(topic)?.[settings.lang] ?? topic, now };
}

/** The report as JSON, each topic with its display name added. */
export function progressJson({ report, topicName }: LoadedProgress): ProgressReport {
  return { ...report, topics: report.topics.map((topic) => ({ ...topic, name: topicName(topic.topic) })) };
}
