import { render } from 'ink';
import type { Lang } from '../../core/i18n.js';
import { makeUi } from '../ui-context.js';
import { UiRoot } from '../ui-root.js';
import { PlanScreen } from './plan-screen.js';

/** Shows the plan until the learner starts today's drill (true) or goes back (false). */
export async function runPlanScreen({ lines, lang, color, canDrill }: { lines: readonly string[]; lang: Lang; color: boolean; canDrill: boolean }): Promise<boolean> {
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
  await app.waitUntilExit();
  return drill;
}
