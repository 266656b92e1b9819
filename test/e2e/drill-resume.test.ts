import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import { InteractiveFocal } from '../helpers/interactive-focal.js';
import { PTY_KEYS, PtyFocal } from '../helpers/pty.js';
import { emulate } from '../helpers/terminal-emulator.js';
import { runFocal } from '../helpers/run-focal.js';

// `focal drill --resume`: the latest interrupted drill session goes on with the questions it has
// not answered, its own options, in the same session row; spawned as a user runs it, on real files.

const dir = mkdtempSync(join(tmpdir(), 'focal-resume-'));
const env = { FOCAL_CACHE_DIR: join(dir, 'cache'), LANG: 'C', LC_ALL: undefined, FOCAL_NOW: undefined };
const running: InteractiveFocal[] = [];
const ptys: PtyFocal[] = [];
let dbCount = 0;
let bundledIds: Set<string>;

beforeAll(async () => {
  bundledIds = new Set((await loadBank([])).questions.map((question) => question.id));
});
afterEach(() => {
  for (const focal of running.splice(0)) focal.child.kill('SIGKILL');
  for (const focal of ptys.splice(0)) focal.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshDb = () => join(dir, `progress-${++dbCount}.db`);

/** Numeric questions only: `1` is always a readable (wrong) answer. */
const NUMBERS = ['--topic', 'numbers', '--kind', 'numeric'];

interface SessionRow {
  id: string;
  ended_at: number | null;
  mode: string;
  seed: number | null;
  options: Record<string, unknown>;
}

function read(db: string): { sessions: SessionRow[]; attempts: { session_id: string; question_id: string }[] } {
  const sqlite = new Sqlite(db, { readonly: true });
  try {
    const sessions = (sqlite.prepare('SELECT id, ended_at, mode, seed, options FROM sessions ORDER BY rowid').all() as (Omit<SessionRow, 'options'> & { options: string })[]).map(
      (row) => ({ ...row, options: JSON.parse(row.options) as Record<string, unknown> }),
    );
    const attempts = sqlite.prepare('SELECT session_id, question_id FROM attempts ORDER BY id').all() as { session_id: string; question_id: string }[];
    return { sessions, attempts };
  } finally {
    sqlite.close();
  }
}

/** Answers `answered` questions of a new session of `count` with `1`, then quits. */
async function interrupted(db: string, count: number, answered: number, extra: string[] = [], extraEnv: Record<string, string | undefined> = {}) {
  const input = `${Array.from({ length: answered }, () => '1\n').join('')}:quit\n`;
  const result = await runFocal(['drill', '--db', db, '--count', String(count), '--seed', '7', ...NUMBERS, ...extra], { input, env: { ...env, ...extraEnv } });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result;
}

function resume(db: string, input: string, args: string[] = [], extraEnv: Record<string, string | undefined> = {}) {
  return runFocal(['drill', '--resume', '--db', db, ...args], { input, env: { ...env, ...extraEnv } });
}

describe('focal drill --resume in line mode', () => {
  it('asks the remaining questions of the interrupted session, none answered before, into the same session, then marks it finished', async () => {
    const db = freshDb();
    await interrupted(db, 5, 2);
    const first = read(db);
    expect(first.sessions).toHaveLength(1);
    const session = first.sessions[0]!;
    expect(session.ended_at).not.toBeNull();
    expect(session.options).toMatchObject({ planned: 5, topics: ['numbers'], kinds: ['numeric'], count: 5, lang: 'en' });
    expect(session.options.finished).toBeUndefined();
    expect(session.options.runner).toBeUndefined();
    const answeredFirst = first.attempts.map((attempt) => attempt.question_id);
    expect(answeredFirst).toHaveLength(2);

    // One more answer, then the input ends: interrupted again.
    const second = await resume(db, '1\n');
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout.split('\n')[0]).toMatch(/^Resuming the drill of \d{4}-\d\d-\d\d \d\d:\d\d \(mode mixed · topics numbers · kinds numeric · seed 7\): 2 of 5 answered, 3 to go\.$/);
    expect(second.stdout).toContain('\n3/5 · ');
    expect(second.stdout).toContain('\n4/5 · ');
    expect(second.stdout).not.toContain('\n1/5 · ');
    const afterSecond = read(db);
    expect(afterSecond.sessions).toHaveLength(1);
    expect(afterSecond.attempts).toHaveLength(3);
    expect(afterSecond.sessions[0]!.options.finished).toBeUndefined();

    // The rest: two answers, and the session has run to its end.
    const third = await resume(db, '1\n1\n');
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('3 of 5 answered, 2 to go.');
    expect(third.stdout).toContain('\n5/5 · ');
    // The summary counts the whole session.
    expect(third.stdout).toContain('correct 0/5 (0%)');
    const done = read(db);
    expect(done.sessions).toHaveLength(1);
    expect(done.sessions[0]!.options.finished).toBe(true);
    expect(done.sessions[0]!.ended_at).not.toBeNull();
    expect(done.attempts.every((attempt) => attempt.session_id === session.id)).toBe(true);
    const ids = done.attempts.map((attempt) => attempt.question_id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids.slice(0, 2)).toEqual(answeredFirst);

    // Finished: nothing left to resume.
    const after = await resume(db, '');
    expect(after.code).toBe(2);
    expect(after.stdout).toBe('');
    expect(after.stderr).toBe(`focal: nothing to resume: no interrupted drill session with questions left in ${db}; start one with "focal drill"\n`);
  });

  it('says what it looked for when there is nothing to resume: one line, exit 2 (also as `focal --resume`)', async () => {
    const db = freshDb();
    for (const args of [['drill', '--resume', '--db', db], ['--resume', '--db', db]]) {
      const result = await runFocal(args, { env });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`nothing to resume: no interrupted drill session with questions left in ${db}`);
    }
  });

  it('a session that ran to its end is not resumable', async () => {
    const db = freshDb();
    await interrupted(db, 2, 2, [], {});
    // Ran out on the next question: finished, though the input then ended.
    expect(read(db).sessions[0]!.options.finished).toBe(true);
    expect((await resume(db, '')).code).toBe(2);
  });

  it.each([
    [['--topic', 'gradients'], '--topic'],
    [['--kind=numeric'], '--kind'],
    [['--count', '3'], '--count'],
    [['--mode', 'due'], '--mode'],
    [['--seed', '1'], '--seed'],
    [['--question', 'numbers-ratio-pt0968'], '--question'],
  ])('refuses %j with --resume: one line naming it, exit 2, nothing taken over', async (args, name) => {
    const db = freshDb();
    await interrupted(db, 3, 1);
    const result = await resume(db, '1\n', args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`focal: ${name}: --resume continues the interrupted session with its own ${name}: leave ${name} out, or start a new session without --resume\n`);
    expect(read(db).attempts).toHaveLength(1);
    // Still resumable.
    expect((await resume(db, '')).stdout).toContain('1 of 3 answered, 2 to go.');
  });

  it('keeps the language the session ran in, and --lang overrides it', async () => {
    const db = freshDb();
    await interrupted(db, 3, 1, ['--lang', 'zh']);
    const zh = await resume(db, '');
    expect(zh.stdout.split('\n')[0]).toMatch(/^继续 .* 开始的练习（模式 mixed · 主题 numbers · 题型 numeric · seed 7）：计划 3 题，已答 1 题，还剩 2 题。$/);
    const en = await resume(db, '', ['--lang', 'en']);
    expect(en.stdout).toContain('Resuming the drill of ');
    expect(en.stdout).toContain('1 of 3 answered, 2 to go.');
  });

  it('the defaults set once (FOCAL_COUNT, FOCAL_MODE) do not reach a resumed session: it keeps its own', async () => {
    const db = freshDb();
    await interrupted(db, 4, 1);
    const result = await resume(db, '1\n1\n1\n', [], { FOCAL_COUNT: '1', FOCAL_MODE: 'due' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(mode mixed · topics numbers · kinds numeric · seed 7): 1 of 4 answered, 3 to go.');
    expect(result.stdout).toContain('\n4/4 · ');
    expect(read(db).attempts).toHaveLength(4);
  });

  it('resumes a session whose process was killed (SIGKILL: never ended in the database)', async () => {
    const db = freshDb();
    const focal = new InteractiveFocal(['drill', '--db', db, '--count', '3', '--seed', '7', ...NUMBERS], env);
    running.push(focal);
    await focal.waitFor('answer> ');
    focal.send('1');
    await focal.waitFor('answer> ', 2);
    focal.child.kill('SIGKILL');
    await focal.exit();
    const killed = read(db).sessions[0]!;
    expect(killed.ended_at).toBeNull();
    expect(killed.options.runner).toMatchObject({ pid: focal.child.pid });
    const result = await resume(db, '1\n1\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 of 3 answered, 2 to go.');
    const done = read(db);
    expect(done.attempts).toHaveLength(3);
    expect(new Set(done.attempts.map((attempt) => attempt.question_id)).size).toBe(3);
    expect(done.sessions[0]!.options).toMatchObject({ finished: true });
    expect(done.sessions[0]!.options.runner).toBeUndefined();
  });

  it('"latest" is the session answered in last, even when the clock was set back in between', async () => {
    const db = freshDb();
    await interrupted(db, 4, 1, [], { FOCAL_NOW: '2026-12-01T10:00:00' });
    // The clock now reads a month earlier; this session is still the later one.
    await runFocal(['drill', '--db', db, '--count', '4', '--seed', '7', '--topic', 'relatives', '--kind', 'numeric'], {
      input: '1\n:quit\n',
      env: { ...env, FOCAL_NOW: '2026-11-01T10:00:00' },
    });
    const result = await resume(db, '', [], { FOCAL_NOW: '2026-11-01T10:05:00' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Resuming the drill of 2026-11-01 10:00 \(mode mixed · topics relatives · kinds numeric · seed 7\): 1 of 4 answered, 3 to go\./);
  });

  it('leaves out what a pack folder that is gone held, with a note, and goes on with the rest', async () => {
    const db = freshDb();
    const pack = join(dir, `pack-${dbCount}`);
    cpSync(new URL('../fixtures/packs/good', import.meta.url), pack, { recursive: true });
    // Topic numbers is in the bundled deck and in the pack.
    await interrupted(db, 6, 1, ['--pack', pack]);
    expect(read(db).sessions[0]!.options.packs).toEqual([pack]);
    rmSync(pack, { recursive: true });
    const result = await resume(db, '1\n1\n1\n1\n1\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      expect.stringContaining('1 of 6 answered, 5 to go.'),
      `Note: the pack folder ${pack} of this session is gone; its questions are left out.`,
    ]);
    const asked = read(db).attempts.slice(1).map((attempt) => attempt.question_id);
    expect(asked).toHaveLength(5);
    expect(asked.every((id) => bundledIds.has(id))).toBe(true);
  });

  it('a topic no loaded pack has any more: a note, nothing to ask, and the session is done with', async () => {
    const db = freshDb();
    const pack = join(dir, `pack-${dbCount}`);
    cpSync(new URL('../fixtures/packs/good', import.meta.url), pack, { recursive: true });
    // Topic theory is only in the pack.
    const first = await runFocal(['drill', '--db', db, '--pack', pack, '--topic', 'theory', '--kind', 'expression', '--count', '2', '--seed', '7'], { input: '1\n:quit\n', env });
    expect(first.code).toBe(0);
    rmSync(pack, { recursive: true });
    const result = await resume(db, '');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      expect.stringContaining('1 of 2 answered, 1 to go.'),
      `Note: the pack folder ${pack} of this session is gone; its questions are left out.`,
      'Note: no loaded pack has topic theory any more; its questions are left out.',
      'No question matches these options.',
    ]);
    expect(read(db).sessions[0]!.options.finished).toBe(true);
    expect((await resume(db, '')).code).toBe(2);
  });
});

describe('two processes and one session', () => {
  it('a session still running in another process is left to it', async () => {
    const db = freshDb();
    const owner = new InteractiveFocal(['drill', '--db', db, '--count', '3', '--seed', '7', ...NUMBERS], env);
    running.push(owner);
    await owner.waitFor('answer> ');
    owner.send('1');
    await owner.waitFor('answer> ', 2);
    const refused = await resume(db, '1\n');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`nothing to resume: .* \\(the drill started .* is still running in process ${owner.child.pid}\\)`));
    owner.send(':quit');
    expect((await owner.exit()).code).toBe(0);
    const resumed = await resume(db, '');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('1 of 3 answered, 2 to go.');
  });

  it('two resuming at once: exactly one takes the session; nothing is asked twice', async () => {
    const db = freshDb();
    await interrupted(db, 4, 1);
    const both = [0, 1].map(() => new InteractiveFocal(['drill', '--resume', '--db', db], env));
    running.push(...both);
    // Each either asks (it took the session) or exits (it did not); the one asking waits for input.
    const outcome = await Promise.all(
      both.map((focal) => Promise.race([focal.waitFor('answer> ').then(() => 'asks' as const), focal.exit().then(() => 'exited' as const)])),
    );
    expect([...outcome].sort()).toEqual(['asks', 'exited']);
    const winner = both[outcome.indexOf('asks')]!;
    const loser = both.find((focal) => focal !== winner)!;
    expect(loser.stderr).toContain(`is still running in process ${winner.child.pid}`);
    expect((await loser.exit()).code).toBe(2);
    for (let i = 0; i < 3; i++) winner.send('1');
    expect((await winner.exit()).code).toBe(0);
    const done = read(db);
    expect(done.attempts).toHaveLength(4);
    expect(new Set(done.attempts.map((attempt) => attempt.question_id)).size).toBe(4);
    expect(done.sessions[0]!.options.finished).toBe(true);
  });
});

describe('focal drill --resume in the terminal interface', () => {
  it('says which session it resumes above the interface, numbers on, and records into the same session', async () => {
    const db = freshDb();
    await interrupted(db, 3, 1);
    const focal = new PtyFocal(['drill', '--resume', '--db', db], { env: { ...env, NO_COLOR: '1' } });
    ptys.push(focal);
    // Ink's frame is up (its footer), numbered on from the answer before.
    await focal.waitFor(/Esc end$/m);
    expect(focal.screen()).toMatch(/ 2\/3 /);
    // On the terminal: the line said first stays, right above the one header (the plain first paint was replaced in place).
    const { all } = await emulate(focal.raw);
    const headers = all.flatMap((line, index) => (line.startsWith(' focal-drill · ') ? [index] : []));
    expect(headers).toHaveLength(1);
    // (The line is longer than the terminal is wide: it wraps onto the rows above the header.)
    expect(all[headers[0]! - 1]).toMatch(/1 of 3 answered, 2 to go\.$/);
    expect(all.slice(0, headers[0]).join('')).toMatch(/Resuming the drill of .* \(mode mixed · topics numbers · kinds numeric · seed 7\): 1 of 3 answered, 2 to go\./);
    await focal.press('1', PTY_KEYS.enter);
    await focal.waitFor('✗');
    focal.pty.kill('SIGTERM');
    expect((await focal.exit()).exitCode).toBe(0);
    const stored = read(db);
    expect(stored.sessions).toHaveLength(1);
    expect(stored.attempts).toHaveLength(2);
    expect(new Set(stored.attempts.map((attempt) => attempt.session_id)).size).toBe(1);
    expect(new Set(stored.attempts.map((attempt) => attempt.question_id)).size).toBe(2);
    expect(stored.sessions[0]!.options.finished).toBeUndefined();
    expect(stored.sessions[0]!.options.runner).toBeUndefined();
    expect((await resume(db, '')).stdout).toContain('2 of 3 answered, 1 to go.');
  });
});
