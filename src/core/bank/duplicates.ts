import { dirname } from 'node:path';
import { displayPath, type Problem } from './problems.js';
import type { Pack } from './types.js';

/** A question id as written in a file (valid or not), for the duplicate check. */
export interface NamedEntry {
  id: string;
  file: string;
  line?: number;
  column?: number;
}

/**
 * Reports the second and later uses of an id. Within one pack every repeat is reported;
 * across packs (`acrossPacks`) only repeats in another pack folder, since each pack
 * already reported its own.
 */
export function duplicateIds(entries: NamedEntry[], acrossPacks: boolean): Problem[] {
  const first = new Map<string, NamedEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (!earlier) {
      first.set(entry.id, entry);
      continue;
    }
    if (acrossPacks && dirname(earlier.file) === dirname(entry.file)) continue;
    const where = earlier.line === undefined ? displayPath(earlier.file) : `${displayPath(earlier.file)}:${earlier.line}`;
    problems.push({ file: entry.file, line: entry.line, column: entry.column, id: entry.id, path: 'id', message: { key: 'pack.duplicateId', params: { where } } });
  }
  return problems;
}

export function duplicatePackIds(packs: Pack[]): Problem[] {
  const seen = new Map<string, Pack>();
  const problems: Problem[] = [];
  for (const pack of packs) {
    const earlier = seen.get(pack.id);
    if (earlier) {
      problems.push({ file: `${pack.dir}/pack.yaml`, path: 'id', message: { key: 'pack.duplicatePackId', params: { id: pack.id, dir: displayPath(earlier.dir) } } });
    } else {
      seen.set(pack.id, pack);
    }
  }
  return problems;
}

/** Problems that span packs: the same pack id or question id in two packs. */
export function crossPackProblems(packs: Pack[], entries: NamedEntry[] = packs.flatMap((pack) => pack.questions)): Problem[] {
  return [...duplicatePackIds(packs), ...duplicateIds(entries, true)];
}
