// Running a drill session: preparing it, then line mode or the Ink interface around it.
import type { Lang } from '../core/i18n.js';
import type { DrillMode } from '../core/schedule/pick.js';
import { resolve } from 'node:path';
import type { Bank } from '../core/bank/bank.js';
import type { DrillOptions, DrillSession, DrillSessionDeps } from '../core/session/session.js';
import type { SqliteProgressStore } from '../store/progress-store.js';
import { EXIT } from './action.js';
import { settingsFrom, type GlobalArgs, type Settings } from './globals.js';
import { closeAtExit } from './close-at-exit.js';
import { runInkScreen } from './ink-screen.js';

export interface DrillArgs extends GlobalArgs {
  topic?: string[];
  kind?: string[];
  count: number;
  mode: string;
  question?: string;
  seed?: number;
  plain?: boolean;
  /** Continue the latest interrupted session instead (src/cli/resume.ts). */
  resume?: boolean;
}

export type FrontEnd = 'line' | 'ink';

/**
 * Line mode with --plain, and whenever stdin or stdout is not a terminal (a pipe, a file, a
 * test): it never needs raw mode; also on TERM=dumb, which cannot move the cursor. Otherwise
 * the Ink interface. The one place that decides.
 */
export function chooseFrontEnd(
  plain: boolean | undefined,
  stdin: { isTTY?: boolean },
  stdout: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): FrontEnd {
  if (plain || !stdin.isTTY || !stdout.isTTY || env.TERM === 'dumb') return 'line';
  return 'ink';
}

/** How the session grades answers and draws parameters (both load mathjs). */
type Grading = Pick<DrillSessionDeps, 'grade' | 'instantiate'>;

async function loadGrading(): Promise<Grading> {
  const [{ instantiate }, { grade }] = await Promise.all([import('../core/bank/instantiate.js'), import('../core/grading/grade.js')]);
  return { instantiate, grade };
}

/** A drill session ready to run, with what a front end needs around it. */
export interface PreparedDrill {
  session: DrillSession;
  store: SqliteProgressStore;
  settings: Settings;
  topicName: (topic: string) => string;
  now: () => number;
  /** Days to the interview while a date is set (`focal plan`), else null. */
  daysLeft: number | null;
  /** Lines said before the first question (a resumed session: which one, and what of it is gone). */
  intro: string[];
}

/**
 * Loads the bank, opens the progress database and creates the session: every option is
 * checked here (unknown question, topic or kind → InputError, exit 2) before anything is
 * asked. The caller runs a front end on it and closes the store.
 */
export async function prepareDrill(argv: DrillArgs, grading?: Grading | Promise<Grading>): Promise<PreparedDrill> {
  let settings = settingsFrom(argv);
  // What the session needs comes in one import (drill-modules.ts); a resumed session's packs are known from it.
  const modules = import('./drill-modules.js');
  const [{ instantiate, grade }, { loadBank, defaultCacheDir, createDrillSession, SqliteProgressStore, systemClock, claimLatestUnfinished, thisProcess, storeError, loadPlan, planMasteryHorizon, planActive, daysLeft }] =
    await Promise.all([grading ?? loadGrading(), modules]);
  const openBank = (packDirs: string[]) => loadBank(packDirs, { cacheDir: defaultCacheDir() });
  const resuming = argv.resume ? await import('./resume.js') : null;
  resuming?.refuseSessionOptions(argv.rawArgs ?? []);
  const store = SqliteProgressStore.open(settings.dbPath, { lang: settings.lang });
  let claimed: string | null = null;
  try {
    let drillOptions: Omit<DrillOptions, 'lang' | 'plan' | 'masteryHorizon'>;
    let intro: string[] = [];
    let bank: Bank;
    if (resuming) {
      const claim = claimLatestUnfinished(store);
      if (!claim.resumable) throw resuming.nothingToResume(store.file, claim.busy);
      claimed = claim.resumable.session.id;
      const plan = resuming.resumePlan(claim.resumable, settings.packDirs, argv.lang === 'en' || argv.lang === 'zh' ? argv.lang : undefined);
      settings = { ...settings, packDirs: plan.packDirs, lang: plan.lang };
      bank = await openBank(settings.packDirs);
      drillOptions = plan.options;
      intro = resuming.resumeIntro(plan, claim.resumable.session.startedAt, { topics: new Set(bank.topics.keys()), questions: new Set(bank.questions.map((question) => question.id)) });
    } else {
      bank = await openBank(settings.packDirs);
      drillOptions = {
        mode: argv.mode as DrillMode,
        ...(argv.topic ? { topics: argv.topic } : {}),
        ...(argv.kind ? { kinds: argv.kind } : {}),
        count: argv.count,
        ...(argv.question !== undefined ? { questionId: argv.question } : {}),
        ...(argv.seed !== undefined ? { seed: argv.seed } : {}),
        // What --resume needs later: the packs as absolute folders, and which process runs the session.
        stored: { packs: settings.packDirs.map((dir) => resolve(dir)), runner: thisProcess() },
      };
    }
    const plan = loadPlan(store.db);
    const session = createDrillSession({
      bank,
      instantiate,
      grade,
      store,
      clock: systemClock,
      options: {
        ...drillOptions,
        lang: settings.lang,
        plan,
        // Weak topics and the summary's mastery look at the interview day once one is set.
        masteryHorizon: planMasteryHorizon(plan, systemClock.now()),
      },
    });
    const left = planActive(plan, systemClock.now()) ? daysLeft(plan, systemClock.now()) : null;
    return { session, store, settings, topicName: topicNamer(bank.topics, settings.lang), now: systemClock.now, daysLeft: left, intro };
  } catch (error) {
    // A session taken over and then not run is left as it was found: resumable.
    if (claimed !== null) {
      try {
        store.endSession(claimed, systemClock.now());
      } catch {
        // It stays marked as run by this process, which is ending: still resumable.
      }
    }
    store.close();
    throw storeError(error, store.file);
  }
}

function topicNamer(topics: ReadonlyMap<string, { en: string; zh: string }>, lang: Lang): (topic: string) => string {
  return (topic) => topics.get(topic)?.[lang] ?? topic;
}

export async function runLineDrill(argv: DrillArgs): Promise<number> {
  const drill = await prepareDrill(argv);
  const [{ runLineMode }, { t }, { storeError }] = await Promise.all([
    import('./line-mode/run-line-mode.js'),
    import('../core/words/index.js'),
    import('../store/open.js'),
  ]);
  const lang = drill.settings.lang;
  for (const line of drill.intro) process.stdout.write(`${line}\n`);
  if (drill.daysLeft !== null) {
    const { daysLeftText } = await import('../text/interview-text.js');
    process.stdout.write(`${daysLeftText(lang, drill.daysLeft)}\n`);
  }
  // However the process ends (a closed output pipe exits from its handler), the session ends with it.
  const done = closeAtExit(() => {
    drill.session.end();
    drill.store.close();
  });
  try {
    const summary = await runLineMode(drill.session, {
      input: process.stdin,
      write: (text) => process.stdout.write(text),
      lang,
      clock: { now: drill.now },
      topicName: drill.topicName,
      emptyReason: t(lang, argv.mode === 'due' ? 'line.empty.due' : argv.mode === 'new' ? 'line.empty.new' : 'line.empty.any'),
      echo: !process.stdin.isTTY,
    });
    return unsavedExit(summary.unsaved, drill.store.file, lang, t);
  } catch (error) {
    throw storeError(error, drill.store.file);
  } finally {
    done();
  }
}

/**
 * A session with answers the store never took ends with a line saying how many, and status 2:
 * like every failure of the database the user can fix (read-only, disk full, held locked).
 */
function unsavedExit(unsaved: number, file: string, lang: Lang, say: (lang: Lang, key: 'line.unsaved.final', params: Record<string, string | number>) => string): number {
  if (unsaved === 0) return 0;
  process.stderr.write(`focal: ${say(lang, 'line.unsaved.final', { file, n: unsaved })}\n`);
  return EXIT.invalid;
}

/**
 * The drill in the Ink interface. Ink and the question bank load side by side; mathjs (for
 * grading, parameters and the live preview) loads in the background after the first frame,
 * so the first question shows sooner.
 */
export async function runInkDrillCommand(argv: DrillArgs): Promise<number> {
  return runInkScreen({
    // The session first, then Ink: its first question is painted in plain text (first-frame.ts)
    // before Ink and React load, so the learner reads it while they do.
    prepare: async () => {
      // Every module the first paint needs comes in one import (drill-modules.ts).
      const { deferredGrading, paintFirstQuestion } = await import('./drill-modules.js');
      const grading = deferredGrading();
      const drill = await prepareDrill(argv, grading);
      // Said above the interface (and its plain first paint), which draw below it.
      for (const line of drill.intro) process.stdout.write(`${line}\n`);
      const first = { instance: drill.session.next(), shownAt: performance.now() };

      return { grading, drill, first, erase: paintFirstQuestion(drill, first.instance) };
    },
    load: () => import('../ui/drill/run-ink-drill.js'),
    loadAfterPrepare: true,
    show: async ({ runInkDrill }, { grading, drill, first, erase }, ending) => {
      try {
        const summary = await runInkDrill({
          session: drill.session,
          lang: drill.settings.lang,
          color: drill.settings.color,
          topicName: drill.topicName,
          now: drill.now,
          dbPath: drill.store.file,
          daysLeft: drill.daysLeft,
          loadGrading: grading.load,
          stop: ending.stop,
          first,
          ...(erase ? { beforeFirstFrame: erase } : {}),
        });
        // Ended by a signal: the summary Ink had no time to show is printed, status 0, like line mode.
        if (ending.signalled()) {
          const { renderSummary } = await import('./line-mode/render.js');
          process.stdout.write(renderSummary(summary, drill.settings.lang, drill.topicName, drill.now()));
        }
        const { t } = await import('../core/words/index.js');
        return unsavedExit(summary.unsaved, drill.store.file, drill.settings.lang, t);
      } catch (error) {
        const { storeError } = await import('../store/open.js');
        throw storeError(error, drill.store.file);
      }
    },
    close: ({ drill }) => drill.store.close(),
  });
}
