import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, loadMigrations, migrate } from '../../src/store/migrations.js';
import { openProgressDb } from '../../src/store/open.js';
import { SqliteProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from './temp-db.js';

const V1_SQL = readFileSync(new URL('../fixtures/db/v1.sql', import.meta.url), 'utf8');
const V1_TABLES = ['sessions', 'attempts', 'cards', 'review_log'];

/** A schema-1 database full of history, built from the fixture the way schema 1 left it. */
function v1Database(): string {
  const path = join(tempDir(), 'progress.db');
  const db = new Sqlite(path);
  db.pragma('journal_mode = WAL');
  db.exec(V1_SQL);
  db.close();
  return path;
}

function rows(db: Database, table: string): unknown[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
}

function schemaOf(db: Database): unknown[] {
  return db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
}

describe('migrations', () => {
  it('the v1 fixture has exactly the schema migration 1 creates', () => {
    const fixture = new Sqlite(v1Database());
    const fresh = new Sqlite(':memory:');
    migrate(fresh, loadMigrations().slice(0, 1));
    expect(fresh.pragma('user_version', { simple: true })).toBe(1);
    const normalise = (schema: unknown[]) => JSON.stringify(schema).replace(/\s+/g, ' ');
    expect(normalise(schemaOf(fixture))).toBe(normalise(schemaOf(fresh)));
    fixture.close();
    fresh.close();
  });

  it('upgrades a schema-1 database with history to the latest schema, keeping every row', () => {
    const path = v1Database();
    const before = new Sqlite(path, { readonly: true });
    const kept = Object.fromEntries(V1_TABLES.map((table) => [table, rows(before, table)]));
    before.close();
    expect((kept.attempts as unknown[]).length).toBe(7);

    const db = openProgressDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    for (const table of V1_TABLES) expect(rows(db, table)).toEqual(kept[table]);
    db.close();
  });

  it('migration 2 backfills the per-question totals from the existing attempts, invalid answers excluded', () => {
    const store = SqliteProgressStore.open(v1Database());
    const totals = store.db.prepare('SELECT * FROM question_totals ORDER BY question_id').all();
    // Recomputed by hand from test/fixtures/db/v1.sql.
    expect(totals).toEqual([
      { question_id: 'fl-explain', topic: 'motivation', attempts: 1, correct: 1, score: 1, last_at: 1736236920000 },
      { question_id: 'fl-grad-derive', topic: 'gradients', attempts: 1, correct: 0, score: 0.5, last_at: 1736236860000 },
      { question_id: 'fl-ratio-param', topic: 'numbers', attempts: 1, correct: 1, score: 1, last_at: 1736150600000 },
      { question_id: 'fl-ratio-pt0968', topic: 'numbers', attempts: 2, correct: 2, score: 2, last_at: 1736300000000 },
      { question_id: 'fl-why-one-stage', topic: 'motivation', attempts: 1, correct: 0, score: 0, last_at: 1736150520000 },
    ]);
    // ...and the trigger keeps them current from then on.
    store.recordAttempt(
      {
        id: 'after-upgrade',
        sessionId: null,
        questionId: 'fl-why-one-stage',
        topic: 'motivation',
        kind: 'single',
        seed: null,
        params: {},
        answer: 'b',
        verdict: 'correct',
        score: 1,
        elapsedMs: 5000,
        hintUsed: false,
        selfGrade: null,
        rating: 4,
        answeredAt: 1736400000000,
      },
      null,
    );
    expect(store.db.prepare("SELECT attempts, correct, last_at FROM question_totals WHERE question_id = 'fl-why-one-stage'").get()).toEqual({
      attempts: 2,
      correct: 1,
      last_at: 1736400000000,
    });
    store.close();
  });

  it('every migration step on its own keeps the rows of the one before (future migrations included)', () => {
    const migrations = loadMigrations();
    const path = v1Database();
    const db = new Sqlite(path);
    for (const migration of migrations.slice(1)) {
      const before = Object.fromEntries(V1_TABLES.map((table) => [table, rows(db, table)]));
      expect(migrate(db, migrations.slice(0, migration.version))).toEqual([migration.version]);
      for (const table of V1_TABLES) expect(rows(db, table)).toEqual(before[table]);
    }
    expect(migrate(db, migrations)).toEqual([]);
    db.close();
  });
});
