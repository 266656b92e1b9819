import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Kind, Question } from '../../src/core/bank/types.js';
import { InteractiveFocal } from '../helpers/interactive-focal.js';
import { runFocal } from '../helpers/run-focal.js';
import { shownLetters } from '../helpers/shown-options.js';

let dir: string;
let questions: Question[];
let dbCount = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-drill-line-'));
  questions = (await loadBank([])).questions;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshDb = () => join(dir, `progress-${++dbCount}.db`);

function attempts(db: string): { question_id: string; verdict: string; answer: string; rating: number | null; session_id: string | null }[] {
  const sqlite = new Sqlite(db, { readonly: true });
  const rows = sqlite.prepare('SELECT question_id, verdict, answer, rating, session_id FROM attempts ORDER BY id').all() as ReturnType<typeof attempts>;
  sqlite.close();
  return rows;
}

/** The session seed of the runs that answer a known question: it fixes the order its options are shown in. */
const SEED = '5';

/**
 * A question of `kind` without parameters, and the lines that answer it correctly. Choice options are
 * shuffled per instance, so the right letters are read off what a run with the same seed shows.
 */
async function correctlyAnswered(kind: Kind, lang: 'en' | 'zh' = 'en'): Promise<{ question: Question; lines: string[] }> {
  const question = questions.find((candidate) => candidate.kind === kind && !candidate.params)!;
  expect(question, `a ${kind} question without parameters in the deck`).toBeDefined();
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { question, lines: [(await shownLetters(question, ['--db', freshDb(), '--seed', SEED], { lang })).join(',')] };
    case 'numeric':
    case 'expression':
      return { question, lines: [question.answer] };
    case 'derivation':
      return { question, lines: [...question.model.split('\n').filter((line) => line.trim() !== ''), ''] };
    case 'free':
      return { question, lines: ['Easy negatives dominate the loss; focal loss down-weights them.', '4'] };
    case 'code-review':
      return { question, lines: [question.bugs.map((bug) => bug.line).join(',')] };
  }
}

describe('focal drill in line mode', () => {
  it.each(['single', 'multiple', 'numeric', 'expression', 'derivation', 'free', 'code-review'] as const)(
    'asks a %s question, grades the answer and stores it before showing the verdict',
    async (kind) => {
      const { question, lines } = await correctlyAnswered(kind);
      const db = freshDb();
      const result = await runFocal(['drill', '--db', db, '--question', question.id, '--seed', SEED], { input: `${lines.join('\n')}\n` });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('1/1 · ');
      expect(result.stdout).toContain(question.prompt.en.slice(0, 40));
      expect(result.stdout).toContain('answer> ');
      expect(result.stdout).toContain('✓ Correct');
      expect(result.stdout).toContain(`source: ${question.source}`);
      expect(result.stdout).toContain('Session summary');
      expect(result.stdout).toContain('correct 1/1 (100%)');
      if (kind === 'free') expect(result.stdout).toContain('grade> ');
      if (kind === 'code-review') expect(result.stdout).toMatch(/\n\s+1 │ /);
      if (kind === 'single' || kind === 'multiple') expect(result.stdout).toContain('\n  a) ');
      const stored = attempts(db);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ question_id: question.id, verdict: 'correct' });
      expect(stored[0]!.session_id).not.toBeNull();
      if (kind === 'free') expect(stored[0]!.rating).toBe(4);
    },
  );

  it('a free answer: key points ✓/· with the matched words, the suggestion on the line before grade>, an empty line accepts it', async () => {
    const db = freshDb();
    const answer = 'OHEM throws the easy examples away; focal loss keeps them but scales them down. Table 1d: 36.0 vs 32.8.';
    const result = await runFocal(['drill', '--db', db, '--question', 'results-fl-vs-ohem-explain'], { input: `${answer}\n\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  ✓ OHEM discards easy examples outright (a hard 0/1 selection by loss).  “OHEM throws the easy examples away”\n');
    expect(result.stdout).toContain('  · The focal-loss weight is per example and comes from the prediction itself, with no sampling step.\n');
    expect(result.stdout).toContain('  ✓ Evidence: Table 1d, focal loss 36.0 AP vs best OHEM 32.8 AP (ResNet-101), +3.2 AP.  “Table 1d”\n');
    expect(result.stdout).toMatch(/\nsuggested grade 3 · Enter accepts · 1–4 change\ngrade> /);
    expect(result.stdout).toContain('Self-graded 3/4');
    expect(attempts(db)).toMatchObject([{ question_id: 'results-fl-vs-ohem-explain', verdict: 'correct', rating: 3, answer }]);
  });

  it('a free answer in Chinese: a typed grade overrides the suggestion', async () => {
    const db = freshDb();
    const result = await runFocal(['drill', '--db', db, '--question', 'results-fl-vs-ohem-explain', '--lang', 'zh'], { input: 'OHEM 只用难例训练。\n4\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  ✓ OHEM 直接丢弃易分样本（按损失做 0/1 的硬选择）。  “OHEM 只用”\n');
    expect(result.stdout).toMatch(/\n建议评分 1 · Enter 接受 · 1–4 修改\ngrade> /);
    expect(result.stdout).toContain('自评 4/4');
    expect(attempts(db)).toMatchObject([{ rating: 4 }]);
  });

  it('marks a wrong derivation step by step', async () => {
    const question = questions.find((candidate) => candidate.kind === 'derivation' && candidate.wrongAnswers.length > 0)!;
    const wrong = question.kind === 'derivation' ? question.wrongAnswers[0]! : '';
    const db = freshDb();
    const result = await runFocal(['drill', '--db', db, '--question', question.id], { input: `${wrong}\n\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✗ Wrong');
    expect(result.stdout).toMatch(/\n\s+\d+ ✗ /);
    expect(attempts(db).map((row) => row.verdict)).toEqual(['wrong']);
  });

  it('asks again after an unreadable answer, which costs nothing: not stored, the rating as without it', async () => {
    const { question, lines } = await correctlyAnswered('numeric');
    const db = freshDb();
    const result = await runFocal(['drill', '--db', db, '--question', question.id], { input: `1/(\n${lines[0]}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(not counted; try again)');
    expect(result.stdout.split('answer> ').length - 1).toBe(2);
    // Correct and within the quick time (or Good if the machine was slow): never Hard for the typo.
    expect(attempts(db).map((row) => row.verdict)).toEqual(['correct']);
    expect(attempts(db)[0]!.rating).toBeGreaterThanOrEqual(3);
  });

  it('ends cleanly at end of input, keeping what was answered, with the summary', async () => {
    const db = freshDb();
    const result = await runFocal(['drill', '--db', db, '--count', '5', '--kind', 'single', '--seed', '3'], { input: 'a\nb\n' });
    expect(result.code).toBe(0);
    // The third question is shown, then the input ends: it is left unanswered.
    expect(result.stdout).toContain('3/5 · ');
    expect(result.stdout).not.toContain('4/5 · ');
    expect(result.stdout).toMatch(/correct \d\/2 \(\d+%\) · mean score \d+%/);
    expect(attempts(db)).toHaveLength(2);
    const sqlite = new Sqlite(db, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL').pluck().get()).toBe(1);
    sqlite.close();
  });

  it('understands :hint, :skip and :quit', async () => {
    const db = freshDb();
    const result = await runFocal(['drill', '--db', db, '--count', '5', '--kind', 'single', '--seed', '4'], {
      input: ':hint\n:skip\n:quit\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Hint: |No hint for this question\./);
    expect(result.stdout).toContain('Skipped (nothing recorded).');
    expect(result.stdout).toContain('2/5 · ');
    expect(result.stdout).not.toContain('3/5 · ');
    expect(result.stdout).toContain('1 skipped');
    expect(result.stdout).toContain('Nothing answered this time.');
    expect(attempts(db)).toHaveLength(0);
  });

  it('says how many are due before the first question; :skip shows the answer and explanation and records nothing', async () => {
    const db = freshDb();
    const question = questions.find((candidate) => candidate.id === 'alpha-gamma-rare-class-weight')!;
    const result = await runFocal(['drill', '--db', db, '--question', question.id], { input: ':skip\n' });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('due now: 0 · this session: 1');
    expect(result.stdout).toContain('Skipped (nothing recorded).');
    const right = question.kind === 'single' ? question.options.find((option) => option.correct)! : undefined;
    expect(result.stdout).toMatch(new RegExp(`answer: [a-d]\\) ${right!.text.en.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(result.stdout).toContain(question.explanation.en.split('\n')[0]!.slice(0, 40));
    expect(result.stdout).toContain(`source: ${question.source}`);
    expect(attempts(db)).toHaveLength(0);
  });

  it('keeps to --topic and --kind', async () => {
    const db = freshDb();
    const skips = ':skip\n'.repeat(6);
    const result = await runFocal(['drill', '--db', db, '--topic', 'gradients', '--kind', 'derivation', '--count', '3'], { input: skips });
    expect(result.code).toBe(0);
    const headers = result.stdout.split('\n').filter((line) => /^\d+\/\d+ · /.test(line));
    expect(headers).toHaveLength(3);
    for (const header of headers) expect(header).toMatch(/ · gradients and derivations · derivation · /);
  });

  it('--seed reproduces the order and the parameters; another seed changes them', async () => {
    const run = async (seed: string) => {
      const result = await runFocal(['drill', '--db', freshDb(), '--kind', 'numeric', '--count', '6', '--seed', seed], { input: ':skip\n'.repeat(6) });
      expect(result.code).toBe(0);
      return result.stdout.replace(/next one in .*/g, '');
    };
    const first = await run('42');
    expect(first).toContain('6/6 · ');
    expect(await run('42')).toBe(first);
    expect(await run('43')).not.toBe(first);
  });

  it('speaks Chinese with --lang zh, questions and interface alike', async () => {
    const { question, lines } = await correctlyAnswered('single', 'zh');
    const result = await runFocal(['drill', '--db', freshDb(), '--question', question.id, '--seed', SEED, '--lang', 'zh'], {
      input: `${lines[0]}\n`,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(question.prompt.zh.slice(0, 20));
    expect(result.stdout).toContain('单选');
    expect(result.stdout).toContain('难度');
    expect(result.stdout).toContain('✓ 正确');
    expect(result.stdout).toContain('本次小结');
    expect(result.stdout).toContain('answer> ');
  });

  it('reads answers typed one at a time, waiting for each prompt', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['drill', '--db', db, '--count', '3', '--kind', 'single', '--seed', '9']);
    for (let i = 1; i <= 3; i++) {
      await focal.waitFor('answer> ', i);
      await new Promise((resolve) => setTimeout(resolve, 50));
      focal.send('a');
    }
    await focal.waitFor('Session summary');
    expect(await focal.exit()).toEqual({ code: 0, signal: null });
    expect(attempts(db)).toHaveLength(3);
  });

  it('ends with the summary on Ctrl-C (SIGINT), keeping every answer', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['drill', '--db', db, '--count', '5', '--kind', 'single', '--seed', '8']);
    for (let i = 1; i <= 2; i++) {
      await focal.waitFor('answer> ', i);
      focal.send('c');
    }
    await focal.waitFor('answer> ', 3);
    focal.child.kill('SIGINT');
    expect(await focal.exit()).toEqual({ code: 0, signal: null });
    expect(focal.stdout).toContain('Session summary');
    expect(focal.stdout).toMatch(/correct \d\/2 \(\d+%\) · mean score \d+%/);
    expect(attempts(db)).toHaveLength(2);
    const sqlite = new Sqlite(db, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL').pluck().get()).toBe(1);
    sqlite.close();
  });

  it('refuses an unknown --question, --topic or --kind with exit 2 and one line', async () => {
    for (const args of [
      ['--question', 'no-such-question'],
      ['--topic', 'no-such-topic'],
      ['--kind', 'essay'],
    ]) {
      const result = await runFocal(['drill', '--db', freshDb(), ...args], { input: 'a\n' });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(args[1]);
      expect(result.stdout).toBe('');
    }
  });
});
