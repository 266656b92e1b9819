import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { SqliteProgressStore } from '../../src/store/progress-store.js';

const made: string[] = [];
const opened: SqliteProgressStore[] = [];

/** A fresh folder under the system temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-store-'));
  made.push(dir);
  return dir;
}

/** A progress store on a fresh SQLite file, closed (and its folder removed) after the test. */
export function openTempStore(): SqliteProgressStore {
  const store = SqliteProgressStore.open(join(tempDir(), 'progress.db'));
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
