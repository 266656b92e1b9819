// `focal interview` in its Ink interface: the real, built CLI in a pseudo-terminal (80×24), keys
// in, screen out; the attempts are read back from the SQLite file with a separate connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Question } from '../../src/core/bank/types.js';
import { PTY_KEYS as KEY, PtyFocal } from '../helpers/pty.js';

let dir: string;
let questions: Question[];
let dbCount = 0;
const running: PtyFocal[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-interview-tui-'));
  questions = (await loadBank([])).questions;
});
afterEach(() => {
  for (const focal of running.splice(0)) focal.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[], env: Record<string, string | undefined> = {}) {
  const db = join(dir, `progress-${++dbCount}.db`);
  const focal = new PtyFocal(['interview', ...args, '--db', db], { env: { NO_COLOR: '1', ...env } });
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

/** The single-choice question on the screen (its prompt's start is shown on one line) and the letter of its right option. */
function rightChoice(screen: string): { question: Question; letter: string } {
  const flat = screen.replace(/\s+/g, ' ');
  const question = questions.find((candidate) => candidate.kind === 'single' && flat.includes(candidate.prompt.en.slice(0, 40)));
  if (!question || question.kind !== 'single') throw new Error(`no single-choice question of the deck is on the screen:\n${screen}`);
  const text = question.options.find((option) => option.correct)!.text.en.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shown = new RegExp(`([a-z])\\. ${text}`).exec(screen);
  if (!shown) throw new Error(`the right option is not on the screen:\n${screen}`);
  return { question, letter: shown[1]! };
}

describe('focal interview in a terminal', () => {
  it('a short interview: a wrong answer, its follow-up answered right, the next stage, then Esc and the report', async () => {
    const { focal, db } = start(['--seed', '3']);
    await focal.waitFor(/mock interview · stage 1\/8 · motivation +⏱ (20:00|19:5\d) left/);
    // The first question is a computation: 1 is far from the summed cross entropy.
    await focal.waitFor('answer ›');
    await focal.press('1', KEY.enter);
    await focal.waitFor('✗ Wrong');
    await focal.press(KEY.enter);
    await focal.waitFor('stage 1/8 · motivation (follow-up)');
    const followUp = rightChoice(focal.screen());
    await focal.press(followUp.letter, KEY.enter);
    await focal.waitFor('✓ Correct');
    await focal.press(KEY.enter);
    await focal.waitFor(/stage 2\/8 · definition[^(]*⏱/);
    await focal.waitFor('answer ›');
    await focal.press('alpha*(1-pt)^gamma', KEY.enter);
    await focal.waitFor('✓ Correct');
    await focal.press(KEY.enter);
    await focal.waitFor('stage 3/8 · α vs γ');
    await focal.press(KEY.escape);
    await focal.waitFor('Interview report');
    const report = focal.screen();
    expect(report).toMatch(/score 1\.5\/8 · \d:\d\d of 20:00/);
    expect(report).toMatch(/motivation +✗ → ✓ +0:\d\d +“201\.0067/);
    expect(report).toMatch(/definition +✓ +0:\d\d\n/);
    expect(report).toMatch(/α vs γ +\(no answer\)/);
    expect(report).toMatch(/relatives +\(not reached\)/);
    expect(report).toContain('Weakest: motivation');
    expect(report).toContain('focal drill --mode weak --topic motivation');
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
    const attempts = rows<{ question_id: string; verdict: string; mode: string }>(db, 'SELECT a.question_id, a.verdict, s.mode FROM attempts a JOIN sessions s ON s.id = a.session_id ORDER BY a.id');
    expect(attempts).toEqual([
      { question_id: 'motivation-easy-negatives-total-ce', verdict: 'wrong', mode: 'interview' },
      { question_id: followUp.question.id, verdict: 'correct', mode: 'interview' },
      { question_id: 'definitions-fl-over-ce-expression', verdict: 'correct', mode: 'interview' },
    ]);
    const [session] = rows<{ options: string; ended_at: number | null }>(db, 'SELECT options, ended_at FROM sessions');
    expect(session!.ended_at).not.toBeNull();
    expect(JSON.parse(session!.options)).toMatchObject({ minutes: 20, report: { score: 1.5, maxScore: 8 } });
  });

  it('the clock counts down; when it runs out the question on screen is finished, then the report', async () => {
    const { focal, db } = start(['--seed', '3', '--minutes', '0.05']);
    await focal.waitFor(/⏱ 0:0[23] left/);
    await focal.waitFor('answer ›');
    // 0.05 minutes is 3 s: the header shows the time is up, the question stays answerable.
    await focal.waitFor(/⏱ 0:00 left[^]*Time is up: finish this answer\./, 10_000);
    await focal.press('201', KEY.enter);
    await focal.waitFor('✓ Correct');
    await focal.press(KEY.enter);
    await focal.waitFor('Interview report');
    expect(focal.screen()).toContain('Time is up: the interview ends.');
    expect(focal.screen()).toMatch(/score 1\/8 · 0:0\d of 0:03/);
    expect(focal.screen()).toMatch(/definition +\(not reached\)/);
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
    expect(rows(db, 'SELECT verdict FROM attempts')).toEqual([{ verdict: 'correct' }]);
  });

  it('in Chinese, and with --json the report follows as one JSON document once the screen closes', async () => {
    const { focal } = start(['--seed', '3', '--lang', 'zh', '--json']);
    await focal.waitFor(/模拟面试 · 阶段 1\/8 · 动机 +⏱ 剩余 (20:00|19:5\d)/);
    await focal.waitFor('答案 ›');
    await focal.press('201', KEY.enter);
    await focal.waitFor('✓ 正确');
    await focal.press(KEY.escape);
    await focal.waitFor('面试报告');
    expect(focal.screen()).toMatch(/得分 1\/8/);
    expect(focal.screen()).toMatch(/动机 +✓/);
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
    const text = focal.text();
    const json = JSON.parse(text.slice(text.indexOf('{\r\n'))) as { minutes: number; score: number; stages: { stage: string; questions: number; correct: number }[]; weakest: unknown[] };
    expect(json).toMatchObject({ minutes: 20, score: 1, weakest: [] });
    expect(json.stages[0]).toMatchObject({ stage: 'motivation', questions: 1, correct: 1 });
  });

  it('Esc over an answer being typed asks first; a key goes back to it, Esc again ends with the report', async () => {
    const { focal, db } = start(['--seed', '3']);
    await focal.waitFor('answer ›');
    await focal.press('20');
    await focal.waitFor('answer › 20');
    await focal.press(KEY.escape);
    await focal.waitFor('End the session? What you typed has not been submitted.');
    await focal.press('n');
    await focal.waitFor((screen) => screen.includes('answer › 20') && !screen.includes('End the session?'));
    await focal.press(KEY.escape);
    await focal.waitFor('End the session?');
    await focal.press(KEY.escape);
    await focal.waitFor('Interview report');
    expect(focal.screen()).toMatch(/motivation +\(no answer\)/);
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
    expect(rows(db, 'SELECT * FROM attempts')).toEqual([]);
  });
});
