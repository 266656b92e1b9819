import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newCard, reviewCard } from '../../src/core/schedule/fsrs.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/store/export.js';
import { IMPORT_BATCH_ROWS } from '../../src/store/import.js';
import { SqliteProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from './temp-db.js';

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
const T0 = Date.UTC(2025, 0, 6);

describe('a long import commits in batches', () => {
  it('other writers get the lock between batches: answers recorded during the import land while it runs', async () => {
    const dir = tempDir();
    const path = join(dir, 'progress.db');
    const attempts = 40 * IMPORT_BATCH_ROWS;
    const file = join(dir, 'big.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        sessions: [],
        attempts: Array.from({ length: attempts }, (_, i) => ({
          id: `imported-${i}`, sessionId: null, questionId: `q-${i % 50}`, topic: 't', kind: 'single', seed: null, params: {},
          answer: 'a', verdict: 'correct', score: 1, elapsedMs: 1000, hintUsed: false, selfGrade: null, rating: 3, answeredAt: T0 + i,
        })),
        cards: [],
        reviewLogs: [],
      }),
    );
    const store = SqliteProgressStore.open(path);
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    let finished = false;
    void done.then(() => (finished = true));
    const count = () => store.db.prepare("SELECT count(*) FROM attempts WHERE uuid LIKE 'imported-%'").pluck().get() as number;
    // Wait until the import has started committing, then record answers while it goes on.
    while (!finished && count() === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    const seenDuring: number[] = [];
    for (let i = 0; i < 20 && !finished; i++) {
      store.recordAttempt(
        { id: `mine-${i}`, sessionId: null, questionId: 'q-mine', topic: 't', kind: 'single', seed: null, params: {}, answer: 'a',
          verdict: 'correct', score: 1, elapsedMs: 1, hintUsed: false, selfGrade: null, rating: 3, answeredAt: T0 + i },
        (stored) => reviewCard(stored ?? newCard(T0), 3, T0 + i),
      );
      seenDuring.push(count());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await done, stderr).toBe(0);
    // Some answers were recorded while part, not all, of the import was in: it did not hold the lock throughout.
    expect(seenDuring.some((n) => n > 0 && n < attempts)).toBe(true);
    expect(count()).toBe(attempts);
    store.close();
  }, 120_000);
});
