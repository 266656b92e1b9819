import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { packageRoot } from '../packageRoot.js';

/**
 * Schema migrations: db/migrations/NNN-name.sql at the package root, the source of truth.
 * They are read at run time (from the sources, the bundle or an installed tarball alike,
 * since package.json ships db/), numbered 1, 2, 3... with no gaps. Migration N brings the
 * schema from version N-1 to N; the version lives in PRAGMA user_version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Marks our files (PRAGMA application_id): "FOCL". */
export const APPLICATION_ID = 0x464f434c;

let cached: Migration[] | undefined;

export function migrationsDir(): string {
  return join(packageRoot(), 'db', 'migrations');
}

export function loadMigrations(dir: string = migrationsDir()): Migration[] {
  if (cached && dir === migrationsDir()) return cached;
  const migrations = readdirSync(dir)
    .filter((name) => /^\d+-[\w-]+\.sql$/.test(name))
    .map((name) => ({ version: Number.parseInt(name, 10), name, sql: readFileSync(join(dir, name), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migrations in ${dir}: expected number ${index + 1}, found ${migration.name}`);
  });
  if (dir === migrationsDir()) cached = migrations;
  return migrations;
}

export function latestVersion(migrations: readonly Migration[] = loadMigrations()): number {
  return migrations.length;
}

/**
 * Applies every migration newer than the database, each in its own IMMEDIATE transaction
 * that also bumps user_version, so a crash leaves a whole version and two processes
 * migrating the same file at once apply each step exactly once.
 * Returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[] = loadMigrations()): number[] {
  const applied: number[] = [];
  for (const migration of migrations) {
    const step = db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current >= migration.version) return false;
      if (current !== migration.version - 1) throw new Error(`cannot apply ${migration.name} to schema ${current}`);
      db.exec(migration.sql);
      if (migration.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      // PRAGMA values cannot be bound; the version is a number from the file name.
      db.pragma(`user_version = ${migration.version}`);
      return true;
    });
    if (step.immediate()) applied.push(migration.version);
  }
  return applied;
}
