import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import type { Output } from '../output.js';
import { loadProgress, progressJson } from '../progress.js';
import { u } from '../usage-words.js';

export const statsCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'stats',
  get describe() {
    return u('usage.stats');
  },
  builder: (y) => y.example('$0 stats --json', u('usage.sameAsJson')),
  handler: action(runStats),
};

/** `focal stats`: the progress report. */
export async function runStats(argv: GlobalArgs, output: Output): Promise<number | void> {
  const settings = settingsFrom(argv);
  const progress = await loadProgress(settings);
  if (settings.json) {
    // interview: the day mastery is measured for, while one is set (null: a week ahead).
    const json = { ...progressJson(progress), interview: progress.interview, interviews: progress.interviews };
    output.out(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const [{ renderStats, accuracyChartSection }, { renderInterviews }] = await Promise.all([import('../line-mode/progress-text.js'), import('../line-mode/interview-list.js')]);
  // Tables fit the terminal (80 columns when the output is not one).
  output.out(renderStats(progress.report, settings.lang, progress.topicName, progress.now, output.columns ?? 80));
  output.out(renderInterviews(progress.interviews, progress.interview, settings.lang));
  output.out(accuracyChartSection(progress.report.history, settings));
  return 0;
}
