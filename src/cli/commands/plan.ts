import type { CommandModule } from 'yargs';

import { InputError } from '../../core/errors.js';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import type { Output } from '../output.js';
import { openBank } from '../bank.js';
import { userDefaults } from '../config.js';
import { runInkScreen } from '../ink-screen.js';
import { chooseFrontEnd, runInkDrillCommand } from '../run-drill.js';
import { u } from '../usage-words.js';

interface PlanArgs extends GlobalArgs {
  interview?: string;
  target?: number;
  'minutes-per-day'?: number;
  clear?: boolean;
  plain?: boolean;
}

export const planCommand: CommandModule<GlobalArgs, PlanArgs> = {
  command: 'plan',
  get describe() {
    return u('usage.plan');
  },
  builder: (y) =>
    y
      .option('interview', { type: 'string', describe: u('usage.plan.interview') })
      .option('target', { type: 'number', describe: u('usage.plan.target') })
      .option('minutes-per-day', { type: 'number', describe: u('usage.plan.minutesPerDay') })
      .option('clear', { type: 'boolean', describe: u('usage.plan.clear') })
      .option('plain', { type: 'boolean', describe: u('usage.plan.plain') })
      .example('$0 plan --interview 2026-12-13', u('usage.plan.example'))
      .example('$0 plan --minutes-per-day 15', u('usage.plan.example2'))
      .example('$0 plan --json', '{interview, daysLeft, target, topics, days}'),
  handler: action(plan),
};

async function plan(argv: PlanArgs, output: Output): Promise<number> {
  const settings = settingsFrom(argv);
  const [core, { withStore, systemClock }, { loadPlan, savePlan, clearPlan }] = await Promise.all([
    import('../../core/plan/plan.js'),
    import('../../store/index.js'),
    import('../../store/plan.js'),
  ]);
  const now = systemClock.now();
  const changes = argv.interview !== undefined || argv.target !== undefined || argv['minutes-per-day'] !== undefined;
  if (argv.clear && changes) throw new InputError({ key: 'error.clearWith' });
  if (argv.interview !== undefined && core.parseDay(argv.interview) < core.startOfDay(now)) {
    throw new InputError({ key: 'error.pastDay', params: { day: argv.interview } });
  }
  if (argv.target !== undefined && !(argv.target > 0 && argv.target < 1)) throw new InputError({ key: 'error.target', params: { value: String(argv.target) } });
  const minutes = argv['minutes-per-day'];
  if (minutes !== undefined && !(Number.isInteger(minutes) && minutes > 0)) throw new InputError({ key: 'error.minutesPerDay', params: { value: String(minutes) } });

  const bank = await openBank(settings);
  const { stored, cards } = await withStore(settings.dbPath, (store) => {
    let current = loadPlan(store.db);
    if (argv.clear) {
      clearPlan(store.db);
      current = null;
    } else if (changes) {
      if (!current && argv.interview === undefined) throw new InputError({ key: 'error.noPlan' });
      current = {
        interview: argv.interview ?? current!.interview,
        target: argv.target ?? current?.target ?? core.DEFAULT_TARGET,
        minutesPerDay: minutes ?? current?.minutesPerDay ?? null,
      };
      savePlan(store.db, current, now);
    }
    return { stored: current, cards: store.loadCards() };
  }, { lang: settings.lang });

  const projection = stored ? core.projectPlan(bank.questions, cards, stored, now) : null;
  const topicName = (topic: string) => bank.topics.get(topic)?.[settings.lang] ?? topic;
  if (settings.json) {
    const document = projection
      ? {
          interview: projection.interview,
          daysLeft: projection.daysLeft,
          target: projection.target,
          minutesPerDay: projection.minutesPerDay,
          topics: projection.topics.map(({ topic, recallOnDay, fallsShort }) => ({ topic, recallOnDay: round(recallOnDay), fallsShort })),
          days: projection.days,
        }
      : { interview: null, daysLeft: null, target: null, minutesPerDay: null, topics: [], days: [] };
    output.out(`${JSON.stringify(document, null, 2)}\n`);
    return 0;
  }
  const { renderPlan } = await import('../line-mode/plan-text.js');
  const text = renderPlan(projection, settings.lang, topicName, argv.clear === true);
  if (!projection || chooseFrontEnd(argv.plain, process.stdin, process.stdout) === 'line') {
    output.out(text);
    return 0;
  }
  // On a terminal: the plan as a screen, from which Enter starts today's drill.
  const canDrill = core.planActive(stored, now);
  const drill = await runInkScreen({
    prepare: async () => text.replace(/\n$/, '').split('\n'),
    load: () => import('../../ui/plan/run-plan-screen.js'),
    // A closed terminal or a kill goes back, as Esc does.
    show: ({ runPlanScreen }, lines, { stop }) => runPlanScreen({ lines, lang: settings.lang, color: settings.color, canDrill, stop }),
  });
  if (!drill) return 0;
  const defaults = userDefaults();
  return runInkDrillCommand({ ...argv, mode: defaults.mode ?? 'mixed', count: projection.perDay ?? defaults.count ?? 10 });
}

const round = (value: number) => Math.round(value * 1000) / 1000;

