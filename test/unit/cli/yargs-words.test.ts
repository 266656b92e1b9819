import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yargsStrings } from '../../../src/cli/usage-words.js';

/** Every text yargs (and its parser) looks up through y18n, read from their built sources. */
function yargsLookups(): string[] {
  const folders = ['node_modules/yargs/build/lib', 'node_modules/yargs/build/lib/utils', 'node_modules/yargs-parser/build/lib'];
  const found = new Set<string>();
  for (const folder of folders) {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (const match of source.matchAll(/(?:__n?|deferY18nLookup)\((['"])((?:(?!\1).)+)\1/g)) found.add(match[2]!);
    }
  }
  return [...found];
}

/** Looked up only by features focal does not use. */
const UNUSED = new Set([
  'Invalid JSON config file: %s', // .config()
  'Path to JSON config file', // .config()
  'Show hidden options', // .showHidden()
  'Invalid configuration: %s, opts.count excludes opts.array.', // an option declared wrongly (a bug, not a user error)
  'Invalid configuration: %s, opts.count excludes opts.narg.',
]);

describe("yargs' own words in Chinese", () => {
  it('covers every text yargs looks up, so no English is left in --help or its usage errors', () => {
    const lookups = yargsLookups();
    expect(lookups.length).toBeGreaterThan(30);
    const zh = yargsStrings('zh');
    expect(lookups.filter((text) => !UNUSED.has(text) && !Object.hasOwn(zh, text))).toEqual([]);
  });

  it('gives plurals as y18n reads them, and the same count of %s in both languages', () => {
    const zh = yargsStrings('zh') as Record<string, string | { one: string; other: string }>;
    expect(zh['Unknown argument: %s']).toEqual({ one: '未知参数：%s', other: '未知参数：%s' });
    const count = (text: string) => text.split('%s').length;
    for (const [en, said] of Object.entries(zh)) {
      for (const text of typeof said === 'string' ? [said] : [said.one, said.other]) expect(count(text), en).toBe(count(en));
    }
  });
});
