import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SqliteProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from './temp-db.js';

const WRITER = fileURLToPath(new URL('./write-attempts.ts', import.meta.url));

function writeAttempts(path: string, writer: string, count: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, writer, String(count)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('two processes on one database file', () => {
  it('keeps all 1,000 attempts when two processes write 500 each at the same time', async () => {
    // The file does not exist yet: both processes also race to create and migrate it.
    const path = join(tempDir(), 'shared', 'progress.db');
    const results = await Promise.all([writeAttempts(path, 'first', 500), writeAttempts(path, 'second', 500)]);
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });

    const store = SqliteProgressStore.open(path);
    const count = (sql: string) => store.db.prepare(sql).pluck().get();
    expect(count('SELECT count(*) FROM attempts')).toBe(1000);
    expect(count("SELECT count(*) FROM attempts WHERE uuid LIKE 'first-%'")).toBe(500);
    expect(count("SELECT count(*) FROM attempts WHERE uuid LIKE 'second-%'")).toBe(500);
    expect(count('SELECT count(*) FROM review_log')).toBe(1000);
    expect(count('SELECT sum(attempts) FROM question_totals')).toBe(1000);
    expect(count('SELECT count(*) FROM cards')).toBe(20);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  }, 60_000);
});
