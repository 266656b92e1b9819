// Several drills on one database: 8 processes each record 200 answers at once on the same
// questions. Every attempt must be there and every card must have moved once per answer
// (reps = review-log rows): no lost attempt, no lost card update.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteProgressStore } from '../src/store/progress-store.js';
import { maxRow, type Bench, type BenchRow } from './harness.js';

const WRITERS = 8;
const ANSWERS = 200;
const WRITER = fileURLToPath(new URL('./concurrent-writer.ts', import.meta.url));

function runWriter(path: string, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, name, String(ANSWERS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(stdout)) : reject(new Error(`writer ${name} failed: ${stderr}`))));
  });
}

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'focal-bench-writers-'));
  try {
    const path = join(dir, 'progress.db');
    // A new file: the writers also race to create it.
    const slowest = await Promise.all(Array.from({ length: WRITERS }, (_, i) => runWriter(path, `w${i}`)));
    const store = SqliteProgressStore.open(path);
    const one = (sql: string) => store.db.prepare(sql).pluck().get() as number;
    const attempts = one('SELECT count(*) FROM attempts');
    const reps = one('SELECT sum(reps) FROM cards');
    const logs = one('SELECT count(*) FROM review_log');
    store.close();
    const rows: BenchRow[] = [
      maxRow(`${WRITERS} writers × ${ANSWERS} answers: attempts lost`, WRITERS * ANSWERS - attempts, 'rows', 0),
      maxRow(`${WRITERS} writers × ${ANSWERS} answers: card updates lost`, logs - reps, 'updates', 0),
      { name: `${WRITERS} writers × ${ANSWERS} answers: slowest answer write`, value: Math.max(...slowest), unit: 'ms' },
    ];
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
