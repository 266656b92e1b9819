import { InputError } from '../errors.js';
import type { Localized } from '../i18n.js';
import { resolve } from 'node:path';
import { bundledPackDirs } from './bundled.js';
import { packSources, readCachedPack, writeCachedPack } from './cache.js';
import { readBundledCompiledPack } from './precompiled.js';
import { crossPackProblems, type NamedEntry } from './duplicates.js';
import { problemsError, type Problem } from './problems.js';
import { closeMatches } from './similar.js';
import type { Pack, Question } from './types.js';

export { closeMatches, editDistance } from './similar.js';

/** Every loaded question, found by id. */
export interface Bank {
  packs: Pack[];
  questions: Question[];
  /** Topic names of all packs with their labels, in pack order. */
  topics: Map<string, Localized>;
  get(id: string): Question | undefined;
  /** The question, or an InputError naming the id and suggesting close ones. */
  require(id: string): Question;
}

export interface BankOptions {
  /** Folder of the parsed-pack cache (see cache.ts); no caching when absent. */
  cacheDir?: string;
}

/**
 * The bundled packs plus `extraDirs` (`--pack`), for commands that use questions.
 * Any problem (a broken extra pack included) is an InputError listing the first problems.
 */
export async function loadBank(extraDirs: string[] = [], options: BankOptions = {}): Promise<Bank> {
  const { packs, problems } = await loadPacksCached([...bundledPackDirs(), ...extraDirs], options);
  if (problems.length > 0) throw problemsError(problems);
  return createBank(packs);
}

/**
 * Like loadPacks, but a bundled pack comes compiled from the build (precompiled.ts) and
 * another pack unchanged since it last loaded cleanly from the cache; the YAML parser and
 * schema are imported only when some pack has to be parsed.
 */
export async function loadPacksCached(dirs: string[], options: BankOptions = {}): Promise<{ packs: Pack[]; problems: Problem[] }> {
  const unique = [...new Set(dirs.map((dir) => resolve(dir)))];
  const packs: Pack[] = [];
  const problems: Problem[] = [];
  const entries: NamedEntry[] = [];
  const bundled = new Set(bundledPackDirs());
  for (const dir of unique) {
    const cached = (bundled.has(dir) ? readBundledCompiledPack(dir) : null) ?? (options.cacheDir ? readCachedPack(options.cacheDir, dir) : null);
    if (cached) {
      packs.push(cached);
      entries.push(...cached.questions);
      continue;
    }
    const { loadPack } = await import('./load.js');
    const loaded = loadPack(dir);
    problems.push(...loaded.problems);
    entries.push(...loaded.ids);
    if (!loaded.pack) continue;
    packs.push(loaded.pack);
    if (options.cacheDir && loaded.problems.length === 0) writeCachedPack(options.cacheDir, loaded.pack, packSources(loaded.pack));
  }
  problems.push(...crossPackProblems(packs, entries));
  return { packs, problems };
}

export function createBank(packs: Pack[]): Bank {
  const questions = packs.flatMap((pack) => pack.questions);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const topics = new Map<string, Localized>();
  for (const pack of packs) for (const [name, label] of Object.entries(pack.topics)) if (!topics.has(name)) topics.set(name, label);
  return {
    packs,
    questions,
    topics,
    get: (id) => byId.get(id),
    require(id) {
      const question = byId.get(id);
      if (question) return question;
      const close = closeMatches(id, [...byId.keys()]);
      throw new InputError(
        close.length > 0 ? { key: 'error.unknownQuestion', params: { id, names: close.join(', ') } } : { key: 'error.unknownQuestionList', params: { id } },
      );
    },
  };
}
