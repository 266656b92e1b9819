import { render } from 'ink';
import type { Lang } from '../../core/i18n.js';
import { makeUi } from '../ui-context.js';
import { UiRoot } from '../ui-root.js';
import { PlanScreen } from './plan-screen.js';

export interface PlanScreenOptions {
  lines: readonly string[];
  lang: Lang;
  color: boolean;
  canDrill: boolean;
  /** Settles when the screen must close at once (the process was asked to end): as going back. */
  stop?: Promise<void>;
}

/** Shows the plan until the learner starts today's drill (true) or goes back (false). */
export async function runPlanScreen({ lines, lang, color, canDrill, stop }: PlanScreenOptions): Promise<boolean> {
  let drill = false;
  const app = render(
    <UiRoot ui={makeUi(lang, color)}>
      <PlanScreen
        lines={lines}
        {...(canDrill
          ? {
              onDrill: () => {
                // The drill takes the screen over: leave no stale plan behind it.
                drill = true;
                app.clear();
                app.unmount();
              },
            }
          : {})}
        onBack={() => app.unmount()}
      />
    </UiRoot>,
    { exitOnCtrlC: false },
  );
  void stop?.then(() => app.unmount());
  await app.waitUntilExit();
  return drill;
}
