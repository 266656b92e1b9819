import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

type Output = ReturnType<typeof useStdout>['stdout'];

/**
 * The components reading an output's size, told by one 'resize' listener on it: a listener
 * each would pass Node's limit of ten per event on a screen of a few options, and Node's
 * warning would then be printed across the screen.
 */
const readers = new WeakMap<Output, Set<() => void>>();

/** The one 'resize' listener of `stdout`, calling each of its readers. */
function listenTo(stdout: Output): Set<() => void> {
  const listeners = new Set<() => void>();
  readers.set(stdout, listeners);
  stdout.on('resize', () => {
    for (const listener of listeners) listener();
  });
  return listeners;
}

function watchSize(stdout: Output, onResize: () => void): () => void {
  const listeners = readers.get(stdout) ?? listenTo(stdout);
  listeners.add(onResize);
  return () => listeners.delete(onResize);
}

/** The terminal's size, updated when it is resized (80×24 when unknown, e.g. in tests). */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => watchSize(stdout, () => setSize(read())), [stdout]);
  return size;
}
