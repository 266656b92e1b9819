import type { Lang, Localized } from '../i18n.js';
import { errorWords } from './errors.js';
import type { LATER_AREAS } from './later-areas.js';
import { usageWords, yargsWords } from './usage.js';

/**
 * The areas said before a command runs: the user errors (a broken config file, an unknown
 * command) and the usage text. The rest of the catalog (LATER_AREAS, most of it) is loaded by
 * loadWords(), which main() awaits first unless it is asked for --help or --version, and which
 * every command handler awaits: `focal --help` reads a third of the catalog.
 */
const STARTUP_AREAS = {
  errors: errorWords,
  usage: usageWords,
  yargs: yargsWords,
} satisfies Record<string, () => Record<string, Localized>>;

type Areas = typeof STARTUP_AREAS & typeof LATER_AREAS;

/** One object of all the areas' entries, as a type. */
type AllOf<Area> = (Area extends unknown ? (whole: Area) => void : never) extends (whole: infer Every) => void ? Every : never;

/**
 * Every word focal says around the questions, in English and Chinese: one catalog, split by
 * area. Each entry keeps its two languages side by side (`{ en, zh }`), so a change to one shows
 * the other in the same place, and an entry without `zh` fails the type-check. Question texts
 * come from the packs, not from here.
 */
type Words = AllOf<ReturnType<Areas[keyof Areas]>>;

/**
 * The areas `entry` looks through, in order: the later ones (the most used first) once loaded,
 * then the start-up ones; each built when first looked through.
 */
const areaList: { make: () => WordArea; built?: WordArea }[] = Object.values(STARTUP_AREAS).map((make) => ({ make }));
const found = new Map<WordKey, Localized>();
let laterAreas: typeof LATER_AREAS | undefined;
let loading: Promise<void> | undefined;

/** Loads the areas that are not said at start-up; resolves at once when they are loaded. */
export function loadWords(): Promise<void> {
  loading ??= import('./later-areas.js').then(({ LATER_AREAS: areas }) => {
    laterAreas = areas;
    areaList.unshift(...Object.values(areas).map((make) => ({ make })));
  });
  return loading;
}

/** Every area, for what needs the whole catalog (its tests). */
function everyArea(): Areas {
  if (!laterAreas) throw new Error('the word catalog is not loaded: await loadWords() first');
  return { ...laterAreas, ...STARTUP_AREAS };
}

/** The whole catalog at once (its tests read every entry); focal itself looks words up with `t`. */
export function allWords(): Words {
  return Object.assign({}, ...Object.values(everyArea()).map((area) => area())) as Words;
}

/**
 * The entry of `key`, from the first area that has it; an area is built when it is first looked
 * through. Most starts say few words or none (`--help`, `eval`; a drill's first frame needs a
 * handful): the areas are functions, which V8 only skims when the module loads, where creating
 * the objects of all the entries cost several milliseconds.
 */
function entry(key: WordKey): Localized {
  const known = found.get(key);
  if (known) return known;
  for (const area of areaList) {
    const words = (area.built ??= area.make());
    if (Object.hasOwn(words, key)) {
      found.set(key, words[key]!);
      return words[key]!;
    }
  }
  // A WordKey is a key of an area: only a word said before loadWords() resolved gets here.
  throw new Error(`the word catalog has not loaded "${key}" yet`);
}

/** The areas, for the test that no key is defined twice. */
export function wordAreas(): Record<string, WordArea> {
  return Object.fromEntries(Object.entries(everyArea()).map(([name, area]): [string, WordArea] => [name, area()]));
}

/** An area of the catalog: every key starts with `prefix`, every entry has both languages. */
export type WordArea<Prefix extends string = ''> = Record<`${Prefix}${string}`, Localized>;

export type WordKey = keyof Words;
/** A word and its parameters, to be said later in the reader's language (an error message, a nested word). */
export interface Said {
  key: WordKey;
  params?: WordParams;
}
/** Items joined by a word of the catalog (`a and b`, `a 和 b`), in the language they are said in. */
export interface Joined {
  join: readonly string[];
  with: WordKey;
}
/**
 * Placeholder values: text and numbers as written; a nested word or a joined list said in the
 * same language; a text already in both languages (a grader's feedback) in the one said.
 */
export type WordParams = Record<string, string | number | Said | Joined | Localized>;

/** The word `key` in `lang`, with its `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: WordKey, params: WordParams = {}): string {
  return fill(entry(key)[lang], lang, params);
}

/** `text` with its `{name}` placeholders filled from `params`; unknown ones are left as written (for own words, own.ts). */
export function fill(text: string, lang: Lang, params: WordParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    if (typeof value !== 'object') return String(value);
    if ('join' in value) return value.join.join(t(lang, value.with));
    return 'key' in value ? t(lang, value.key, value.params) : value[lang];
  });
}

/** A word with its parameters (an error message, a math problem) said in `lang`. */
export function tSaid(lang: Lang, said: Said): string {
  return t(lang, said.key, said.params);
}
