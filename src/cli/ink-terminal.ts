// Preparing for the Ink interface without loading it: command handlers import this at no cost.

/**
 * Loads an Ink screen module (`load` is its dynamic import) in the conditions Ink needs:
 * - Ink draws nothing until exit when it believes it runs in CI (CI or CONTINUOUS_INTEGRATION
 *   set, read once as it loads). We start Ink only on a real terminal, where someone is
 *   typing, so those variables are removed first.
 * - Ink's layout engine (yoga) decodes its inline WebAssembly through fetch() when fetch
 *   exists, and the first touch of Node's fetch loads its HTTP client (tens of ms at
 *   start-up); without fetch, yoga decodes the same bytes directly. So fetch is hidden
 *   while the module loads, and put back after.
 */
export async function loadInk<T>(load: () => Promise<T>, env: Record<string, string | undefined> = process.env): Promise<T> {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetch?.configurable) Reflect.deleteProperty(globalThis, 'fetch');
  try {
    return await load();
  } finally {
    if (fetch?.configurable) Object.defineProperty(globalThis, 'fetch', fetch);
  }
}

/**
 * Puts a terminal's keyboard in raw mode now, before the interface has loaded: Ink switches
 * to raw mode only once its first frame is up, and keys typed before that would be echoed
 * and held back by the terminal's line editing (an arrow key, Esc) instead of reaching it.
 * Returns the undo, for when the interface never starts (Ink restores the mode itself).
 */
export function holdKeys(stdin: { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown } = process.stdin): () => void {
  if (!stdin.isTTY || !stdin.setRawMode) return () => {};
  stdin.setRawMode(true);
  return () => stdin.setRawMode?.(false);
}
