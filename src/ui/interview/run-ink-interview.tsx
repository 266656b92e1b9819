import { render } from 'ink';
import type { Lang } from '../../core/i18n.js';
import type { InterviewReport } from '../../core/interview/report.js';
import { plotFor } from '../../text/plot-for.js';
import type { DrillTools } from '../drill/use-drill.js';
import { makeUi } from '../ui-context.js';
import { UiRoot } from '../ui-root.js';
import { InterviewApp } from './interview-app.js';
import type { InterviewPort } from './use-interview.js';

export interface InkInterviewOptions {
  interview: InterviewPort;
  lang: Lang;
  color: boolean;
  topicName: (topic: string) => string;
  /** The session's clock, ms since the epoch. */
  now: () => number;
}

/** Runs the mock interview in the Ink interface until the learner closes the report; returns the report. */
export async function runInkInterview(options: InkInterviewOptions): Promise<InterviewReport> {
  const { interview } = options;
  const loadTools = async (): Promise<DrillTools> => {
    const [{ mathPreviewer }, plot] = await Promise.all([import('../kinds/formula/math-previewer.js'), import('../../text/loss-plot.js')]);
    return { previewer: mathPreviewer, plotFor: plotFor(plot.renderLossPlot, options.color) };
  };
  const app = render(
    <UiRoot ui={makeUi(options.lang, options.color, options.topicName)}>
      <InterviewApp interview={interview} loadTools={loadTools} />
    </UiRoot>,
    { exitOnCtrlC: false, maxFps: 60 },
  );
  // A closed terminal or a kill still ends the interview properly (answers are already saved).
  const onSignal = (signal: NodeJS.Signals) => {
    interview.end();
    app.unmount();
    process.exit(signal === 'SIGHUP' ? 129 : 143);
  };
  process.once('SIGHUP', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await app.waitUntilExit();
  } finally {
    process.off('SIGHUP', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return interview.end();
}
