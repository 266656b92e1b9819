/**
 * Runs `close` once: when the returned `done` is called, or when the process exits first — a
 * closed output pipe exits from its handler (closed-pipe.ts), and no `finally` runs then. What
 * must not be left half done on the way out (ending a session, closing the store) goes here.
 */
export function closeAtExit(close: () => void): () => void {
  let closed = false;
  const once = () => {
    if (closed) return;
    closed = true;
    process.off('exit', once);
    close();
  };
  process.on('exit', once);
  return once;
}
