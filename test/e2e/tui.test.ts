// The Ink interface of the real, built `focal` in a pseudo-terminal (80×24): keystrokes in,
// screen out, then the attempts are read back from the SQLite file with a separate connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Question } from '../../src/core/bank/types.js';
import { FOCAL_BIN, runFocal } from '../helpers/run-focal.js';
import { PTY_KEYS as KEY, PtyFocal, PtyProcess } from '../helpers/pty.js';

let dir: string;
let bank: Map<string, Question>;
let dbCount = 0;
const running: PtyFocal[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-tui-'));
  bank = new Map((await loadBank([])).questions.map((question) => [question.id, question]));
});
afterEach(() => {
  for (const focal of running.splice(0)) focal.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[], env: Record<string, string | undefined> = {}) {
  const db = join(dir, `progress-${++dbCount}.db`);
  const focal = new PtyFocal([...args, '--db', db], { env: { NO_COLOR: '1', ...env } });
  running.push(focal);
  return { focal, db };
}

function rows<T>(db: string, sql: string): T[] {
  const sqlite = new Sqlite(db, { readonly: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

interface Attempt {
  question_id: string;
  answer: string;
  verdict: string;
  self_grade: number | null;
}

/** After the feedback: Enter for the summary, Enter to close; focal exits 0. */
async function finish(focal: PtyFocal) {
  await focal.press(KEY.enter);
  await focal.waitFor('Session summary');
  await focal.press(KEY.enter);
  expect((await focal.exit()).exitCode).toBe(0);
}

/** Presses ↓ (a line at a time) until the screen shows `text`: what a region scrolls into view. */
async function scrollDownTo(focal: PtyFocal, text: string) {
  for (let presses = 0; !focal.screen().includes(text); presses++) {
    expect(presses, `↓ brings "${text}" into view`).toBeLessThan(60);
    await focal.press(KEY.down);
  }
}

function question<K extends Question['kind']>(id: string, kind: K): Extract<Question, { kind: K }> {
  const found = bank.get(id);
  expect(found?.kind, `deck question ${id}`).toBe(kind);
  return found as Extract<Question, { kind: K }>;
}

/** The letter a choice option is shown with on the screen (options are shuffled per instance). */
function shownLetter(screen: string, text: string): string {
  const start = text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`([a-z])\\. ${start}`).exec(screen);
  if (!found) throw new Error(`option "${text}" is not on the screen:\n${screen}`);
  return found[1]!;
}

describe('the drill in a terminal: one question of each kind, answered with keys', () => {
  it('single choice: ↓/↑ to the right option, Enter', async () => {
    const q = question('alpha-gamma-rare-class-weight', 'single');
    const { focal, db } = start(['--question', q.id]);
    await focal.waitFor('Pick one.');
    // Options are shuffled per instance: find where the right one is shown.
    const right = shownLetter(focal.screen(), q.options.find((option) => option.correct)!.text.en).charCodeAt(0) - 97;
    await focal.press(...Array<string>(right + 1).fill(KEY.down), KEY.up, KEY.enter);
    await focal.waitFor('✓ Correct');
    expect(focal.screen()).toContain(`source: ${q.source}`);
    await finish(focal);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ question_id: q.id, answer: String.fromCharCode(97 + right), verdict: 'correct' }]);
  });

  it('multiple choice: letters toggle the options, Enter', async () => {
    const q = question('alpha-gamma-roles', 'multiple');
    const { focal, db } = start(['--question', q.id]);
    await focal.waitFor('Pick every correct option');
    const screen = focal.screen();
    const letters = q.options.flatMap((option) => (option.correct ? [shownLetter(screen, option.text.en)] : [])).sort();
    await focal.press(...letters);
    await focal.waitFor(new RegExp(`\\[x\\] ${letters.at(-1)}\\.`));
    await focal.press(KEY.enter);
    await focal.waitFor('✓ Correct');
    await finish(focal);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ answer: letters.join(','), verdict: 'correct' }]);
  });

  it('numeric (parametric): the value is computed from the γ and pₜ on screen; the preview reads it', async () => {
    const q = question('numbers-ratio-param', 'numeric');
    const { focal, db } = start(['--question', q.id, '--seed', '3']);
    await focal.waitFor(/With γ = [\d.]+ and pₜ = [\d.]+/);
    const [, g, p] = /With γ = ([\d.]+) and pₜ = ([\d.]+)/.exec(focal.screen())!;
    const expected = 1 / (1 - Number(p)) ** Number(g);
    const typed = expected.toPrecision(6);
    await focal.press(typed);
    await focal.waitFor(`= ${Number(typed)}  ≈ ${Number(typed)}`);
    await focal.press(KEY.enter);
    await focal.waitFor('✓ Correct');
    await finish(focal);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ question_id: q.id, answer: typed, verdict: 'correct' }]);
  });

  it('expression: typed as text (h and s included), previewed in mathematical notation', async () => {
    const q = question('definitions-fl-over-ce-expression', 'expression');
    const { focal, db } = start(['--question', q.id]);
    await focal.waitFor('answer ›');
    await focal.press('alpha*(1-pt)^gamma');
    await focal.waitFor('= α · (1 − pₜ)^γ');
    await focal.press(KEY.enter);
    await focal.waitFor('✓ Correct');
    await finish(focal);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ answer: 'alpha*(1-pt)^gamma', verdict: 'correct' }]);
  });

  it('derivation: one step per line, Enter on an empty line submits, each step marked ✓', async () => {
    const q = question('gradients-derive-ce-positive', 'derivation');
    const steps = q.model.split('\n').slice(1);
    const { focal, db } = start(['--question', q.id]);
    await focal.waitFor('one step per line');
    for (const step of steps) await focal.press(step, KEY.enter);
    await focal.waitFor(`${steps.length + 1} │`);
    await focal.press(KEY.enter);
    await focal.waitFor('✓ Correct');
    for (const [index, step] of steps.entries()) expect(focal.screen()).toContain(`✓ ${index + 1} ${step}`);
    await finish(focal);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ answer: steps.join('\n'), verdict: 'correct' }]);
  });

  it('free response: write, read the model answer and key points, grade yourself 4', async () => {
    const q = question('motivation-why-one-stage-needed-fl', 'free');
    const { focal, db } = start(['--question', q.id]);
    await focal.waitFor('answer ›');
    await focal.press('Easy negatives dominate the summed loss.', KEY.enter);
    await focal.waitFor('Model answer');
    // The model answer and the key points scroll in their region, under the answer as typed.
    await scrollDownTo(focal, 'Key points found in your answer');
    expect(focal.screen()).toContain('answer › Easy negatives dominate the summed loss.');
    await focal.press('4');
    await focal.waitFor('Self-graded 4/4');
    await finish(focal);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ answer: 'Easy negatives dominate the summed loss.', self_grade: 4 }]);
  });

  it('free response: key points found ✓ with the matched words, the suggested grade, Enter accepts it (zh)', async () => {
    const q = question('results-fl-vs-ohem-explain', 'free');
    const { focal, db } = start(['--question', q.id, '--lang', 'zh'], { COLUMNS: '100' });
    const answer = 'OHEM 直接丢弃易分样本；焦点损失保留所有样本并降低易分样本的权重。表 1d 中 36.0 对 32.8。';
    await focal.waitFor('答案 ›');
    await focal.press(answer, KEY.enter);
    await focal.waitFor('建议评分');
    await scrollDownTo(focal, '焦点损失的权重逐样本计算');
    const screen = focal.screen();
    expect(screen).toContain('✓ OHEM 直接丢弃易分样本');
    expect(screen).toContain('“OHEM 直接丢弃”');
    expect(screen).toContain('· 焦点损失的权重逐样本计算');
    expect(screen).toContain('建议评分 3 · Enter 接受');
    await focal.press(KEY.enter);
    await focal.waitFor('自评 3/4');
    await focal.press(KEY.enter);
    await focal.waitFor('本次小结');
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ answer, self_grade: 3, verdict: 'correct' }]);
  });

  it('code review: the listing scrolls to the typed line number, space toggles it, Enter', async () => {
    const q = question('code-review-softmax-axis', 'code-review');
    const bug = q.bugs[0]!.line;
    const { focal, db } = start(['--question', q.id]);
    await focal.waitFor('selected: none');
    expect(focal.screen()).not.toContain(` ${bug} │`);
    await focal.press(...String(bug));
    await focal.waitFor(new RegExp(`▸ +${bug} │`));
    await focal.press(KEY.space);
    await focal.waitFor(`selected: ${bug}`);
    await focal.press(KEY.enter);
    await focal.waitFor('✓ Correct');
    await finish(focal);
    expect(rows<Attempt>(db, 'SELECT * FROM attempts')).toMatchObject([{ answer: String(bug), verdict: 'correct' }]);
  });
});

describe('ending a session early', () => {
  it('Esc after one answer shows the summary and keeps that answer; the session is closed', async () => {
    const { focal, db } = start(['--kind', 'single', '--count', '3', '--seed', '11']);
    await focal.waitFor('1/3');
    await focal.press(KEY.enter);
    await focal.waitFor(/✓ Correct|✗ Wrong/);
    await focal.press(KEY.enter);
    await focal.waitFor('2/3');
    await focal.press(KEY.escape);
    await focal.waitFor('Session summary');
    expect(focal.screen()).toMatch(/correct [01]\/1 \((0|100)%\)/);
    await focal.press(KEY.escape);
    expect((await focal.exit()).exitCode).toBe(0);
    expect(rows(db, 'SELECT COUNT(*) AS n FROM attempts')).toEqual([{ n: 1 }]);
    expect(rows(db, 'SELECT ended_at IS NOT NULL AS ended FROM sessions')).toEqual([{ ended: 1 }]);
  });

  it('Ctrl-C while typing an answer ends the session with the summary, keeping the answers before', async () => {
    const { focal, db } = start(['--kind', 'numeric', '--count', '2', '--seed', '5']);
    await focal.waitFor(/1\/2[^]*answer ›/);
    await focal.press('1', KEY.enter);
    await focal.waitFor(/✓ Correct|✗ Wrong/);
    await focal.press(KEY.enter);
    await focal.waitFor(/2\/2[^]*answer ›/);
    await focal.press('0.5', KEY.ctrlC);
    await focal.waitFor('Session summary');
    await focal.press(KEY.ctrlC);
    expect((await focal.exit()).exitCode).toBe(0);
    expect(rows<Attempt>(db, 'SELECT answer FROM attempts')).toEqual([{ answer: '1' }]);
  });
});

describe('user errors on a terminal', () => {
  it('an unknown topic is one clear line and exit 2, before any screen is drawn', async () => {
    const { focal } = start(['--topic', 'nosuch']);
    expect((await focal.exit()).exitCode).toBe(2);
    expect(focal.text()).toMatch(/focal: .*unknown topic "nosuch"/);
    expect(focal.text()).not.toMatch(/\bat .*\.js:\d+/);
    expect(focal.frames()).toEqual([]);
  });
});

describe('the interface in Chinese at 80 columns', () => {
  it('never draws a line wider than the terminal, and fills Chinese lines before wrapping', async () => {
    const q = question('code-review-perfect-prediction', 'code-review');
    const { focal } = start(['--question', q.id, '--lang', 'zh']);
    await focal.waitFor('已选：无');
    await focal.press('4', '4', KEY.space, KEY.enter);
    await focal.waitFor(/✓ 正确|✗ 错误|◐ 部分正确/);
    await focal.press(KEY.escape);
    await focal.waitFor('本次小结');
    const { default: stringWidth } = await import('string-width');
    for (const frame of focal.frames()) for (const line of frame) expect(stringWidth(line), line).toBeLessThanOrEqual(80);

    // Each wrapped line of the prompt (below the header and its rule) is as full as it can be:
    // the next line's first unit (a Chinese character with its punctuation, or a word) would
    // not have fitted in the 78 cells inside the padding.
    const prompt = q.prompt.zh.replace(/\s+/g, ' ').trim();
    const screen = focal.frames().find((frame) => frame.some((line) => line.includes('已选')))!;
    // Below the header and its rule: the number due (on a first question), then the prompt.
    const lines = screen.slice(3, screen.indexOf('')).map((line) => line.slice(1));
    expect(screen[2]).toContain('现在到期：0 题 · 本次：1 题');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/ /g, '')).toBe(prompt.replace(/ /g, ''));
    const unitAtStart = /^[（《「『“‘]*(?:[^\s\u2E80-\u9FFF\uFF00-\uFFEF]+|[\u2E80-\u9FFF\uFF00-\uFFEF])[，。、；：？！）》」』”’]*/u;
    for (let i = 0; i + 1 < lines.length; i++) {
      const unit = unitAtStart.exec(lines[i + 1]!)![0];
      const joiner = prompt.includes(`${lines[i]} ${lines[i + 1]!.slice(0, 4)}`) ? 1 : 0;
      expect(stringWidth(lines[i]!) + joiner + stringWidth(unit), `"${lines[i]}" + "${unit}"`).toBeGreaterThan(78);
    }
  });
});

describe('no terminal, no Ink', () => {
  it('focal with no command and all pipes runs line mode and ends cleanly', async () => {
    const result = await runFocal(['--db', join(dir, 'pipes.db')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('answer> ');
  });

  it('focal with piped stdin runs line mode, without a raw-mode error, even when stdout is a terminal', async () => {
    const db = join(dir, 'piped.db');
    const shell = `printf 'b\\n' | "${process.execPath}" "${FOCAL_BIN}" --question alpha-gamma-rare-class-weight --db "${db}"`;
    const focal = new PtyProcess('sh', ['-c', shell]);
    running.push(focal);
    expect((await focal.exit()).exitCode).toBe(0);
    const text = focal.text();
    expect(text).toContain('answer> ');
    expect(text).not.toMatch(/raw mode/i);
    expect(rows<Attempt>(db, 'SELECT answer FROM attempts')).toEqual([{ answer: 'b' }]);
  });
});

describe('review and stats', () => {
  it('focal review lists topics weakest first; Enter on one starts a drill of that topic', async () => {
    const { focal, db } = start(['review']);
    await focal.waitFor(/Weak topics[^]*▸ /);
    // The second topic of the list (the screen shows them weakest first).
    const second = /\n {3}(\S+(?: \S+)*?) {2,}░/.exec(focal.screen())![1]!;
    await focal.press(KEY.down);
    await focal.waitFor(`▸ ${second}`);
    await focal.press(KEY.enter);
    await focal.waitFor(`focal-drill · ${second}`);
    await focal.press(KEY.escape);
    await focal.waitFor('Session summary');
    await focal.press(KEY.escape);
    expect((await focal.exit()).exitCode).toBe(0);
    expect(rows(db, 'SELECT COUNT(*) AS n FROM attempts')).toEqual([{ n: 0 }]);
  });

  it('focal stats ends with a chart of the accuracy of recent days', async () => {
    const { focal, db } = start(['--question', 'alpha-gamma-rare-class-weight']);
    await focal.waitFor('Pick one.');
    await focal.press('a', KEY.enter);
    await focal.waitFor(/✓ Correct|✗ Wrong/);
    await finish(focal);
    const stats = await runFocal(['stats', '--db', db]);
    expect(stats.code).toBe(0);
    const verdict = rows<Attempt>(db, 'SELECT verdict FROM attempts')[0]!.verdict;
    expect(stats.stdout).toContain('Accuracy on the days you practised');
    // One day with one answer: a flat line at 100 % or at 0 %.
    expect(stats.stdout).toMatch(verdict === 'correct' ? /100% ┼─/ : / 0% ┼─/);
  });
});

describe('colours', () => {
  it('uses colour on a terminal, and none with NO_COLOR or --no-color', async () => {
    const colourCodes = /\u001B\[(?:3[0-7]|9[0-7])m/;
    const coloured = start(['--question', 'alpha-gamma-rare-class-weight'], { NO_COLOR: undefined }).focal;
    await coloured.waitFor('Pick one.');
    expect(coloured.raw).toMatch(colourCodes);
    for (const [args, env] of [[[], { NO_COLOR: '1' }], [['--no-color'], { NO_COLOR: undefined }]] as const) {
      const plain = start(['--question', 'alpha-gamma-rare-class-weight', ...args], env).focal;
      await plain.waitFor('Pick one.');
      expect(plain.raw).not.toMatch(colourCodes);
    }
  });
});
