import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksum } from './checksum.js';
import type { Pack } from './types.js';

// Parsing YAML is the slow part of loading (tens of ms for the bundled deck, more on a
// cold start). A pack that loaded without problems is kept as JSON in the user's cache
// folder and reused while none of its files, nor the program, has changed.

const FORMAT = 2;

/** `$FOCAL_CACHE_DIR`, else `$XDG_CACHE_HOME/focal-drill`, else `~/.cache/focal-drill`. */
export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.FOCAL_CACHE_DIR) return env.FOCAL_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'focal-drill');
}

interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

interface CacheEntry {
  format: number;
  program: string;
  dir: string;
  /** The question files of the folder when it was read: a new or removed file invalidates. */
  listing: string[];
  files: FileStamp[];
  pack: Pack;
}

/** The cached pack for `dir`, or null when there is none or anything it was read from changed. */
export function readCachedPack(cacheDir: string, dir: string): Pack | null {
  try {
    const entry = JSON.parse(readFileSync(cacheFile(cacheDir, dir), 'utf8')) as CacheEntry;
    if (entry.format !== FORMAT || entry.program !== programStamp() || entry.dir !== dir) return null;
    if (!sameList(entry.listing, packListing(dir))) return null;
    for (const file of entry.files) {
      const stat = statSync(file.path);
      if (stat.size !== file.size || stat.mtimeMs !== file.mtimeMs) return null;
    }
    return entry.pack;
  } catch {
    return null;
  }
}

/** Stores a pack that loaded without problems; failures only cost the next start its speed. */
export function writeCachedPack(cacheDir: string, pack: Pack, sources: string[]): void {
  try {
    const entry: CacheEntry = {
      format: FORMAT,
      program: programStamp(),
      dir: pack.dir,
      listing: packListing(pack.dir),
      files: sources.map((path) => stamp(path)),
      pack,
    };
    const file = cacheFile(cacheDir, pack.dir);
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a concurrent reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk: load from the YAML next time too.
  }
}

/** The files a pack is read from: the folder's YAML files and its question's snippets. */
export function packSources(pack: Pack): string[] {
  const snippets = pack.questions.flatMap((question) => ('snippet' in question ? [resolve(pack.dir, question.snippet)] : []));
  return [...new Set([...packListing(pack.dir).map((name) => join(pack.dir, name)), ...snippets])];
}

/** The YAML files of a pack folder, sorted. */
export function packListing(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}

function cacheFile(cacheDir: string, dir: string): string {
  const key = checksum(dir);
  return join(cacheDir, `pack-${key}.json`);
}

let program: string | undefined;

/**
 * Identifies the running program: the files beside this module (the bundle's chunks, or
 * the bank's sources), so a rebuilt or edited loader never trusts an old entry.
 */
function programStamp(): string {
  if (program === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    const stamps = readdirSync(here)
      .filter((name) => /\.(js|ts|mjs)$/.test(name))
      .sort()
      .map((name) => {
        const { size, mtimeMs } = stamp(join(here, name));
        return `${name}:${size}:${mtimeMs}`;
      });
    program = checksum(stamps.join('\n'));
  }
  return program;
}

function stamp(path: string): FileStamp {
  const { size, mtimeMs } = statSync(path);
  return { path, size, mtimeMs };
}

/** Two lists of names, equal in order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
