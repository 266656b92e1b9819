// Every question kind of the bundled deck at 40×10, 60×15 and 80×24, driven in a real
// pseudo-terminal and read back through a terminal emulator: the question's first line, the
// input line and then the verdict are on the screen, and nothing was pushed into scrollback.
// For each kind the deck's hardest cases to fit are taken: the longest prompt, the tallest
// option, the most given lines, the longest model answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Question } from '../../src/core/bank/types.js';
import { wrapText } from '../../src/text/wrap.js';
import { PTY_KEYS as KEY, PtyFocal } from '../helpers/pty.js';
import { emulate } from '../helpers/terminal-emulator.js';

const dir = mkdtempSync(join(tmpdir(), 'focal-small-kinds-'));
const running: PtyFocal[] = [];
afterEach(() => {
  for (const focal of running.splice(0)) focal.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Parametric prompts change with the draw; the first line of a fixed one can be looked for.
const deck = (await loadBank([])).questions.filter((question) => !question.params);
const ofKind = <K extends Question['kind']>(kind: K) => deck.filter((question): question is Extract<Question, { kind: K }> => question.kind === kind);
const tallest = <Q extends Question>(questions: Q[], size: (question: Q) => number): Q =>
  questions.reduce((best, question) => (size(question) > size(best) ? question : best));
const rowsAt40 = (text: string, indent = 0) => wrapText(text, 38 - indent).length;

/** How a kind is answered, and what its input line shows before and after. */
interface Answering {
  /** The input line, as first shown. */
  input: RegExp;
  keys: string[];
  /** The input line once answered (before submitting). */
  answered: RegExp;
  submit: string[];
}
const ANSWERING: Record<Question['kind'], Answering> = {
  single: { input: /▸ \(•\) a\./, keys: ['b'], answered: /▸ \(•\) b\./, submit: [KEY.enter] },
  multiple: { input: /▸ \[ \] a\./, keys: [KEY.space], answered: /▸ \[x\] a\./, submit: [KEY.enter] },
  numeric: { input: /answer › /, keys: ['0.5'], answered: /answer › 0\.5/, submit: [KEY.enter] },
  expression: { input: /answer › /, keys: ['1'], answered: /answer › 1/, submit: [KEY.enter] },
  derivation: { input: /^ *1 │/m, keys: ['= 1'], answered: /1 │ = 1/, submit: [KEY.ctrl('d')] },
  // A free answer is compared with the model answer, then graded by its writer (3: mostly).
  free: { input: /answer › /, keys: ['it weights easy examples down'], answered: /answer › it weights/, submit: [KEY.enter, '3'] },
  'code-review': { input: /▸ +1 │/, keys: [KEY.space], answered: /▸\[x\] *1 │/, submit: [KEY.enter] },
};

const picks: Question[] = [
  ...(['single', 'multiple', 'numeric', 'expression', 'derivation', 'free', 'code-review'] as const).map((kind) =>
    tallest<Question>(ofKind(kind), (question) => rowsAt40(question.prompt.en)),
  ),
  ...(['single', 'multiple'] as const).map((kind) => tallest(ofKind(kind), (question) => Math.max(...question.options.map((option) => rowsAt40(option.text.en, 9))))),
  tallest(ofKind('derivation'), (question) => [question.start, ...question.let, question.where ?? '', question.goal].reduce((sum, text) => sum + rowsAt40(text, 7), 0)),
  tallest(ofKind('free'), (question) => rowsAt40(question.model.en) + question.keyPoints.reduce((sum, point) => sum + rowsAt40(point.en, 2), 0)),
];
const cases = [...new Map(picks.map((question) => [question.id, question])).values()];

/** Waits until the screen shows all of `wanted` and nothing has been written for a moment (no frame on its way). */
async function settle(focal: PtyFocal, wanted: RegExp[]): Promise<void> {
  await focal.waitFor((screen) => wanted.every((pattern) => pattern.test(screen)));
  for (let length = -1; length !== focal.raw.length; ) {
    length = focal.raw.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
}

/** What a terminal of this size shows now; fails when any row went up into scrollback. */
async function onScreen(focal: PtyFocal, cols: number, rows: number): Promise<string> {
  const { screen, all } = await emulate(focal.raw, cols, rows);
  expect(all.length, `rows pushed into scrollback:\n${all.slice(0, all.length - rows).join('\n')}`).toBe(rows);
  return screen.join('\n');
}

describe.each([
  [40, 10],
  [60, 15],
  [80, 24],
])('at %i×%i', (cols, rows) => {
  it.each(cases.map((question) => [question.kind, question.id, question] as const))(
    '%s (%s): the question, the input and the verdict stay on screen',
    async (kind, id, question) => {
      const answering = ANSWERING[kind];
      const firstLine = wrapText(question.prompt.en, cols - 2)[0]!.trim();
      const prompt = new RegExp(firstLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const focal = new PtyFocal(['--question', id, '--seed', '1', '--lang', 'en', '--db', join(dir, `${cols}x${rows}-${id}.db`)], { cols, rows, env: { NO_COLOR: '1' } });
      running.push(focal);

      await settle(focal, [/Esc\s+end/, answering.input]);
      let screen = await onScreen(focal, cols, rows);
      expect(screen).toContain(firstLine);
      expect(screen).toMatch(answering.input);

      await focal.press(...answering.keys);
      await settle(focal, [answering.answered]);
      screen = await onScreen(focal, cols, rows);
      expect(screen).toMatch(prompt);
      expect(screen).toMatch(answering.answered);

      for (const [index, key] of answering.submit.entries()) {
        await focal.press(key);
        // A free answer first shows the model answer for grading, under the answer as typed.
        if (index < answering.submit.length - 1) {
          await settle(focal, [/Enter accept/]);
          screen = await onScreen(focal, cols, rows);
          expect(screen).toMatch(answering.answered);
          expect(screen).toMatch(/1–4/);
        }
      }
      await settle(focal, [/[✓✗◐] (Correct|Wrong|Partly right)/]);
      screen = await onScreen(focal, cols, rows);
      expect(screen).toMatch(/focal-drill/);
      expect(screen).toMatch(/Enter next/);
      focal.kill();
    },
  );
});

describe.each([
  [40, 10],
  [60, 15],
  [80, 24],
])('Esc over a typed answer at %i×%i', (cols, rows) => {
  it.each(['numeric', 'derivation'] as const)('asks before ending a %s under the question and the answer, all on screen', async (kind) => {
    const question = cases.find((each) => each.kind === kind)!;
    const answering = ANSWERING[kind];
    const firstLine = wrapText(question.prompt.en, cols - 2)[0]!.trim();
    const focal = new PtyFocal(['--question', question.id, '--seed', '1', '--lang', 'en', '--db', join(dir, `esc-${cols}x${rows}-${kind}.db`)], { cols, rows, env: { NO_COLOR: '1' } });
    running.push(focal);
    await settle(focal, [/Esc\s+end/, answering.input]);
    await focal.press(...answering.keys);
    await settle(focal, [answering.answered]);
    await focal.press(KEY.escape);
    await settle(focal, [/End the session\?/, /back to the\s+answer/]);
    const screen = await onScreen(focal, cols, rows);
    expect(screen).toContain(firstLine);
    expect(screen).toMatch(answering.answered);
    expect(screen).toMatch(/End the session\? What you typed has\s+not been submitted\./);
    // Any other key goes back to the answer, as it was.
    await focal.press('x');
    await settle(focal, [/Esc\s+end/]);
    expect(await onScreen(focal, cols, rows)).not.toContain('End the session?');
    focal.kill();
  });
});
