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
  /** Settles when the interface must close at once (the process was asked to end). */
  stop?: Promise<void>;
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
  // The CLI ends the interface early this way (a closed terminal, a kill): the interview then ends as on Esc.
  void options.stop?.then(() => app.unmount());
  await app.waitUntilExit();
  return interview.end();
}
