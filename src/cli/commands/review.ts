import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { userDefaults } from '../config.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import { runInkScreen } from '../ink-screen.js';
import { chooseFrontEnd, runInkDrillCommand } from '../run-drill.js';
import { loadProgress, progressJson } from '../progress.js';
import { u } from '../usage-words.js';

interface ReviewArgs extends GlobalArgs {
  plain?: boolean;
}

export const reviewCommand: CommandModule<GlobalArgs, ReviewArgs> = {
  command: 'review',
  get describe() {
    return u('usage.review');
  },
  builder: (y) =>
    y
      .option('plain', { type: 'boolean', describe: u('usage.review.plain') })
      .example('$0 review --plain', u('usage.review.example'))
      .example('$0 review --json', u('usage.sameAsJson')),
  handler: action(async (argv, output) => {
    const settings = settingsFrom(argv);
    const progress = await loadProgress(settings);
    if (!settings.json && chooseFrontEnd(argv.plain, process.stdin, process.stdout) === 'ink') {
      // The interactive screen: Enter on a topic drills it right away.
      const { lang, color } = settings;
      const topic = await runInkScreen({
        prepare: async () => progress,
        load: () => import('../../ui/review/run-review.js'),
        // A closed terminal or a kill goes back, as Esc does.
        show: ({ runInkReview }, { report, topicName }, { stop }) => runInkReview({ topics: report.topics, lang, color, topicName, stop }),
      });
      return topic === null ? 0 : runInkDrillCommand({ ...argv, topic: [topic], mode: userDefaults().mode ?? 'mixed', count: userDefaults().count ?? 10 });
    }
    const { drillCommandFor, renderReview } = await import('../line-mode/progress-text.js');
    if (settings.json) {
      const topics = progressJson(progress).topics;
      const weakest = topics[0]?.topic ?? null;
      output.out(`${JSON.stringify({ topics, weakest, drill: weakest ? drillCommandFor(weakest) : null, interview: progress.interview }, null, 2)}\n`);
      return 0;
    }
    output.out(renderReview(progress.report, settings.lang, progress.topicName));
    return 0;
  }),
};
