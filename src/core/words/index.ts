import type { Lang, Localized } from '../i18n.js';
import { gradingWords } from './grading.js';
import { interfaceWords } from './interface.js';
import { interviewWords } from './interview.js';
import { lineWords } from './line.js';

/**
 * Every word focal says around the questions, in English and Chinese: one catalog, split by
 * area. Each entry keeps its two languages side by side (`{ en, zh }`), so a change to one shows
 * the other in the same place, and an entry without `zh` fails the type-check. Question texts
 * come from the packs, not from here.
 */
export const WORDS = {
  ...interfaceWords,
  ...lineWords,
  ...interviewWords,
  ...gradingWords,
} satisfies Record<string, Localized>;

/** The areas, for the test that no key is defined twice. */
export const WORD_AREAS: Record<string, WordArea> = {
  interface: interfaceWords,
  line: lineWords,
  interview: interviewWords,
  grading: gradingWords,
};

/** An area of the catalog: every key starts with `prefix`, every entry has both languages. */
export type WordArea<Prefix extends string = ''> = Record<`${Prefix}${string}`, Localized>;

export type WordKey = keyof typeof WORDS;
export type WordParams = Record<string, string | number>;

/** The word `key` in `lang`, with its `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: WordKey, params: WordParams = {}): string {
  return fill(WORDS[key][lang], params);
}

/** `{name}` placeholders filled from `params`; an unknown one is left as written. */
function fill(text: string, params: WordParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
