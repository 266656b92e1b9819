import type { Lang, Localized } from '../i18n.js';
import { fill, type Said, type WordParams } from './index.js';

// Words a module keeps for itself: a question kind's (src/core/kinds/<kind>.ts), each in
// English and Chinese. They are not in the catalog because the kind's module is loaded only
// with the specs, where the catalog is loaded by every command.

/** Says a module's own words as `t` says the catalog's: `ownWords(words)(lang, key, params)`. */
export function ownWords<Words extends Record<string, Localized>>(words: Words): (lang: Lang, key: keyof Words & string, params?: WordParams) => string {
  return (lang, key, params = {}) => fill(words[key]![lang], lang, params);
}

/**
 * The same words as a Said, for a problem said later in the reader's language (a kind's pack
 * problems, src/core/bank/issues.ts): the word filled in both languages, said through the
 * catalog's `kind.said`.
 */
export function ownSaid<Words extends Record<string, Localized>>(words: Words): (key: keyof Words & string, params?: WordParams) => Said {
  return (key, params = {}) => ({ key: 'kind.said', params: { text: { en: fill(words[key]!.en, 'en', params), zh: fill(words[key]!.zh, 'zh', params) } } });
}
