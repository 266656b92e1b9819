import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Database, Options } from 'better-sqlite3';
import { InputError } from '../core/errors.js';
import type { Said, WordKey } from '../core/words/index.js';
import { APPLICATION_ID, latestVersion, loadMigrations, migrate } from './migrations.js';

// better-sqlite3 is CommonJS: `require` runs it as it is, where an `import` would first parse
// it and what it re-exports for their export names (milliseconds of every drill's start-up).
const requireCjs = createRequire(import.meta.url);
const Sqlite = requireCjs('better-sqlite3') as typeof import('better-sqlite3');

/**
 * The addon's file where better-sqlite3 builds or downloads it. Given on open, it spares the
 * lookup better-sqlite3 does otherwise (the `bindings` package tries a dozen places); when it
 * is not there, that lookup runs as usual.
 */
const ADDON = ((): string | undefined => {
  const file = join(dirname(requireCjs.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
})();

/** Opens a better-sqlite3 database, its addon found as ADDON says. */
function sqlite(source: string | Buffer, options: Options): Database {
  return new Sqlite(source, ADDON ? { ...options, nativeBinding: ADDON } : options);
}

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 10_000;
/** Files up to this size get a full structural check on open; bigger ones would cost too much. */
const QUICK_CHECK_MAX_BYTES = 8 * 1024 * 1024;
const WAL_CHECKPOINT_PAGES = 10_000;

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Opens (creating if needed) the progress database at `path`, ready to use:
 * - a missing or empty file becomes a new database; parent folders are created;
 * - a file that is not ours (not SQLite, another program's database), is corrupt, or was
 *   written by a newer focal-drill is refused with an InputError naming it, and left
 *   byte-for-byte untouched: nothing is written before these checks pass;
 * - WAL journal, synchronous=NORMAL, foreign keys on, a busy timeout so that several
 *   `focal` processes can share the file; pending migrations applied.
 *
 * synchronous=NORMAL in WAL mode: a commit is durable once written to the WAL, so a killed
 * process loses nothing committed; only a power cut or OS crash may lose the very last
 * commits (never consistency). That is the trade that keeps a commit well under a millisecond.
 */
export function openProgressDb(path: string, options: { forReading?: boolean } = {}): Database {
  const file = resolve(path);
  const size = existingSize(file);
  if (size > 0) checkHeader(file);
  if (options.forReading && size > 0 && !writable(file)) return openReadOnly(file, size);
  let db: Database;
  try {
    db = sqlite(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw storeError(error, file);
  }
  try {
    // First of all: every statement after this one waits for other processes' locks.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const version = inspect(db, file, size);
    whileBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = NORMAL');
    // Checkpoint (copy the WAL into the file, with an fsync) every ~40 MB rather than every
    // 4 MB: it then happens when the database closes at the end of a session, not in the
    // middle of recording an answer.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma('foreign_keys = ON');
    if (version < latestVersion()) migrate(db, loadMigrations());
    checkTables(db, file);
    return db;
  } catch (error) {
    db.close();
    throw storeError(error, file);
  }
}

/** Can this process write the file and create the WAL beside it? */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A database this process may not write (`stats` on a read-only file) is read as it is: opened
 * read-only, checked as usual, nothing migrated and nothing written.
 */
function openReadOnly(file: string, size: number): Database {
  let db: Database;
  try {
    db = existsSync(`${file}-wal`) ? sqlite(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS }) : snapshot(file);
  } catch (error) {
    throw storeError(error, file);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const version = inspect(db, file, size);
    if (version < latestVersion()) {
      throw new InputError({ key: 'store.needsUpgrade', params: { version, latest: latestVersion() } }, { file });
    }
    checkTables(db, file);
    return db;
  } catch (error) {
    db.close();
    throw storeError(error, file);
  }
}

/**
 * A read-only copy in memory of a database whose last writer closed it cleanly (no WAL file):
 * SQLite cannot open a WAL-mode file read-only where it may not create the WAL index beside it,
 * and the whole committed state is in the file. Marked as a rollback-journal file in the copy
 * (header bytes 18 and 19), which is all an in-memory database understands.
 */
function snapshot(file: string): Database {
  const bytes = readFileSync(file);
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return sqlite(bytes, { readonly: true });
}

/** The tables every command relies on, by the schema version that made them. */
const TABLES = ['sessions', 'attempts', 'cards', 'review_log', 'question_totals'];

/** A table dropped by hand (or by another tool) would fail every command later: refuse now, naming it. */
function checkTables(db: Database, file: string): void {
  const present = new Set(db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
  const missing = TABLES.filter((table) => !present.has(table));
  if (missing.length > 0) {
    throw new InputError({ key: 'store.missingTables', params: { tables: missing.join(', ') } }, { file });
  }
}

const BUSY_RETRY_PAUSE_MS = 5;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `step`, again while SQLite answers "busy" without waiting (switching a new file to WAL
 * needs its exclusive lock, and SQLite does not wait for a lock that another opening process
 * holds while this one holds a shared lock: it would deadlock), up to the busy timeout.
 */
function whileBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, BUSY_RETRY_PAUSE_MS);
    }
  }
}

/** The size of the file, creating its folder when it does not exist yet (0 then). */
function existingSize(file: string): number {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError({ key: 'store.cannotRead', params: { reason: (error as Error).message } }, { file });
    createFolder(dirname(file), file);
    return 0;
  }
  if (stats.isDirectory()) throw refuse(file, { key: 'store.isFolder' });
  if (!stats.isFile()) throw new InputError({ key: 'store.notAFile' }, { file });
  return stats.size;
}

/**
 * Creates the database's folder one level at a time, from the deepest that exists: Node's
 * recursive mkdir loops for ever where a level can never be made (`/proc/nope`), and this
 * names the level that failed instead.
 */
function createFolder(folder: string, file: string): void {
  const missing: string[] = [];
  for (let level = folder; ; level = dirname(level)) {
    let stats;
    try {
      stats = statSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && dirname(level) !== level) {
        missing.unshift(level);
        continue;
      }
      throw new InputError({ key: 'store.cannotCreateFolder', params: { reason: (error as Error).message } }, { file });
    }
    if (!stats.isDirectory()) throw new InputError({ key: 'store.levelNotFolder', params: { level } }, { file });
    break;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new InputError({ key: 'store.cannotMakeFolder', params: { reason: (error as Error).message } }, { file });
    }
  }
}

/** Refuses from the raw header alone, before SQLite touches the file. */
function checkHeader(file: string): void {
  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new InputError({ key: 'store.cannotOpenFile', params: { reason: (error as Error).message } }, { file });
  }
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw refuse(file, { key: 'store.notSqlite' });
  const applicationId = header.readInt32BE(68);
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) throw refuse(file, { key: 'store.otherProgram' });
  if (applicationId === APPLICATION_ID) checkVersion(file, header.readInt32BE(60));
}

/**
 * Reads what the database says of itself (the WAL included) without writing, and checks
 * it is ours, not newer, and structurally sound. Returns its schema version.
 */
function inspect(db: Database, file: string, size: number): number {
  // One statement, so one snapshot: read apart, another process creating the file could commit
  // its first migration in between, and a fresh focal database would look like another program's.
  const { applicationId, version, objects } = db
    .prepare(
      'SELECT (SELECT application_id FROM pragma_application_id) AS applicationId, (SELECT user_version FROM pragma_user_version) AS version, (SELECT count(*) FROM sqlite_schema) AS objects',
    )
    .get() as { applicationId: number; version: number; objects: number };
  if (applicationId === 0 && (objects > 0 || version > 0)) throw refuse(file, { key: 'store.otherSqlite' });
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) throw refuse(file, { key: 'store.otherProgram' });
  checkVersion(file, version);
  if (size > 0 && size <= QUICK_CHECK_MAX_BYTES) {
    const problems = db.pragma('quick_check(1)', { simple: true }) as string;
    if (problems !== 'ok') throw refuse(file, { key: 'store.corruptCheck', params: { problems: oneLine(problems) } });
  }
  return version;
}

function checkVersion(file: string, version: number): void {
  const latest = latestVersion();
  if (version < 0) throw refuse(file, { key: 'store.badVersion', params: { version } });
  if (version > latest) {
    throw refuse(file, { key: 'store.newer', params: { version, latest } });
  }
}

/** SQLite's reports span lines and carry banners; a message is one line. */
function oneLine(text: string): string {
  return text.replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim();
}

function refuse(file: string, reason: Said): InputError {
  return new InputError({ key: 'store.untouched', params: { reason } }, { file });
}

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

/** What the user can do about each kind of failure SQLite reports, by its primary code. */
const STORE_FAILURES: Record<string, WordKey> = {
  SQLITE_CANTOPEN: 'store.failure.cantOpen',
  SQLITE_READONLY: 'store.failure.readOnly',
  SQLITE_PERM: 'store.failure.permission',
  SQLITE_AUTH: 'store.failure.permission',
  SQLITE_FULL: 'store.failure.full',
  SQLITE_IOERR: 'store.failure.io',
  SQLITE_BUSY: 'store.failure.busy',
  SQLITE_LOCKED: 'store.failure.busy',
  SQLITE_NOLFS: 'store.failure.tooLarge',
  SQLITE_SCHEMA: 'store.failure.changed',
};

/**
 * What a failure of the database means to the user: anything the user or their machine
 * caused (a corrupt, unreadable, read-only or damaged file, a full disk, a lock held too long)
 * is an input error naming the file and what to do (exit 2); anything else stays an
 * unexpected failure.
 */
export function storeError(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  const reason = oneLine((error as Error).message);
  if (CORRUPTION_CODES.has(code) || code.startsWith('SQLITE_CORRUPT')) return refuse(file, { key: 'store.corrupt', params: { reason } });
  const primary = code.replace(/^(SQLITE_[A-Z]+?)(_[A-Z_]+)?$/, '$1');
  const advice = STORE_FAILURES[code] ?? STORE_FAILURES[primary];
  if (advice) return new InputError({ key: advice, params: { reason } }, { file });
  // "no such table", a missing column...: the file was changed by something other than focal.
  if (code === 'SQLITE_ERROR' && /no such (table|column)|has no column/.test(reason)) {
    return new InputError({ key: 'store.damaged', params: { reason } }, { file });
  }
  return error;
}
