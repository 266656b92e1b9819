// Preparing for the Ink interface without loading it: command handlers import this at no cost.

/**
 * Ink draws nothing until exit when it believes it runs in CI (CI or CONTINUOUS_INTEGRATION
 * set, read once when Ink loads). We start Ink only on a real terminal, where someone is
 * typing, so those variables must not switch its rendering off: hide them before loading it.
 */
export function prepareInkEnvironment(env: Record<string, string | undefined> = process.env): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
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
