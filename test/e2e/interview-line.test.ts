// `focal interview` in line mode, scripted as a user would: the real CLI, answers typed one at a
// time after each `answer> ` (and `grade> `), the report read back, the attempts read from the
// SQLite file with a separate connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Question } from '../../src/core/bank/types.js';
import { answerLines, recognise } from '../helpers/answer-shown.js';
import { InteractiveFocal } from '../helpers/interactive-focal.js';
import { runFocal } from '../helpers/run-focal.js';

let dir: string;
let questions: Question[];
let dbCount = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-interview-line-'));
  questions = (await loadBank([])).questions;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshDb = () => join(dir, `progress-${++dbCount}.db`);

function rows<T>(db: string, sql: string): T[] {
  const sqlite = new Sqlite(db, { readonly: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

const STAGES = ['motivation', 'definition', 'α vs γ', 'limits', 'derivation', 'numbers', 'code review', 'relatives'];

/**
 * Runs an interview, answering each question as `decide` says (by its stage line and how many
 * questions came before); returns what was asked. Output is read from `stream`.
 */
async function interview(
  focal: InteractiveFocal,
  decide: (stageLine: string, index: number) => boolean | 'quit',
  { lang = 'en' as 'en' | 'zh', stream = 'stdout' as 'stdout' | 'stderr' } = {},
): Promise<{ id: string; stageLine: string; right: boolean }[]> {
  const asked: { id: string; stageLine: string; right: boolean }[] = [];
  const text = () => (stream === 'stdout' ? focal.stdout : focal.stderr);
  for (let index = 0; ; index++) {
    const shown = await waitForPrompt(text, index + 1, focal);
    if (!shown) return asked;
    const block = text().slice(text().lastIndexOf('── '));
    const stageLine = block.split('\n')[0]!;
    const decision = decide(stageLine, index);
    if (decision === 'quit') {
      focal.send(':quit');
      return asked;
    }
    const recognised = recognise(block, questions, lang);
    asked.push({ id: recognised.question.id, stageLine, right: decision });
    for (const line of answerLines(recognised, block, decision, lang)) {
      if (recognised.question.kind === 'free' && /^[1-4]$/.test(line)) await until(() => text().split('grade> ').length - 1 >= countFree(asked), focal);
      focal.send(line);
    }
  }
}

const countFree = (asked: { id: string }[]) => asked.filter((entry) => questions.find((question) => question.id === entry.id)?.kind === 'free').length;

/** Waits for the `n`th `answer> ` after a stage line, or for the report (false). */
async function waitForPrompt(text: () => string, n: number, focal: InteractiveFocal): Promise<boolean> {
  await until(() => text().split('── ').length - 1 >= n && /answer> $/.test(text()) || /Interview report|面试报告/.test(text()), focal);
  return !/Interview report|面试报告/.test(text());
}

async function until(condition: () => boolean, focal: InteractiveFocal, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; stdout:\n${focal.stdout}\nstderr:\n${focal.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('focal interview --plain', () => {
  it('a whole interview answered right: eight stages in order, one question each, score 8/8, every answer stored as an interview', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['interview', '--plain', '--seed', '1', '--db', db]);
    const asked = await interview(focal, () => true);
    expect((await focal.exit()).code).toBe(0);
    expect(asked.map((entry) => /stage (\d)\/8 · ([^·(]+?) ·/.exec(entry.stageLine)?.slice(1))).toEqual(STAGES.map((name, index) => [String(index + 1), name]));
    expect(focal.stdout).toContain('Mock interview: 8 stages in 20:00.');
    expect(focal.stdout.split('✓ Correct').length - 1).toBe(8);
    const report = focal.stdout.slice(focal.stdout.indexOf('Interview report'));
    expect(report).toMatch(/score 8\/8 · \d:\d\d of 20:00/);
    for (const name of STAGES) expect(report).toMatch(new RegExp(`\\n  ${name} +✓ +0:\\d\\d\\n`));
    expect(report).toContain('Every stage answered right.');
    const attempts = rows<{ question_id: string; verdict: string; mode: string }>(db, 'SELECT a.question_id, a.verdict, s.mode FROM attempts a JOIN sessions s ON s.id = a.session_id ORDER BY a.id');
    expect(attempts).toEqual(asked.map((entry) => ({ question_id: entry.id, verdict: 'correct', mode: 'interview' })));
    // Each stage asked a question of its own: the derivation stage a derivation, code review the snippet.
    const kinds = asked.map((entry) => questions.find((question) => question.id === entry.id)!);
    expect(kinds[4]!.kind).toBe('derivation');
    expect(kinds[6]).toMatchObject({ kind: 'code-review', topic: 'code-review' });
    expect(kinds[0]!.topic).toBe('motivation');
    expect(kinds[7]!.topic).toBe('relatives');
  });

  it('a wrong answer gets one follow-up in the same stage; the report shows ✗ → ✓, what was missed, and the drill for the weakest stages', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['interview', '--plain', '--seed', '2', '--db', db]);
    // Stage 1 wrong then right; stage 2 wrong twice; then quit at stage 3.
    const plan = [false, true, false, false];
    const asked = await interview(focal, (_line, index) => (index < plan.length ? plan[index]! : 'quit'));
    expect((await focal.exit()).code).toBe(0);
    expect(asked.map((entry) => entry.stageLine.replace(/ · \d+:\d\d left$/, ''))).toEqual([
      '── stage 1/8 · motivation',
      '── stage 1/8 · motivation (follow-up)',
      '── stage 2/8 · definition',
      '── stage 2/8 · definition (follow-up)',
    ]);
    expect(new Set(asked.map((entry) => entry.id)).size).toBe(4);
    const report = focal.stdout.slice(focal.stdout.indexOf('Interview report'));
    expect(report).toMatch(/score 0\.5\/8/);
    expect(report).toMatch(/\n {2}motivation +✗ → ✓ +0:\d\d +“.+”\n/);
    expect(report).toMatch(/\n {2}definition +✗ → ✗ +0:\d\d +“.+”\n/);
    expect(report).toMatch(/\n {2}α vs γ +\(no answer\)\n/);
    expect(report).toMatch(/\n {2}limits +\(not reached\)\n/);
    expect(report).toContain('Weakest: definition, motivation\n  focal drill --mode weak --topic definitions\n  focal drill --mode weak --topic motivation\n');
    expect(rows<{ verdict: string }>(db, 'SELECT verdict FROM attempts ORDER BY id').map((row) => row.verdict)).toEqual(['wrong', 'correct', 'wrong', 'wrong']);
  });

  it('when the time runs out the answer being typed still counts, then the interview ends with its report', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['interview', '--plain', '--minutes', '0.03', '--seed', '1', '--db', db]);
    await focal.waitFor('answer> ');
    // 0.03 minutes is 1.8 s: let it pass before answering.
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    const block = focal.stdout.slice(focal.stdout.lastIndexOf('── '));
    for (const line of answerLines(recognise(block, questions), block, true)) focal.send(line);
    await focal.waitFor('Interview report');
    expect((await focal.exit()).code).toBe(0);
    expect(focal.stdout).toContain('✓ Correct');
    expect(focal.stdout).toContain('Time is up: the interview ends.');
    expect(focal.stdout).toMatch(/score 1\/8 · 0:0\d of 0:02/);
    expect(focal.stdout.split('answer> ').length - 1).toBe(1);
    expect(rows(db, 'SELECT * FROM attempts')).toHaveLength(1);
  });

  it('--json: the questions on stderr, the report alone on stdout as one JSON document', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['interview', '--plain', '--json', '--seed', '2', '--minutes', '15', '--db', db]);
    const plan = [false, true, true];
    await interview(focal, (_line, index) => (index < plan.length ? plan[index]! : 'quit'), { stream: 'stderr' });
    expect((await focal.exit()).code).toBe(0);
    const report = JSON.parse(focal.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['minutes', 'score', 'stages', 'weakest']));
    expect(report).toMatchObject({ minutes: 15, score: 1.5, maxScore: 8, timeUp: false });
    const stages = report.stages as { stage: string; questions: number; correct: number; seconds: number; missed: string | null }[];
    expect(stages.map((stage) => stage.stage)).toEqual(['motivation', 'definition', 'alpha-gamma', 'limits', 'derivation', 'numbers', 'code-review', 'relatives']);
    expect(stages[0]).toMatchObject({ questions: 2, correct: 1, missed: expect.any(String) });
    expect(stages[1]).toMatchObject({ questions: 1, correct: 1, missed: null });
    expect(stages[2]).toMatchObject({ questions: 0, correct: 0, seconds: 0, missed: null });
    for (const stage of stages) expect(Number.isInteger(stage.seconds) && stage.seconds >= 0).toBe(true);
    expect(report.weakest).toEqual([{ stage: 'motivation', name: 'motivation', command: 'focal drill --mode weak --topic motivation' }]);
    expect(focal.stderr).toContain('answer> ');
  });

  it('--lang zh: the stages and the report in Chinese, the prompts unchanged', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['interview', '--plain', '--lang', 'zh', '--seed', '1', '--db', db]);
    await interview(focal, (_line, index) => (index < 1 ? true : 'quit'), { lang: 'zh' });
    expect((await focal.exit()).code).toBe(0);
    expect(focal.stdout).toContain('模拟面试：8 个阶段，共 20:00。');
    expect(focal.stdout).toMatch(/── 阶段 1\/8 · 动机 · 剩余 20:00\n/);
    expect(focal.stdout).toContain('answer> ');
    expect(focal.stdout).toMatch(/面试报告\n得分 1\/8 · 用时 0:0\d（共 20:00）/);
    expect(focal.stdout).toMatch(/\n {2}定义 +（未作答）\n/);
    expect(focal.stdout).toMatch(/\n {2}α 与 γ +（未到达）\n/);
  });

  it('end of input ends the interview with its report, nothing answered, exit 0', async () => {
    const result = await runFocal(['interview', '--seed', '3', '--db', freshDb()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('answer> ');
    expect(result.stdout).toContain('Interview report\nscore 0/8');
    expect(result.stdout).toContain('Nothing was answered.');
  });

  it('refuses a time that is not a positive number of minutes: one line, exit 2', async () => {
    for (const minutes of ['0', 'abc', '-5', '1000']) {
      const result = await runFocal(['interview', '--minutes', minutes, '--db', freshDb()]);
      expect(result.code, minutes).toBe(2);
      expect(result.stderr).toMatch(/^focal: --minutes must be a number of minutes above 0 and at most 180, not "[^"]+"\n$/);
    }
  });

  it('is a command of focal: listed in --help with examples, completed by the shell, suggested for a typo', async () => {
    const top = await runFocal(['--help']);
    expect(top.stdout).toMatch(/focal interview +A timed mock interview/);
    const help = await runFocal(['interview', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--minutes +Time for the interview, in minutes/);
    expect(help.stdout).toContain('focal interview --minutes 10 --seed 7');
    const completions = await runFocal(['--get-yargs-completions', 'focal', '']);
    expect(completions.stdout.split('\n')).toContain('interview');
    const options = await runFocal(['--get-yargs-completions', 'focal', 'interview', '--']);
    expect(options.stdout.split('\n')).toEqual(expect.arrayContaining(['--minutes', '--seed', '--plain']));
    const typo = await runFocal(['intervew']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "focal interview"');
  });
});
