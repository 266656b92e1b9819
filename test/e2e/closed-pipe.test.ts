import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOCAL_BIN, runFocal } from '../helpers/run-focal.js';

let dir: string;
let db: string;

/**
 * Runs focal with its stdout a pipe whose reading end is already closed (like `focal … | head -1`
 * once head has its line): every write fails with EPIPE.
 */
function runIntoClosedPipe(args: string[], input = ''): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FOCAL_BIN, ...args], { env: { ...process.env, NO_COLOR: '1', FOCAL_DEBUG: undefined }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-pipe-'));
  db = join(dir, 'progress.db');
  // Some history, so that stats and exports have lines to write.
  const answers = Array.from({ length: 6 }, () => 'a').join('\n');
  expect((await runFocal(['drill', '--plain', '--db', db, '--count', '6', '--kind', 'single', '--seed', '3'], { input: `${answers}\n` })).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output into a pipe closed early exits quietly with status 0, for every command', () => {
  const cases: [string, string[], string?][] = [
    ['stats', ['stats']],
    ['stats --json', ['stats', '--json']],
    ['review --plain', ['review', '--plain']],
    ['export', ['export']],
    ['export --format csv', ['export', '--format', 'csv']],
    ['drill --plain', ['drill', '--plain', '--count', '3', '--kind', 'single', '--seed', '5'], 'a\na\na\n'],
    ['questions list', ['questions', 'list']],
    ['--help', ['--help']],
    ['eval', ['eval', '1+1']],
  ];
  for (const [name, args, input] of cases) {
    it(name, async () => {
      const result = await runIntoClosedPipe([...args, '--db', db], input);
      expect(result.stderr).toBe('');
      expect(result).toMatchObject({ code: 0, signal: null });
    }, 30_000);
  }

  it('a drill whose output pipe closed still ends its session (ended_at set)', async () => {
    const path = join(dir, 'drill-pipe.db');
    const result = await runIntoClosedPipe(['drill', '--plain', '--count', '2', '--kind', 'single', '--seed', '5', '--db', path], 'a\na\n');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    // The store was closed on the way out: closing the last connection folds the write-ahead log in and removes it.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const Sqlite = (await import('better-sqlite3')).default;
    const check = new Sqlite(path, { readonly: true });
    const open = check.prepare('SELECT count(*) FROM sessions WHERE ended_at IS NULL').pluck().get();
    const sessions = check.prepare('SELECT count(*) FROM sessions').pluck().get();
    check.close();
    expect(open).toBe(0);
    expect(sessions).toBeLessThanOrEqual(1);
  }, 30_000);

  it('an interview whose output pipe closed still ends, and its store is closed', async () => {
    const path = join(dir, 'interview-pipe.db');
    const result = await runIntoClosedPipe(['interview', '--plain', '--seed', '3', '--db', path], '201\n');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(`${path}-wal`)).toBe(false);
    const Sqlite = (await import('better-sqlite3')).default;
    const check = new Sqlite(path, { readonly: true });
    const open = check.prepare('SELECT count(*) FROM sessions WHERE ended_at IS NULL').pluck().get();
    check.close();
    expect(open).toBe(0);
  }, 30_000);
});
