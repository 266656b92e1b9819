import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeMatches, editDistance, loadBank, loadPacksCached } from '../../../src/core/bank/bank.js';
import { defaultCacheDir, readCachedPack } from '../../../src/core/bank/cache.js';
import { InputError } from '../../../src/core/errors.js';
import { fixturePack } from './fixtures.js';

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-bank-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadBank', () => {
  it('loads the bundled packs plus extra packs', async () => {
    const bank = await loadBank([fixturePack('good')]);
    expect(bank.packs.map((pack) => pack.id)).toContain('focal-loss');
    expect(bank.get('fx-numeric')?.kind).toBe('numeric');
    expect(bank.topics.get('theory')).toEqual({ en: 'theory', zh: '理论' });
    expect(bank.questions.length).toBe(bank.packs.reduce((sum, pack) => sum + pack.questions.length, 0));
  });

  it('refuses a broken extra pack with an InputError listing its first problems', async () => {
    const error = await loadBank([fixturePack('broken-structure')]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toMatch(/^the question packs have 19 problems:/);
    expect(message).toMatch(/broken-structure\/questions\.yaml:5:17 {2}bad-schema {2}difficulty: must be 1, 2 or 3/);
    expect(message).toMatch(/and 14 more \(run "focal questions validate"\)/);
  });

  it('names an unknown question and suggests close ids', async () => {
    const bank = await loadBank([fixturePack('good')]);
    expect(() => bank.require('fx-numerc')).toThrow(/unknown question "fx-numerc"; did you mean fx-numeric/);
    expect(() => bank.require('zzzzzzzzzzzz')).toThrow(/"focal questions list" shows them all/);
  });
});

describe('close matches', () => {
  it('measures edits and prefers containment', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closeMatches('ratio', ['numbers-ratio-0968', 'limits-zero', 'radio'])).toEqual(['radio', 'numbers-ratio-0968']);
    expect(closeMatches('wrongAnswer', ['answer', 'wrongAnswers'], 1)).toEqual(['wrongAnswers']);
    expect(closeMatches('qqqq', ['alpha', 'gamma'])).toEqual([]);
  });
});

describe('the parsed-pack cache', () => {
  it('defaults to $FOCAL_CACHE_DIR, then $XDG_CACHE_HOME/focal-drill', () => {
    expect(defaultCacheDir({ FOCAL_CACHE_DIR: '/c' })).toBe('/c');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/focal-drill');
    expect(defaultCacheDir({})).toMatch(/\.cache\/focal-drill$/);
  });

  it('stores a clean pack, serves it back, and notices when a file changes', async () => {
    const cacheDir = tempDir();
    const pack = join(tempDir(), 'pack');
    cpSync(fixturePack('good'), pack, { recursive: true });

    const first = await loadPacksCached([pack], { cacheDir });
    expect(first.problems).toEqual([]);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const cached = readCachedPack(cacheDir, pack);
    expect(cached).toEqual(first.packs[0]);

    // Edit a question: the cache must not serve the old text.
    const file = join(pack, 'questions.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('What does γ = 0 give?', 'What does γ = 0 yield?'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(readCachedPack(cacheDir, pack)).toBeNull();
    const second = await loadPacksCached([pack], { cacheDir });
    expect(second.packs[0]!.questions[0]!.prompt.en).toBe('What does γ = 0 yield?');

    // A new question file invalidates too.
    writeFileSync(join(pack, 'more.yaml'), 'questions: []\n');
    expect(readCachedPack(cacheDir, pack)).toBeNull();
  });

  it('never stores a pack with problems', async () => {
    const cacheDir = tempDir();
    const result = await loadPacksCached([fixturePack('broken-yaml')], { cacheDir });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(readCachedPack(cacheDir, fixturePack('broken-yaml'))).toBeNull();
  });

  it('works without a cache folder, and survives an unwritable one', async () => {
    const plain = await loadPacksCached([fixturePack('good')]);
    // A cache "folder" below a plain file cannot be created.
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const unwritable = await loadPacksCached([fixturePack('good')], { cacheDir: join(file, 'cache') });
    expect(unwritable.packs).toEqual(plain.packs);
  });
});
