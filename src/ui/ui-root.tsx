import type { ReactNode } from 'react';
import { KeyRouter } from './keys/key-router.js';
import { UiProvider, type Ui } from './ui-context.js';

/** What every Ink screen of focal sits in: language and colours, and the one keyboard listener. */
export function UiRoot({ ui, children }: { ui: Ui; children: ReactNode }) {
  return (
    <UiProvider ui={ui}>
      <KeyRouter>{children}</KeyRouter>
    </UiProvider>
  );
}
