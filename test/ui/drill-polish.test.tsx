// The drill's finer behaviour: notices that clear, live readings of derivation lines.
import { afterEach, describe, expect, it } from 'vitest';
import { startDrill } from './drill-harness.js';
import { derivation, numeric } from './fixtures.js';
import { KEYS, press, tick } from './render.js';

let drill: ReturnType<typeof startDrill> | undefined;
afterEach(() => drill?.close());

/** Waits until the frame shows `text` (the grader loads in the background). */
async function until(frame: () => string | undefined, text: string | RegExp | ((frame: string) => boolean), ms = 5000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const now = frame() ?? '';
    if (typeof text === 'function' ? text(now) : typeof text === 'string' ? now.includes(text) : text.test(now)) return now;
    if (Date.now() > deadline) throw new Error(`frame never showed ${String(text)}:\n${now}`);
    await tick(10);
  }
}

describe('the notice on an unreadable answer', () => {
  it('goes as soon as the input is fixed into something that reads, and stays while it does not', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame, query } = drill;
    await press(stdin, '1/(1-');
    await until(lastFrame, 'not readable yet');
    await press(stdin, KEYS.enter);
    await until(lastFrame, '(not counted; try again)');
    // Still unreadable after an edit: the notice stays.
    await press(stdin, '0.968');
    await until(lastFrame, 'not readable yet');
    expect(lastFrame()).toContain('(not counted; try again)');
    // Now it reads: both the parse error and the notice are gone, before any submit.
    await press(stdin, ')^2');
    await until(lastFrame, '≈ 976.562');
    expect(lastFrame()).not.toContain('not counted');
    expect(lastFrame()).not.toContain('not readable');
    expect(query('SELECT COUNT(*) AS n FROM attempts')).toEqual([{ n: 0 }]);
  });
});

describe('the derivation editor reads each line as it is typed', () => {
  it('shows the current line pretty-printed with its relation, or its parse error with the column', async () => {
    drill = startDrill([derivation]);
    const { stdin, lastFrame } = drill;
    await press(stdin, 'd/dx = -(1/pt)*pt*(1-pt)');
    await until(lastFrame, 'd/dx = −(1 / pₜ) · pₜ · (1 − pₜ)');
    await press(stdin, KEYS.enter, '= pt - ');
    // "= pt -" ends at column 6: the expression is missing at column 7 of the line.
    await until(lastFrame, /not readable yet: unexpected end of expression \(column 7\)/);
    await press(stdin, '1');
    await until(lastFrame, /│ = pt - 1\n\s+= pₜ − 1/);
    expect(lastFrame()).not.toContain('not readable');
  });

  it('a line that does not say how it follows is flagged before it is submitted', async () => {
    drill = startDrill([derivation]);
    const { stdin, lastFrame } = drill;
    await press(stdin, '-log(pt)', KEYS.enter, 'pt - 1');
    await until(lastFrame, /not readable yet: a step must begin with '='/);
  });
});

describe('Esc over an answer not submitted', () => {
  it('asks first; any other key goes back with the input kept; Esc again ends, recording nothing', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame, query } = drill;
    await press(stdin, '1/(1-0.9');
    await press(stdin, KEYS.escape);
    await until(lastFrame, 'End the session? What you typed has not been submitted.');
    expect(lastFrame()).toContain('Esc/y end · any other key: back to the answer');
    expect(lastFrame()).not.toContain('Session summary');
    await press(stdin, 'x');
    await until(lastFrame, (frame) => !frame.includes('End the session?'));
    // The key that went back did not type: the input is as it was, and still editable.
    expect(lastFrame()).toMatch(/answer › 1\/\(1-0\.9$/m);
    await press(stdin, '68)^2');
    await until(lastFrame, 'answer › 1/(1-0.968)^2');
    await press(stdin, KEYS.escape);
    await until(lastFrame, 'End the session?');
    await press(stdin, KEYS.escape);
    await until(lastFrame, 'Session summary');
    expect(lastFrame()).toContain('Nothing answered this time.');
    expect(query('SELECT COUNT(*) AS n FROM attempts')).toEqual([{ n: 0 }]);
  });

  it('y ends too; a derivation in progress counts as input', async () => {
    drill = startDrill([derivation]);
    const { stdin, lastFrame } = drill;
    await press(stdin, 'd/dx = pt - 1', KEYS.enter);
    await press(stdin, KEYS.escape);
    await until(lastFrame, 'End the session?');
    await press(stdin, 'y');
    await until(lastFrame, 'Session summary');
  });

  it('Esc on an empty input ends at once, as before', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame } = drill;
    await press(stdin, '7', KEYS.backspace, KEYS.escape);
    await until(lastFrame, 'Session summary');
  });

  it('Ctrl-C never asks', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame } = drill;
    await press(stdin, '0.5', KEYS.ctrl('c'));
    await until(lastFrame, 'Session summary');
  });
});

describe('the question clock', () => {
  it('counts the seconds on a question and says until when a correct answer is Easy, until a hint rules Easy out', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame } = drill;
    // The numeric fixture is difficulty 1: Easy within 15 s (QUICK_SECONDS in core/schedule/rating.ts).
    expect(lastFrame()).toMatch(/⏱ 0s \(≤ 15s: Easy\)/);
    await until(lastFrame, '⏱ 1s (≤ 15s: Easy)', 3000);
    await press(stdin, KEYS.ctrl('t'));
    await until(lastFrame, 'hint: ');
    expect(lastFrame()).toMatch(/⏱ \ds$/m);
    expect(lastFrame()).not.toContain('Easy');
  });

  it('the first question says how many are due and how long the session is', () => {
    drill = startDrill([numeric]);
    expect(drill.lastFrame()).toContain('due now: 0 · this session: 1');
  });
});
