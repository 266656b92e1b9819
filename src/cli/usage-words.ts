import type { Lang } from '../core/i18n.js';
import { usageWords, yargsWords } from '../core/words/usage.js';

/**
 * The language of the --help text and of yargs' own messages, chosen once by main() before
 * the commands are declared. Command descriptions are read through `u` when yargs asks for
 * them (a command's `describe` is a getter, its options are declared in its builder), so they
 * follow the language of --lang, FOCAL_LANG or the config file, or the locale.
 */
let usageLang: Lang = 'en';

export function setUsageLang(lang: Lang): void {
  usageLang = lang;
}

type UsageWords = ReturnType<typeof usageWords>;
let words: UsageWords | undefined;

/**
 * A word of the usage text in the chosen language. Read from its own area of the catalog:
 * --help says only these, and builds no other area.
 */
export function u(key: keyof UsageWords): string {
  return (words ??= usageWords())[key][usageLang];
}

type YargsString = string | { one: string; other: string };

/**
 * yargs' own words (src/core/words/usage.ts, `yargs.*`) in `lang`, keyed by yargs' English text
 * as y18n looks them up; a plural pair as y18n's { one, other }.
 */
export function yargsStrings(lang: Lang): Record<string, string> {
  const catalog: Record<string, { en: string; zh: string }> = yargsWords();
  const strings: Record<string, YargsString> = {};
  for (const [key, word] of Object.entries(catalog)) {
    if (key.endsWith('.many')) continue;
    const many = catalog[key.replace(/\.one$/, '.many')];
    strings[word.en] = key.endsWith('.one') && many ? { one: word[lang], other: many[lang] } : word[lang];
  }
  // yargs' types say string; its y18n reads a plural as { one, other }.
  return strings as Record<string, string>;
}
