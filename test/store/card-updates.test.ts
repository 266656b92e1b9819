import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SqliteProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from './temp-db.js';

const CHILD = fileURLToPath(new URL('./review-same-card.ts', import.meta.url));

function review(path: string, writer: string, count: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, writer, String(count)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('several processes reviewing the same card at once', () => {
  for (const processes of [2, 4, 8]) {
    it(`${processes} processes: every review moves the card (reps = review-log rows = attempts)`, async () => {
      // A new file: the processes also race to create it (busy timeout before any other pragma).
      const path = join(tempDir(), 'progress.db');
      const perProcess = 12;
      const results = await Promise.all(Array.from({ length: processes }, (_, i) => review(path, `w${i}`, perProcess)));
      for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
      const store = SqliteProgressStore.open(path);
      const one = (sql: string) => store.db.prepare(sql).pluck().get();
      expect(one('SELECT count(*) FROM attempts')).toBe(processes * perProcess);
      expect(one('SELECT count(*) FROM review_log')).toBe(processes * perProcess);
      expect(one("SELECT reps FROM cards WHERE question_id = 'shared-question'")).toBe(processes * perProcess);
      store.close();
    }, 120_000);
  }
});
