import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newCard, reviewCard } from '../../src/core/schedule/fsrs.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/store/export.js';
import { IMPORT_BATCH_ROWS, importProgress, readExport } from '../../src/store/import.js';
import { SqliteProgressStore } from '../../src/store/progress-store.js';
import { openTempStore, tempDir } from './temp-db.js';

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
const T0 = Date.UTC(2025, 0, 6);

/** An export of `count` attempts, written to `file`. */
function writeExport(file: string, count: number): void {
  writeFileSync(
    file,
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      sessions: [],
      attempts: Array.from({ length: count }, (_, i) => ({
        id: `imported-${i}`, sessionId: null, questionId: `q-${i % 50}`, topic: 't', kind: 'single', seed: null, params: {},
        answer: 'a', verdict: 'correct', score: 1, elapsedMs: 1000, hintUsed: false, selfGrade: null, rating: 3, answeredAt: T0 + i,
      })),
      cards: [],
      reviewLogs: [],
    }),
  );
}

/**
 * Frames in the WAL not yet copied into the database file, from the wal-index header in the
 * -shm file (SQLite's file format: mxFrame at byte 16, nBackfill at byte 96).
 */
function uncopiedFrames(db: string): number {
  const header = readFileSync(`${db}-shm`);
  return header.readUInt32LE(16) - header.readUInt32LE(96);
}

describe('a long import commits in batches', () => {
  it('other writers get the lock between batches: answers recorded during the import land while it runs', async () => {
    const dir = tempDir();
    const path = join(dir, 'progress.db');
    // At least ten batches, however fast the machine writes.
    const attempts = 10 * IMPORT_BATCH_ROWS;
    const file = join(dir, 'big.json');
    writeExport(file, attempts);
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

  it('copies its own writes into the file as it goes, so that no answer after it has to copy tens of megabytes', () => {
    const store = openTempStore();
    const db = store.db.name;
    const file = join(tempDir(), 'big.json');
    writeExport(file, 20_000);
    importProgress(store, readExport(file));
    // The store's own interval is 10,000 pages (about 40 MB); the import's is 1,000, plus the batch that crossed it.
    expect(uncopiedFrames(db)).toBeLessThan(2_000);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
  }, 120_000);
});
