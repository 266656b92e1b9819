// Running the Ink screens from the CLI: the process concerns around them (keys, signals, the
// environment and fetch while Ink loads, closing the store). Light: command handlers import it at no cost.
import { closeAtExit } from './close-at-exit.js';

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

/** A closed terminal (SIGHUP) and a kill (SIGTERM) end an Ink screen as its own quit key does. */
const ENDING_SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

/** How an Ink screen is being ended from outside. */
export interface Ending {
  /** Settles when the process is asked to end: the screen then closes as its quit key would. */
  stop: Promise<void>;
  /** Whether it was: what the screen would have shown at its end is then printed instead. */
  signalled: () => boolean;
}

export interface InkScreen<Prepared, Screen, Result> {
  /** What the screen shows, made ready without Ink (a session and its store, say). */
  prepare: () => Promise<Prepared>;
  /** The screen's module (its dynamic import), loaded as loadInk needs. */
  load: () => Promise<Screen>;
  /** Load the screen only once prepared (the drill paints its first question meanwhile); else both at once. */
  loadAfterPrepare?: boolean;
  /** Shows the screen until it is done or ended from outside. */
  show: (screen: Screen, prepared: Prepared, ending: Ending) => Promise<Result>;
  /** Releases what prepare opened (the store), whatever happened. */
  close?: (prepared: Prepared) => void;
}

/**
 * Runs an Ink screen until it is done or the process is signalled: keys held from the start,
 * the screen loaded beside (or after) what it shows, SIGTERM and SIGHUP turned into `stop`,
 * and what was prepared closed at the end in every case. Signal handlers are installed at the
 * start, so a signal while loading ends the screen as soon as it is up, never the process
 * halfway.
 */
export async function runInkScreen<Prepared, Screen, Result>(screen: InkScreen<Prepared, Screen, Result>): Promise<Result> {
  let signalled = false;
  let onSignal = () => {};
  const stop = new Promise<void>((resolve) => {
    onSignal = () => {
      signalled = true;
      resolve();
    };
  });
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  try {
    const releaseKeys = holdKeys();
    const preparing = screen.prepare();
    const loading = screen.loadAfterPrepare ? preparing.then(() => loadInk(screen.load)) : loadInk(screen.load);
    // Awaited below, after `preparing`: a failure here must not count as unhandled meanwhile.
    loading.catch(() => {});
    const prepared = await preparing.catch((error: unknown) => {
      releaseKeys();
      throw error;
    });
    const module = await loading.catch((error: unknown) => {
      releaseKeys();
      screen.close?.(prepared);
      throw error;
    });
    const done = closeAtExit(() => screen.close?.(prepared));
    try {
      return await screen.show(module, prepared, { stop, signalled: () => signalled });
    } finally {
      done();
    }
  } finally {
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
  }
}
