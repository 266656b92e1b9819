import { render } from 'ink';
import type { Lang } from '../../core/i18n.js';
import type { DrillSession } from '../../core/session/session.js';
import type { SessionSummary } from '../../core/session/summary.js';
import { makeUi } from '../ui-context.js';
import { UiRoot } from '../ui-root.js';
import { DrillApp } from './drill-app.js';
import type { DrillTools, FirstQuestion } from './use-drill.js';
import { plotFor } from '../../text/plot-for.js';

export interface InkDrillOptions {
  session: DrillSession;
  lang: Lang;
  color: boolean;
  /** A topic's name in `lang`. */
  topicName: (topic: string) => string;
  /** The session's clock, ms since the epoch. */
  now: () => number;
  /** The progress database, named in the summary. */
  dbPath: string;
  /** Days to the interview when a date is set (`focal plan`). */
  daysLeft?: number | null;
  /**
   * Makes the session able to grade (and instantiate parametric questions): the command
   * passes the loader of its lazily imported grader here. Called once, after the first frame.
   */
  loadGrading?: () => Promise<void>;
  /** Settles when the interface must close at once (the process was asked to end). */
  stop?: Promise<void>;
  /** The first question, already taken from the session (and shown as plain text while Ink loaded). */
  first?: FirstQuestion;
  /** Called just before Ink draws its first frame (to erase what stood in for it). */
  beforeFirstFrame?: () => void;
}

/**
 * Runs a drill session in the Ink interface until the learner closes the summary; returns
 * the summary. Every answer is committed by the session before its verdict is shown.
 */
export async function runInkDrill(options: InkDrillOptions): Promise<SessionSummary> {
  const { session } = options;
  const loadTools = async (): Promise<DrillTools> => {
    const [, { mathPreviewer }, plot, { answerKey }] = await Promise.all([
      options.loadGrading?.(),
      import('../kinds/formula/math-previewer.js'),
      import('../../text/loss-plot.js'),
      import('../../core/grading/answer-key.js'),
    ]);
    return {
      previewer: mathPreviewer,
      plotFor: plotFor(plot.renderLossPlot, options.color),
      reveal: (instance) => answerKey(instance, options.lang).text,
    };
  };
  options.beforeFirstFrame?.();
  const app = render(
    <UiRoot ui={makeUi(options.lang, options.color, options.topicName)}>
      <DrillApp session={session} loadTools={loadTools} first={options.first} now={options.now} dbPath={options.dbPath} daysLeft={options.daysLeft ?? null} />
    </UiRoot>,
    // Ctrl-C is a key like Esc here: it ends the session with its summary.
    { exitOnCtrlC: false, maxFps: 60 },
  );
  // The CLI ends the interface early this way (a closed terminal, a kill): the session then ends as on Ctrl-C.
  void options.stop?.then(() => app.unmount());
  await app.waitUntilExit();
  return session.end();
}
