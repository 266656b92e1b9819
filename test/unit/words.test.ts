import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/kinds/index.js';
import { KIND_SPECS } from '../../src/core/kinds/specs.js';
import { allWords, t, wordAreas, type WordArea, type WordKey } from '../../src/core/words/index.js';

const WORDS = allWords();

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Words that are the same in both languages on purpose: names, symbols, marks. */
const SAME_IN_BOTH = new Set<WordKey>(['app.name', 'kind.said', 'line.step.ok', 'line.step.wrong', 'line.step.invalid']);

describe('the word catalog', () => {
  const keys = Object.keys(WORDS) as WordKey[];

  it('says every word of every area through t, in both languages (areas are built as they are looked through)', () => {
    for (const key of keys) {
      expect(t('en', key), key).toBe(WORDS[key].en);
      expect(t('zh', key), key).toBe(WORDS[key].zh);
    }
  });

  it('has every word in English and Chinese, neither empty', () => {
    for (const key of keys) {
      expect(WORDS[key].en.trim(), key).not.toBe('');
      expect(WORDS[key].zh.trim(), key).not.toBe('');
    }
  });

  it('uses the same {placeholders} in both languages', () => {
    for (const key of keys) expect(placeholders(WORDS[key].zh), key).toEqual(placeholders(WORDS[key].en));
  });

  it('leaves no Chinese word the same as the English one, except names and marks', () => {
    const untranslated = keys.filter((key) => WORDS[key].zh === WORDS[key].en && !SAME_IN_BOTH.has(key));
    expect(untranslated).toEqual([]);
    // The allow-list names only words that exist and really are the same.
    for (const key of SAME_IN_BOTH) expect(WORDS[key].zh).toBe(WORDS[key].en);
  });

  it('writes Chinese words with Chinese text, unless they are marks or names', () => {
    const han = /\p{Script=Han}/u;
    const latinOnly = keys.filter((key) => !SAME_IN_BOTH.has(key) && !han.test(WORDS[key].zh) && /[a-z]{3}/i.test(WORDS[key].zh.replace(/\{\w+\}/g, '')));
    expect(latinOnly).toEqual([]);
  });

  it('defines each key in one area only', () => {
    const seen = new Map<string, string>();
    for (const [area, words] of Object.entries(wordAreas())) {
      for (const key of Object.keys(words)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    expect(seen.size).toBe(keys.length);
  });

  it('refuses, at type-check time, an entry without Chinese or a key outside its area', () => {
    // @ts-expect-error: an entry needs both languages (npm run typecheck fails if this compiles)
    const missing = { 'line.only': { en: 'English only' } } satisfies WordArea<'line.'>;
    // @ts-expect-error: a line-mode word must start with "line."
    const stray = { 'other.word': { en: 'a', zh: '甲' } } satisfies WordArea<'line.'>;
    expect([missing, stray]).toHaveLength(2);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(t('en', 'header.streak', { n: 3 })).toBe('streak 3');
    expect(t('zh', 'header.streak', { n: 3 })).toBe('连对 3 题');
    expect(t('en', 'header.streak')).toBe('streak {n}');
  });
});

describe("the kinds' own words (in their modules, src/core/kinds/)", () => {
  it.each([...KINDS])('%s: every word in English and Chinese, with the same placeholders, translated', (kind) => {
    const words = Object.entries(KIND_SPECS[kind].words);
    expect(words.map(([key]) => key)).toContain('howTo');
    for (const [key, word] of words) {
      expect(word.en.trim(), key).not.toBe('');
      expect(placeholders(word.zh), key).toEqual(placeholders(word.en));
      // Chinese text, unless the word is only placeholders and marks (`{option}——{why}`).
      if (/[a-z]{3}/i.test(word.zh.replace(/\{\w+\}/g, ''))) expect(word.zh, key).toMatch(/\p{Script=Han}/u);
      expect(word.zh === word.en && /[a-z]/i.test(word.en.replace(/\{\w+\}/g, '')), `${key} is not translated`).toBe(false);
    }
  });
});
