import { render } from 'ink';
import type { ReactNode } from 'react';
import { UiRoot } from '../ui-root.js';
import type { Ui } from '../ui-context.js';

/**
 * Shows a screen that ends by choosing something (its value) or going back (null), or at once
 * when `stop` settles (the process was asked to end), as going back. A choice clears the
 * screen: what it leads to (a drill) takes the terminal over, with nothing stale behind it.
 */
export async function runUntilChosen<T>(ui: Ui, screen: (choose: (value: T) => void, back: () => void) => ReactNode, stop?: Promise<void>): Promise<T | null> {
  let chosen: T | null = null;
  const app = render(
    <UiRoot ui={ui}>
      {screen(
        (value) => {
          chosen = value;
          app.clear();
          app.unmount();
        },
        () => app.unmount(),
      )}
    </UiRoot>,
    { exitOnCtrlC: false },
  );
  void stop?.then(() => app.unmount());
  await app.waitUntilExit();
  return chosen;
}
