import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixture packs of test/fixtures/packs. */
export const PACKS = fileURLToPath(new URL('../../fixtures/packs/', import.meta.url));

export function fixturePack(name: string): string {
  return join(PACKS, name);
}
