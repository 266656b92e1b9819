import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../packageRoot.js';
import { packListing, packSources, sameList } from './cache.js';
import { checksum } from './checksum.js';
import type { Pack } from './types.js';

// The bundled packs are validated and compiled to JSON when the package is built
// (scripts/compile-packs.ts), so that the first run after installing parses no YAML (about a
// quarter of a second). A compiled pack is used while every file it was read from has the
// same content (a checksum: an installed package's files all carry npm's fixed timestamp).

const FORMAT = 2;

interface CompiledPack {
  format: number;
  /** The pack's YAML files, as its folder listed them. */
  listing: string[];
  /** Every file read, relative to the pack folder, with the checksum of its content. */
  sources: { path: string; checksum: string }[];
  /** The pack, its paths relative to its folder: the package is built in one place and run in another. */
  pack: Pack;
}

/** Where the build writes the compiled form of the bundled pack in `dir`. */
export function compiledPackFile(dir: string, distDir = join(packageRoot(), 'dist')): string {
  return join(distDir, 'packs', `${basename(dir)}.json`);
}

/** Writes `pack` (loaded without problems) compiled to `file`. */
export function writeCompiledPack(pack: Pack, file: string): void {
  const compiled: CompiledPack = {
    format: FORMAT,
    listing: packListing(pack.dir),
    sources: packSources(pack).map((path) => ({ path: relative(pack.dir, path), checksum: checksum(readFileSync(path)) })),
    pack: { ...pack, dir: '.', questions: pack.questions.map((question) => ({ ...question, file: relative(pack.dir, question.file) })) },
  };
  const text = JSON.stringify(compiled);
  // A path this does not make relative would point into the folder the package was built in.
  if (text.includes(jsonText(pack.dir))) throw new Error(`the compiled ${pack.id} pack still holds a path into ${pack.dir}: make it relative in precompiled.ts`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

/** The pack in `dir` as compiled to `file`, or null when there is none or a file it was read from has changed. */
export function readCompiledPack(dir: string, file: string): Pack | null {
  try {
    const compiled = JSON.parse(readFileSync(file, 'utf8')) as CompiledPack;
    if (compiled.format !== FORMAT) return null;
    if (!sameList(compiled.listing, packListing(dir))) return null;
    for (const source of compiled.sources) {
      if (checksum(readFileSync(resolve(dir, source.path))) !== source.checksum) return null;
    }
    const { pack } = compiled;
    pack.dir = resolve(dir);
    for (const question of pack.questions) question.file = join(pack.dir, question.file);
    return pack;
  } catch {
    return null;
  }
}

/**
 * The bundled pack in `dir` as the build compiled it, when this code runs from that build
 * (dist/): run from the sources, the loader may have changed since dist/ was built.
 */
export function readBundledCompiledPack(dir: string): Pack | null {
  const dist = join(packageRoot(), 'dist');
  if (!fileURLToPath(import.meta.url).startsWith(dist + sep)) return null;
  return readCompiledPack(dir, compiledPackFile(dir, dist));
}

/** `text` as it appears inside a JSON string. */
function jsonText(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
