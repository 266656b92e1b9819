import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { APPLICATION_ID, latestVersion, loadMigrations } from '../../src/store/migrations.js';
import { openProgressDb } from '../../src/store/open.js';
import { sha256, tempDir } from './temp-db.js';

function refusal(path: string): InputError {
  try {
    openProgressDb(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${path} was opened`);
}

/** Opening `path` is refused with a message naming it, and the file keeps every byte. */
function expectRefusedUntouched(path: string, reason: RegExp): void {
  const before = sha256(path);
  const siblings = readdirSync(join(path, '..')).sort();
  const message = refusal(path).describe();
  expect(message).toContain(path);
  expect(message).toMatch(reason);
  expect(message).not.toContain('\n');
  expect(sha256(path)).toBe(before);
  expect(readdirSync(join(path, '..')).sort()).toEqual(siblings);
}

describe('opening the progress database', () => {
  it('opens an up-to-date file while another process holds the write lock (a drill started during an import)', () => {
    const path = join(tempDir(), 'progress.db');
    openProgressDb(path).close();
    const importer = new Sqlite(path);
    importer.exec('BEGIN IMMEDIATE');
    try {
      // Before, every open ran each migration's check in a write transaction and waited out the busy timeout.
      const db = openProgressDb(path);
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
      db.close();
    } finally {
      importer.exec('ROLLBACK');
      importer.close();
    }
  });

  it('creates a missing file, and its parent folders, at the latest schema in WAL mode', () => {
    const path = join(tempDir(), 'a', 'b', 'progress.db');
    const db = openProgressDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['attempts', 'cards', 'interview_plan', 'question_totals', 'review_log', 'sessions']);
    db.close();
    expect(statSync(path).size).toBeGreaterThan(0);
  });

  it('treats an empty (0-byte) file as a new database', () => {
    const path = join(tempDir(), 'progress.db');
    writeFileSync(path, '');
    const db = openProgressDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('opens its own database again without migrating anything', () => {
    const path = join(tempDir(), 'progress.db');
    openProgressDb(path).close();
    const db = openProgressDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('has numbered migrations with no gaps, found from the package root', () => {
    const migrations = loadMigrations();
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(latestVersion()).toBeGreaterThanOrEqual(2);
  });

  it('refuses a file that is not SQLite at all, untouched', () => {
    const path = join(tempDir(), 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(20));
    expectRefusedUntouched(path, /not a focal-drill database/);
  });

  it("refuses another program's SQLite database, untouched", () => {
    const path = join(tempDir(), 'other.db');
    const other = new Sqlite(path);
    other.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Ada\')');
    other.close();
    expectRefusedUntouched(path, /not a focal-drill database/);
    const marked = join(tempDir(), 'marked.db');
    const app = new Sqlite(marked);
    app.pragma('application_id = 1234');
    app.exec('CREATE TABLE t (x)');
    app.close();
    expectRefusedUntouched(marked, /not a focal-drill database/);
  });

  it('refuses a database written by a newer focal-drill, untouched', () => {
    const path = join(tempDir(), 'progress.db');
    const db = openProgressDb(path);
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    expectRefusedUntouched(path, new RegExp(`newer focal-drill \\(schema ${latestVersion() + 1}; this version knows up to ${latestVersion()}\\)`));
  });

  it('refuses a corrupt database, untouched', () => {
    const path = join(tempDir(), 'progress.db');
    const db = openProgressDb(path);
    const insert = db.prepare("INSERT INTO sessions (id, started_at, mode) VALUES (?, 0, 'mixed')");
    for (let i = 0; i < 300; i++) insert.run(`session-${i}-${'x'.repeat(40)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over the second page onwards: the header still says "focal-drill".
    const bytes = Buffer.from(readFileSync(path));
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize; i < Math.min(bytes.length, pageSize * 4); i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(path, bytes);
    expectRefusedUntouched(path, /corrupt/);
  });

  it('refuses a truncated database, untouched', () => {
    const path = join(tempDir(), 'progress.db');
    const db = openProgressDb(path);
    db.close();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, 100));
    expectRefusedUntouched(path, /corrupt|not a focal-drill/);
  });

  it('refuses a folder where the file should be', () => {
    const path = join(tempDir(), 'progress.db');
    mkdirSync(path);
    expect(refusal(path).describe()).toMatch(/folder/);
    expect(existsSync(join(path, 'progress.db'))).toBe(false);
  });
});
