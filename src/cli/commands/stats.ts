import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import { loadProgress, progressJson } from '../progress.js';

export const statsCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'stats',
  describe: 'Progress: attempts, accuracy, mastery, due cards, streak',
  builder: (y) => y.example('$0 stats --json', 'the same as one JSON document'),
  handler: action(async (argv) => {
    const settings = settingsFrom(argv);
    const progress = await loadProgress(settings);
    if (settings.json) {
      // interview: the day mastery is measured for, while one is set (null: a week ahead).
      const json = { ...progressJson(progress), interview: progress.interview, interviews: progress.interviews };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const [{ renderStats }, { accuracyChartSection }, { renderInterviews }] = await Promise.all([
      import('../line-mode/progress-text.js'),
      import('../../ui/stats/accuracy-chart.js'),
      import('../line-mode/interview-list.js'),
    ]);
    process.stdout.write(renderStats(progress.report, settings.lang, progress.topicName, progress.now));
    process.stdout.write(renderInterviews(progress.interviews, progress.interview, settings.lang));
    process.stdout.write(accuracyChartSection(progress.report.history, settings));
    return 0;
  }),
};
