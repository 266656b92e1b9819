// The drill's first question shows in plain text before Ink has loaded, and Ink's first frame
// takes its place on the terminal: checked on a terminal emulator (xterm.js, headless) fed
// with everything the real `focal` writes in a pseudo-terminal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Question } from '../../src/core/bank/types.js';
import { needsMathToShow } from '../../src/core/session/deferred-grading.js';
import { PtyProcess } from '../helpers/pty.js';
import { emulate } from '../helpers/terminal-emulator.js';
import { FOCAL_BIN } from '../helpers/run-focal.js';

const COLS = 80;
const ROWS = 24;
/** The question's input area is up (Ink's frame): its footer, in English or Chinese. */
const INK_UP = /(Esc end|结束)$/m;

let dir: string;
let questions: Question[];
const running: PtyProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-first-frame-'));
  questions = (await loadBank([])).questions;
});
afterEach(() => {
  for (const process of running.splice(0)) process.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `focal --question id …` in a pseudo-terminal, after `before` lines of earlier output. */
function start(id: string, { before = 0, lang = 'en', pack = '' } = {}): PtyProcess {
  const db = join(dir, `progress-${running.length}-${id}.db`);
  const packs = pack ? ` --pack "${pack}"` : '';
  const command = `seq 1 ${before}; exec "${process.execPath}" "${FOCAL_BIN}" --question ${id} --lang ${lang} --db "${db}"${packs}`;
  const focal = new PtyProcess('/bin/sh', ['-c', command], { cols: COLS, rows: ROWS, env: { NO_COLOR: '1' } });
  running.push(focal);
  return focal;
}

const plainQuestion = (kind: Question['kind']) => questions.find((question) => question.kind === kind && !needsMathToShow(question))!;

describe('the first question before Ink has loaded', () => {
  it('shows the header and the prompt at once, as the top of the Ink screen that replaces them', async () => {
    const focal = start(plainQuestion('single').id);
    await focal.waitFor(INK_UP);
    const [preview, ...later] = focal.frames();
    const inkFrame = later.at(-1)!;
    expect(preview!.length).toBeGreaterThanOrEqual(4);
    // Word for word what Ink then draws above the options.
    expect(inkFrame.slice(0, preview!.length)).toEqual(preview);
    expect(preview!.join('\n')).not.toMatch(INK_UP);

    const { screen, all } = await emulate(focal.raw, COLS, ROWS);
    expect(screen.slice(0, inkFrame.length).map((line) => line.trimEnd())).toEqual(inkFrame.map((line) => line.trimEnd()));
    expect(all.filter((line) => line.startsWith(' focal-drill · '))).toHaveLength(1);
  });

  it('is replaced in place when earlier output has filled the terminal, which keeps that output', async () => {
    const focal = start(plainQuestion('numeric').id, { before: 40 });
    await focal.waitFor(INK_UP);
    const { all } = await emulate(focal.raw, COLS, ROWS);
    const headers = all.flatMap((line, index) => (line.startsWith(' focal-drill · ') ? [index] : []));
    expect(headers).toHaveLength(1);
    expect(all[headers[0]! - 1]).toBe('40');
    expect(all.filter((line) => line === '39')).toHaveLength(1);
  });

  it('lays Chinese out as the Ink screen does', async () => {
    const focal = start(plainQuestion('multiple').id, { lang: 'zh' });
    await focal.waitFor(INK_UP);
    const [preview, ...later] = focal.frames();
    expect(preview!.join('\n')).toMatch(/现在到期/);
    expect(later.at(-1)!.slice(0, preview!.length)).toEqual(preview);
  });

  it('is not drawn for a question whose prompt waits for the math core', async () => {
    const pack = join(dir, 'computed-prompt');
    mkdirSync(pack);
    writeFileSync(join(pack, 'pack.yaml'), 'id: computed-prompt\ntitle: { en: Computed prompt, zh: 计算题面 }\ntopics:\n  numbers: { en: numbers, zh: 数值计算 }\n');
    writeFileSync(
      join(pack, 'questions.yaml'),
      `questions:
  - id: cp-computed
    topic: numbers
    kind: numeric
    difficulty: 2
    source: paper §3.2
    params:
      p: { min: 0.6, max: 0.9, step: 0.1 }
    prompt: { en: "CE is {=-log(p)} here: what is FL at γ = 2?", zh: "此处 CE 为 {=-log(p)}：γ = 2 时 FL 是多少？" }
    explanation: { en: "(1 − p)² · CE.", zh: "(1 − p)² · CE。" }
    answer: -(1-p)^2*log(p)
    tolerance: { relative: 0.01 }
    wrongAnswers: ["-log(p)"]
`,
    );
    const focal = start('cp-computed', { pack });
    await focal.waitFor(INK_UP);
    // The first frame is Ink's own: its header, then "loading…" or the question with its keys.
    expect(focal.frames()[0]!.join('\n')).toMatch(/loading…|Esc end/);
  });
});
