// Renders a view inside the interface's providers, for ink-testing-library tests.
import { render } from 'ink-testing-library';
import type { ReactNode } from 'react';
import type { Lang } from '../../src/core/i18n.js';
import { makeUi } from '../../src/ui/ui-context.js';
import { UiRoot } from '../../src/ui/ui-root.js';

export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  right: '\u001B[C',
  enter: '\r',
  escape: '\u001B',
  backspace: '\u007F',
  space: ' ',
  ctrl: (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96),
} as const;

export function renderUi(node: ReactNode, lang: Lang = 'en') {
  const topics: Record<string, { en: string; zh: string }> = { numbers: { en: 'numbers', zh: '数值计算' }, 'code-review': { en: 'code review', zh: '代码审查' } };
  return render(<UiRoot ui={makeUi(lang, false, (topic) => topics[topic]?.[lang] ?? topic)}>{node}</UiRoot>);
}

/** Lets Ink process queued input and effects before the next assertion. */
export const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes keys one at a time, as a typist would, letting each one render. */
export async function press(stdin: { write: (data: string) => void }, ...keys: string[]) {
  for (const key of keys) {
    stdin.write(key);
    await tick();
  }
}
