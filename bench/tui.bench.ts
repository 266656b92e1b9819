// The Ink interface in a real pseudo-terminal (80×24): start-up to the first question,
// keypress to the updated frame, and resident memory over a 20-question session.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PTY_KEYS as KEY, PtyFocal } from '../test/helpers/pty.js';
import { maxRow, median, percentile, ratioRow, type Bench, type BenchRow } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'focal-tui-bench-'));
let dbCount = 0;
const freshDb = () => join(dir, `progress-${++dbCount}.db`);

/** A question's input area is up: its footer, which the "loading…" placeholder does not have. */
const QUESTION_UP = /Esc end$/m;

function start(args: string[]): PtyFocal {
  return new PtyFocal([...args, '--db', freshDb()], { env: { NO_COLOR: '1' } });
}

async function close(focal: PtyFocal): Promise<void> {
  focal.kill();
  await focal.exit().catch(() => undefined);
}

/** The first frame with a question's prompt: the plain-text one drawn before Ink loads, or Ink's. */
const PROMPT_UP = /^ due now: \d+ · this session: \d+\n \S/m;

/**
 * Spawn → first question on screen, for the default `focal` (mixed mode) with varied seeds,
 * as a returning user starts it: run 0 creates the progress database and the parsed-pack
 * cache (one-time work) and is not counted. Two moments: the question's prompt can be read
 * (drawn in plain text before Ink has loaded), and Ink's frame takes answers.
 */
async function timeToFirstQuestion(runs: number): Promise<{ readable: number[]; interactive: number[] }> {
  const readable: number[] = [];
  const interactive: number[] = [];
  const db = freshDb();
  for (let run = 0; run <= runs; run++) {
    const focal = new PtyFocal(['--seed', String(run + 1), '--db', db], { env: { NO_COLOR: '1' } });
    const shown = await focal.waitFor(PROMPT_UP);
    const ready = await focal.waitFor(QUESTION_UP);
    await close(focal);
    if (run > 0) {
      readable.push(shown);
      interactive.push(ready);
    }
  }
  return { readable, interactive };
}

/** Time from writing a key to the end of the frame that shows its effect. */
async function keyToFrame(focal: PtyFocal, key: string, shows: (screen: string) => boolean): Promise<number> {
  const before = focal.raw.length;
  const sent = performance.now();
  focal.pty.write(key);
  for (;;) {
    const end = focal.raw.lastIndexOf('\u001B[?2026l');
    if (end > before && shows(focal.screen())) return performance.now() - sent;
    await new Promise<void>((resolve) => {
      const done = focal.pty.onData(() => {
        done.dispose();
        resolve();
      });
    });
  }
}

async function keypressLatencies(): Promise<{ typing: number[]; moving: number[] }> {
  // Typing into a numeric answer: each key re-renders the field and its live preview.
  const numeric = start(['--question', 'numbers-ratio-pt0968']);
  await numeric.waitFor(QUESTION_UP);
  await numeric.waitFor(/answer › /);
  const typing: number[] = [];
  let typed = '';
  for (const char of '1/(1-0.968)^2+0.5*3-2/7+1') {
    typed += char;
    const expected = `answer › ${typed}`;
    typing.push(await keyToFrame(numeric, char, (screen) => screen.includes(expected)));
  }
  await close(numeric);

  // Moving through the code listing: each ↓ redraws the 14 visible lines.
  const listing = start(['--question', 'code-review-softmax-axis']);
  await listing.waitFor(QUESTION_UP);
  const moving: number[] = [];
  for (let line = 2; line <= 30; line++) {
    moving.push(await keyToFrame(listing, KEY.down, (screen) => new RegExp(`▸ +${line} │`).test(screen)));
  }
  await close(listing);
  return { typing: typing.slice(3), moving: moving.slice(3) };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** Answers whatever is asked (not necessarily well) for 20 questions, sampling memory throughout. */
async function sessionMemory(): Promise<{ peakMb: number; answered: number }> {
  const focal = start(['--count', '20', '--seed', '7']);
  let peakMb = 0;
  const sampler = setInterval(() => {
    try {
      peakMb = Math.max(peakMb, rssMb(focal.pty.pid));
    } catch {
      // the process has exited
    }
  }, 50);
  let answered = 0;
  try {
    for (;;) {
      await focal.waitFor(/Esc end$|Session summary/m);
      const screen = focal.screen();
      if (screen.includes('Session summary')) break;
      if (/^ Enter next · /m.test(screen)) {
        answered += 1;
        await focal.press(KEY.enter);
      } else if (screen.includes('not counted')) await focal.press(KEY.ctrl('n'));
      else if (screen.includes('selected:')) await focal.press(KEY.space, KEY.enter);
      else if (screen.includes('Pick every')) await focal.press('a', KEY.enter);
      else if (screen.includes('Pick one.')) await focal.press(KEY.enter);
      else if (screen.includes('(on an empty line: submit)')) await focal.press('= 1', KEY.enter, KEY.enter);
      else if (screen.includes('1–4 grade yourself')) await focal.press('3');
      else await focal.press('1', KEY.enter);
      await focal.waitFor((current) => current !== screen, 10_000).catch(() => undefined);
    }
  } finally {
    clearInterval(sampler);
    await close(focal);
  }
  return { peakMb, answered };
}

const bench: Bench = async ({ nodeBaselineMs }) => {
  const rows: BenchRow[] = [];
  try {
    const { readable, interactive } = await timeToFirstQuestion(9);
    rows.push(ratioRow('spawn → first question on screen (median of 9)', median(readable), nodeBaselineMs, 2.5));
    rows.push(ratioRow('spawn → first question taking answers (median of 9)', median(interactive), nodeBaselineMs, 3.5));

    const { typing, moving } = await keypressLatencies();
    rows.push(maxRow('keypress → frame, typing with live preview (median)', median(typing), 'ms', 50));
    rows.push({ name: '  … p95', value: percentile(typing, 95), unit: 'ms' });
    rows.push(maxRow('keypress → frame, ↓ in the code listing (median)', median(moving), 'ms', 50));
    rows.push({ name: '  … p95', value: percentile(moving, 95), unit: 'ms' });

    const { peakMb, answered } = await sessionMemory();
    rows.push(maxRow(`resident memory, 20-question session (peak; ${answered} answered)`, peakMb, 'MB', 150));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};

export default bench;
