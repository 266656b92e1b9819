import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../store/temp-db.js';
import { FOCAL_BIN, runFocal } from '../helpers/run-focal.js';

// Tests run as root, for whom file permissions do not apply: the permission cases run focal as
// the unprivileged user "nobody" (uid 65534) then, so that the kernel refuses as it would a learner.
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-errors-'));
  chmodSync(dir, 0o777);
  dirs.push(dir);
  return dir;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs focal as an unprivileged user (when the tests run as root), or under a bash prefix (ulimit). */
function run(args: string[], options: { unprivileged?: boolean; shellPrefix?: string } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // The unprivileged user cannot enter the test's private home, so settings and cache follow HOME here.
    const env = { ...process.env, NO_COLOR: '1', FOCAL_DEBUG: undefined, HOME: tmpdir(), XDG_CONFIG_HOME: undefined, XDG_CACHE_HOME: undefined, XDG_DATA_HOME: undefined };
    const child = options.shellPrefix
      ? spawn('bash', ['-c', `${options.shellPrefix}; exec "$0" "$@"`, process.execPath, FOCAL_BIN, ...args], { env })
      : spawn(process.execPath, [FOCAL_BIN, ...args], { env, ...(options.unprivileged && AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.end('');
  });
}

/** Exit 2 with one line that names the file (and no stack, no "unexpected failure"). */
function expectOneLineNaming(result: Result, file: string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(file);
  expect(result.stderr).not.toMatch(/unexpected failure|\n\s+at /);
}

async function focalDb(dir: string): Promise<string> {
  const db = join(dir, 'progress.db');
  expect((await runFocal(['stats', '--db', db])).code).toBe(0);
  chmodSync(db, 0o666);
  return db;
}

describe('store failures the user can cause: exit 2, one line naming the file and what to do', () => {
  it('a read-only folder for a new database', async () => {
    const dir = join(tempDir(), 'locked');
    mkdirSync(dir, { mode: 0o555 });
    chmodSync(dir, 0o555);
    const db = join(dir, 'progress.db');
    expectOneLineNaming(await run(['stats', '--db', db], { unprivileged: true }), db);
    expectOneLineNaming(await run(['check', 'motivation-one-stage-goal', 'a', '--record', '--db', db], { unprivileged: true }), db);
  }, 30_000);

  it('a database file with mode 000', async () => {
    const db = await focalDb(tempDir());
    chmodSync(db, 0o000);
    expectOneLineNaming(await run(['stats', '--db', db], { unprivileged: true }), db);
    expectOneLineNaming(await run(['export', '--db', db], { unprivileged: true }), db);
  }, 30_000);

  it('/dev/null as the database', async () => {
    expectOneLineNaming(await run(['stats', '--db', '/dev/null']), '/dev/null');
    expectOneLineNaming(await run(['check', 'motivation-one-stage-goal', 'a', '--record', '--db', '/dev/null']), '/dev/null');
  }, 30_000);

  it('a full disk (a file size limit) when the database is created', async () => {
    const db = join(tempDir(), 'progress.db');
    expectOneLineNaming(await run(['stats', '--db', db], { shellPrefix: "trap '' XFSZ; ulimit -f 4" }), db);
  }, 30_000);

  it('a focal database with a dropped table', async () => {
    const db = await focalDb(tempDir());
    const sqlite = new Sqlite(db);
    sqlite.exec('DROP TABLE review_log');
    sqlite.close();
    for (const command of [['stats'], ['review', '--plain'], ['export'], ['check', 'motivation-one-stage-goal', 'a', '--record']]) {
      expectOneLineNaming(await run([...command, '--db', db]), db);
    }
  }, 60_000);

  it('a focal database with user_version = -1', async () => {
    const db = await focalDb(tempDir());
    const sqlite = new Sqlite(db);
    sqlite.pragma('user_version = -1');
    sqlite.close();
    const before = sha256(db);
    expectOneLineNaming(await run(['stats', '--db', db]), db);
    expect(sha256(db)).toBe(before);
  }, 30_000);

  it('--db "" is an error, not the default database', async () => {
    const result = await run(['stats', '--db', '']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('focal: --db: needs a file name (it was empty)');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);

  it('--db /proc/nope/x.db is refused at once, not a hang', async () => {
    const result = await run(['stats', '--db', '/proc/nope/x.db']);
    expectOneLineNaming(result, '/proc/nope/x.db');
    expect(result.ms).toBeLessThan(10_000);
  }, 30_000);
});

describe('stats and review read a read-only database without writing to it', () => {
  it.skipIf(!AS_ROOT && process.getuid?.() === undefined)('a read-only file in a read-only folder', async () => {
    const dir = tempDir();
    const db = await focalDb(dir);
    expect((await runFocal(['check', 'motivation-one-stage-goal', 'a', '--record', '--db', db])).code).toBe(1);
    chmodSync(db, 0o444);
    chmodSync(dir, 0o555);
    const before = sha256(db);
    const stats = await run(['stats', '--json', '--db', db], { unprivileged: true });
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ attempts: 1 });
    const review = await run(['review', '--plain', '--db', db], { unprivileged: true });
    expect(review.code, review.stderr).toBe(0);
    const exported = await run(['export', '--db', db], { unprivileged: true });
    expect(exported.code, exported.stderr).toBe(0);
    expect(sha256(db)).toBe(before);
    chmodSync(dir, 0o777);
  }, 30_000);
});
