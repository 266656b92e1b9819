// The bundled packs compiled at build time: read back as loading the YAML gives them,
// wherever the package is, and never once a file they were read from has changed.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/core/bank/load.js';
import { compiledPackFile, readCompiledPack, writeCompiledPack } from '../../../src/core/bank/precompiled.js';
import type { Pack } from '../../../src/core/bank/types.js';
import { fixturePack } from './fixtures.js';

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-precompiled-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the good fixture pack (it has a snippet file) compiled into a dist folder of its own. */
function compiledCopy(): { pack: string; dist: string; file: string } {
  const root = tempDir();
  const pack = join(root, 'questions', 'good');
  cpSync(fixturePack('good'), pack, { recursive: true });
  const loaded = loadPack(pack);
  expect(loaded.problems).toEqual([]);
  const dist = join(root, 'dist');
  const file = compiledPackFile(pack, dist);
  writeCompiledPack(loaded.pack!, file);
  return { pack, dist, file };
}

const fresh = (dir: string): Pack => loadPack(dir).pack!;

describe('a pack compiled at build time', () => {
  it('reads back as the YAML loads, in dist/packs/<folder>.json', () => {
    const { pack, dist, file } = compiledCopy();
    expect(file).toBe(join(dist, 'packs', 'good.json'));
    expect(readCompiledPack(pack, file)).toEqual(fresh(pack));
  });

  it('follows the package to another folder: the pack folder and question files point there', () => {
    const { pack, file } = compiledCopy();
    const moved = join(tempDir(), 'installed', 'questions', 'good');
    cpSync(pack, moved, { recursive: true });
    const read = readCompiledPack(moved, file)!;
    expect(read).toEqual(fresh(moved));
    expect(read.dir).toBe(moved);
    expect(read.questions.every((question) => question.file.startsWith(moved))).toBe(true);
    expect(JSON.stringify(read)).not.toContain(pack);
  });

  it('is not used once a question file, a snippet or the list of files has changed', () => {
    const changed = (edit: (pack: string) => void) => {
      const { pack, file } = compiledCopy();
      edit(pack);
      return readCompiledPack(pack, file);
    };
    expect(changed(() => undefined)).not.toBeNull();
    expect(changed((pack) => writeFileSync(join(pack, 'questions.yaml'), readFileSync(join(pack, 'questions.yaml'), 'utf8').replace('Write FL/CE.', 'Write FL over CE.')))).toBeNull();
    const snippet = (pack: string) => join(pack, 'snippets', readdirSync(join(pack, 'snippets'))[0]!);
    expect(changed((pack) => writeFileSync(snippet(pack), `${readFileSync(snippet(pack), 'utf8')}\n# changed\n`))).toBeNull();
    expect(changed((pack) => writeFileSync(join(pack, 'more.yaml'), 'questions: []\n'))).toBeNull();
  });

  it('is not used when the compiled file is missing, unreadable or of another format', () => {
    const { pack, file } = compiledCopy();
    expect(readCompiledPack(pack, join(file, '..', 'missing.json'))).toBeNull();
    writeFileSync(file, '{ not json');
    expect(readCompiledPack(pack, file)).toBeNull();
    writeFileSync(file, JSON.stringify({ format: 999, listing: [], sources: [], pack: '{}' }));
    expect(readCompiledPack(pack, file)).toBeNull();
  });
});
