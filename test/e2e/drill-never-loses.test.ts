import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { NumericQuestion } from '../../src/core/kinds/numeric.js';
import { InteractiveFocal } from '../helpers/interactive-focal.js';
import { FOCAL_BIN, runFocal } from '../helpers/run-focal.js';

const VERDICT_END = '\nsource: ';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-keep-'));
  dirs.push(dir);
  return join(dir, 'progress.db');
}
function read<T>(db: string, sql: string): T {
  const sqlite = new Sqlite(db, { readonly: true });
  try {
    return sqlite.prepare(sql).pluck().get() as T;
  } finally {
    sqlite.close();
  }
}
const DRILL = ['drill', '--plain', '--kind', 'single', '--seed', '5'];

describe('SIGTERM and SIGHUP end a line-mode drill like Ctrl-C', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: summary printed, session ended, exit 0, the answer given kept`, async () => {
      const db = tempDb();
      const focal = new InteractiveFocal([...DRILL, '--count', '4', '--db', db]);
      await focal.waitFor('answer> ');
      focal.send('a');
      await focal.waitFor(VERDICT_END);
      await focal.waitFor('answer> ', 2);
      focal.child.kill(signal);
      expect(await focal.exit()).toEqual({ code: 0, signal: null });
      expect(focal.stdout).toContain('Session summary');
      expect(read<number>(db, 'SELECT count(*) FROM attempts')).toBe(1);
      expect(read<number>(db, 'SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL')).toBe(1);
    }, 30_000);
  }

  it('Ctrl-C while a derivation is half typed does not grade it', async () => {
    const db = tempDb();
    const focal = new InteractiveFocal(['drill', '--plain', '--kind', 'derivation', '--count', '1', '--seed', '1', '--db', db]);
    await focal.waitFor('answer> ');
    focal.send('= 1');
    await new Promise((resolve) => setTimeout(resolve, 300));
    focal.child.kill('SIGINT');
    expect(await focal.exit()).toEqual({ code: 0, signal: null });
    expect(focal.stdout).toContain('Nothing answered');
    expect(read<number>(db, 'SELECT count(*) FROM attempts')).toBe(0);
  }, 30_000);
});

describe('a typo costs nothing', () => {
  it('an unreadable answer is not stored and does not turn the right answer after it into Hard', async () => {
    const db = tempDb();
    const question = (await loadBank([])).questions.find((candidate): candidate is NumericQuestion => candidate.kind === 'numeric' && !candidate.params)!;
    const result = await runFocal(['drill', '--plain', '--question', question.id, '--db', db], { input: `1/(\n${question.answer}\n` });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('not counted; try again');
    expect(read<number>(db, 'SELECT count(*) FROM attempts')).toBe(1);
    expect(read<number>(db, "SELECT count(*) FROM attempts WHERE verdict = 'invalid'")).toBe(0);
    // Answered at once and right: Easy (4), as without the typo — not Hard (2).
    expect(read<number>(db, 'SELECT rating FROM attempts')).toBe(4);
  }, 30_000);

  it('200,000 junk lines add no row', async () => {
    const db = tempDb();
    const junk = `${Array.from({ length: 200_000 }, () => 'zz').join('\n')}\n`;
    const result = await runFocal([...DRILL, '--count', '1', '--db', db], { input: junk, timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(read<number>(db, 'SELECT count(*) FROM attempts')).toBe(0);
  }, 90_000);
});

describe('an answer the database cannot take is never dropped silently', () => {
  it('disk full (a file size limit): said on screen, the session goes on, exit 2 with the count of unsaved answers', async () => {
    const db = tempDb();
    // A database that exists already, then a drill that may not grow any file past 40 KiB (the database alone is 44 KiB: its first write goes past).
    expect((await runFocal(['stats', '--db', db])).code).toBe(0);
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const args = [...DRILL, '--count', '2', '--db', db].map((arg) => `'${arg}'`).join(' ');
      // SIGXFSZ ignored: a write past the limit fails with EFBIG instead of killing the process.
      const child = spawn('bash', ['-c', `trap '' XFSZ; ulimit -f 40; exec '${process.execPath}' '${FOCAL_BIN}' ${args}`], {
        env: { ...process.env, NO_COLOR: '1', FOCAL_DEBUG: undefined },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end('a\na\n');
    });
    expect(result.stdout.split(VERDICT_END)).toHaveLength(3); // both verdicts shown: the session went on
    expect(result.stdout).toContain('Not saved yet');
    expect(result.stdout).toContain(db);
    expect(result.stderr).toContain(db);
    expect(result.stderr).toMatch(/2 answer\(s\) of this session could not be saved/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.code).toBe(2);
  }, 30_000);

  it('a database held locked past the busy timeout: the answer waits, is said unsaved, and is saved with the next one', async () => {
    const db = tempDb();
    expect((await runFocal(['stats', '--db', db])).code).toBe(0);
    // Another program holds the write lock until told to let go (past focal's 10 s busy timeout).
    const holder = spawn(process.execPath, [
      '-e',
      `const S=require('better-sqlite3');const d=new S(process.argv[1]);d.exec('BEGIN IMMEDIATE');console.log('held');process.stdin.once('data',()=>{d.exec('COMMIT');d.close();process.exit(0)})`,
      db,
    ], { cwd: process.cwd() });
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const focal = new InteractiveFocal([...DRILL, '--count', '2', '--db', db]);
    await focal.waitFor('answer> ');
    focal.send('a');
    await focal.waitFor('Not saved yet', 1, 45_000);
    holder.stdin.end('go\n');
    await new Promise((resolve) => holder.on('close', resolve));
    await focal.waitFor('answer> ', 2);
    focal.send('a');
    await focal.waitFor(VERDICT_END, 2);
    focal.endInput();
    expect(await focal.exit()).toEqual({ code: 0, signal: null });
    expect(read<number>(db, 'SELECT count(*) FROM attempts')).toBe(2);
    expect(read<number>(db, 'SELECT sum(reps) FROM cards')).toBe(2);
  }, 60_000);
});
