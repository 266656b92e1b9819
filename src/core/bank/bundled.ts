import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../packageRoot.js';

/**
 * The bundled packs: every folder of `questions/` at the package root that holds a
 * pack.yaml. The package root is found from this module, so this works from the sources,
 * the dist/ bundle and an installed package alike.
 */
export function bundledPackDirs(): string[] {
  return packDirsIn(join(packageRoot(), 'questions'));
}

/** The pack folders directly inside `dir` (sorted); none when it is not a folder. */
export function packDirsIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'pack.yaml')))
      .map((entry) => join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}
