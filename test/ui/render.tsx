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

/** The frames each rendered view has drawn, found by its stdin (what `press` is given). */
const framesOf = new WeakMap<object, string[]>();

export function renderUi(node: ReactNode, lang: Lang = 'en') {
  const topics: Record<string, { en: string; zh: string }> = { numbers: { en: 'numbers', zh: '数值计算' }, 'code-review': { en: 'code review', zh: '代码审查' } };
  const view = render(<UiRoot ui={makeUi(lang, false, (topic) => topics[topic]?.[lang] ?? topic)}>{node}</UiRoot>);
  framesOf.set(view.stdin, view.frames);
  return view;
}

/** Lets Ink process queued input and effects before the next assertion. */
export const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** Longest wait for a key's frame: a key that changes nothing on screen draws none. */
const KEY_FRAME_MS = 1000;

/**
 * Writes keys one at a time, as a typist would, waiting for each one's frame (a loaded machine
 * can take longer than any fixed pause), then a moment for a follow-up render to settle.
 */
export async function press(stdin: { write: (data: string) => void }, ...keys: string[]) {
  const frames = framesOf.get(stdin);
  for (const key of keys) {
    const before = frames?.length ?? 0;
    stdin.write(key);
    if (frames) for (const start = Date.now(); frames.length === before && Date.now() - start < KEY_FRAME_MS; ) await tick(2);
    await tick(frames ? 10 : 20);
  }
}
