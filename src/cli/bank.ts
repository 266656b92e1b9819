import type { Bank } from '../core/bank/bank.js';
import { InputError } from '../core/errors.js';
import type { Settings } from './globals.js';

/** The bundled packs and `--pack` folders; a broken pack is an InputError (exit 2). */
export async function openBank(settings: Settings): Promise<Bank> {
  const { loadBank } = await import('../core/bank/bank.js');
  const { defaultCacheDir } = await import('../core/bank/cache.js');
  return loadBank(settings.packDirs, { cacheDir: defaultCacheDir() });
}

/** `--seed` must be a whole number; seeds wrap to 32 bits. */
export function seedOption(seed: number | undefined): number | null {
  if (seed === undefined) return null;
  if (!Number.isInteger(seed)) throw new InputError({ key: 'error.wholeNumber', params: { option: '--seed', value: String(seed) } });
  return seed;
}
