// A drill answering while `focal import` merges a large export into the same database: the
// import commits in batches, so no answer write may wait long for the lock (target ≈ 100 ms).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { QuestionInstance } from '../src/core/bank/types.js';
import { commitAnswer } from '../src/core/session/commit.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../src/store/export.js';
import { SqliteProgressStore } from '../src/store/progress-store.js';
import { FOCAL_BIN, maxRow, percentile, type Bench } from './harness.js';

const IMPORTED = 60_000;
const T0 = Date.UTC(2025, 0, 6);

function exportFile(path: string) {
  const attempts = Array.from({ length: IMPORTED }, (_, i) => ({
    id: `imported-${i}`, sessionId: null, questionId: `q-${i % 50}`, topic: 't', kind: 'single', seed: null, params: {},
    answer: 'a', verdict: 'correct', score: 1, elapsedMs: 1000, hintUsed: false, selfGrade: null, rating: 3, answeredAt: T0 + i,
  }));
  writeFileSync(path, JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, sessions: [], attempts, cards: [], reviewLogs: [] }));
}

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'focal-bench-import-'));
  try {
    const path = join(dir, 'progress.db');
    const file = join(dir, 'export.json');
    exportFile(file);
    const store = SqliteProgressStore.open(path);
    const child = spawn(process.execPath, [FOCAL_BIN, 'import', file, '--db', path], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let running = true;
    const exit = new Promise<number | null>((resolve) => child.on('close', (code) => { running = false; resolve(code); }));
    const imported = () => store.db.prepare("SELECT count(*) FROM attempts WHERE uuid LIKE 'imported-%'").pluck().get() as number;
    while (running && imported() === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    const waits: number[] = [];
    for (let i = 0; running; i++) {
      const instance = { question: { id: `mine-${i % 10}`, topic: 'mine', kind: 'single', difficulty: 1 }, seed: null, params: {} } as unknown as QuestionInstance;
      const start = performance.now();
      commitAnswer(store, {
        instance, answer: 'a', result: { verdict: 'correct', correct: true, score: 1, feedback: '', expected: 'a' },
        elapsedMs: 5000, hintUsed: false, sessionId: null, now: Date.now(), id: `mine-${i}`,
      });
      waits.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    if ((await exit) !== 0) throw new Error(`focal import failed: ${stderr}`);
    store.close();
    return [
      { name: `answers written during an import of ${IMPORTED} attempts`, value: waits.length, unit: 'writes' },
      { name: 'answer write during the import: p50', value: percentile(waits, 50), unit: 'ms' },
      maxRow('answer write during the import: slowest', Math.max(...waits), 'ms', 100),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
