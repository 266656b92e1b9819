import type { CommandModule } from 'yargs';
import { InputError } from '../../core/errors.js';
import type { InterviewSession } from '../../core/interview/interview.js';
import type { InterviewReport } from '../../core/interview/report.js';
import type { SqliteProgressStore } from '../../store/progress-store.js';
import { action } from '../action.js';
import { refusing, wholeNumber } from '../number-options.js';
import { settingsFrom, type GlobalArgs, type Settings } from '../globals.js';
import { closeAtExit } from '../close-at-exit.js';
import { runInkScreen } from '../ink-screen.js';
import { chooseFrontEnd } from '../run-drill.js';
import { openBank } from '../bank.js';
import { u } from '../usage-words.js';

interface InterviewArgs extends GlobalArgs {
  minutes: number;
  seed?: number;
  plain?: boolean;
}

/** `--minutes`: a number of minutes above 0 (fractions allowed: 0.5 is thirty seconds), as typed. */
const minutesOption = refusing((value: unknown): number => {
  const last = Array.isArray(value) ? value.at(-1) : value;
  const text = typeof last === 'string' ? last.trim() : last;
  const minutes = typeof text === 'number' ? text : typeof text === 'string' && /^\+?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  if (!(minutes > 0 && minutes <= 180)) {
    const value = last === true || last === undefined ? { key: 'error.nothing' as const } : JSON.stringify(String(last));
    throw new InputError({ key: 'error.interviewMinutes', params: { value } });
  }
  return minutes;
});

/** An interview ready to run: every option checked, the database open. */
interface PreparedInterview {
  interview: InterviewSession;
  store: SqliteProgressStore;
  settings: Settings;
  topicName: (topic: string) => string;
  now: () => number;
}

async function prepareInterview(argv: InterviewArgs): Promise<PreparedInterview> {
  const settings = settingsFrom(argv);
  const [bank, { instantiate }, { grade }, { createInterview }, { SqliteProgressStore, systemClock }, { loadPlan }, { planMasteryHorizon }] = await Promise.all([
    openBank(settings),
    import('../../core/bank/instantiate.js'),
    import('../../core/grading/grade.js'),
    import('../../core/interview/interview.js'),
    import('../../store/index.js'),
    import('../../store/plan.js'),
    import('../../core/plan/plan.js'),
  ]);
  const store = SqliteProgressStore.open(settings.dbPath, { lang: settings.lang });
  try {
    const plan = loadPlan(store.db);
    const started = performance.now();
    const interview = createInterview({
      bank,
      instantiate,
      grade,
      store,
      clock: systemClock,
      // The time limit runs on a monotonic clock: FOCAL_NOW holds the calendar, not the interview.
      elapsed: () => performance.now() - started,
      options: {
        minutes: argv.minutes,
        ...(argv.seed !== undefined ? { seed: argv.seed } : {}),
        lang: settings.lang,
        masteryHorizon: planMasteryHorizon(plan, systemClock.now()),
      },
    });
    return { interview, store, settings, topicName: (topic) => bank.topics.get(topic)?.[settings.lang] ?? topic, now: systemClock.now };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** The report as the contract's JSON document (extra keys: the stage names, verdicts and scores). */
export function reportJson(report: InterviewReport): object {
  return {
    minutes: report.minutes,
    score: report.score,
    maxScore: report.maxScore,
    seconds: report.seconds,
    timeUp: report.timeUp,
    stages: report.stages.map(({ stage, name, questions, correct, seconds, missed, verdicts, score }) => ({ stage, name, questions, correct, seconds, missed, verdicts, score })),
    weakest: report.weakest,
  };
}

/** Answers the database never took: one line saying how many, and status 2, as after a drill. */
async function unsavedExit(interview: InterviewSession, file: string, lang: Settings['lang']): Promise<number> {
  const unsaved = interview.unsaved();
  if (unsaved === 0) return 0;
  const { t } = await import('../../core/words/index.js');
  process.stderr.write(`focal: ${t(lang, 'line.unsaved.final', { file, n: unsaved })}\n`);
  return 2;
}

async function runLineInterview(argv: InterviewArgs): Promise<number> {
  const prepared = await prepareInterview(argv);
  const [{ runInterviewLine }, { storeError }] = await Promise.all([import('../line-mode/run-interview-line.js'), import('../../store/open.js')]);
  const { settings } = prepared;
  // However the process ends (a closed output pipe exits from its handler), the interview ends with it.
  const done = closeAtExit(() => {
    prepared.interview.end();
    prepared.store.close();
  });
  try {
    // With --json, stdout holds the report alone; the questions and verdicts go to stderr.
    const out = settings.json ? process.stderr : process.stdout;
    const report = await runInterviewLine(prepared.interview, {
      input: process.stdin,
      write: (text) => out.write(text),
      lang: settings.lang,
      clock: { now: () => performance.now() },
      topicName: prepared.topicName,
      emptyReason: '',
      echo: !process.stdin.isTTY,
      report: !settings.json,
    });
    if (settings.json) process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    return unsavedExit(prepared.interview, prepared.store.file, settings.lang);
  } catch (error) {
    throw storeError(error, prepared.store.file);
  } finally {
    done();
  }
}

async function runInkInterview(argv: InterviewArgs): Promise<number> {
  return runInkScreen({
    prepare: () => prepareInterview(argv),
    load: () => import('../../ui/interview/run-ink-interview.js'),
    show: async ({ runInkInterview: run }, prepared, ending) => {
      const { settings } = prepared;
      try {
        const report = await run({ interview: prepared.interview, lang: settings.lang, color: settings.color, topicName: prepared.topicName, now: prepared.now, stop: ending.stop });
        if (settings.json) process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
        else if (ending.signalled()) {
          // Ended by a signal, as the drill is: the report Ink had no time to show is printed, status 0.
          const { reportLines } = await import('../../text/interview-text.js');
          process.stdout.write(`\n${reportLines(report, settings.lang).join('\n')}\n`);
        }
        return unsavedExit(prepared.interview, prepared.store.file, settings.lang);
      } catch (error) {
        const { storeError } = await import('../../store/open.js');
        throw storeError(error, prepared.store.file);
      }
    },
    close: (prepared) => prepared.store.close(),
  });
}

export const interviewCommand: CommandModule<GlobalArgs, InterviewArgs> = {
  command: 'interview',
  get describe() {
    return u('usage.interview');
  },
  builder: (y) =>
    y
      .option('minutes', { requiresArg: true, coerce: minutesOption, default: 20, describe: u('usage.interview.minutes') })
      .option('seed', { requiresArg: true, coerce: wholeNumber('seed'), describe: u('usage.seed') })
      .option('plain', { type: 'boolean', describe: u('usage.interview.plain') })
      .example('$0 interview', u('usage.interview.example'))
      .example('$0 interview --minutes 10 --seed 7', u('usage.interview.example2'))
      .example('$0 interview --plain --json < answers.txt 2> questions.txt', u('usage.interview.example3')),
  handler: action((argv) => {
    switch (chooseFrontEnd(argv.plain, process.stdin, process.stdout)) {
      case 'line':
        return runLineInterview(argv);
      case 'ink':
        return runInkInterview(argv);
    }
  }),
};
