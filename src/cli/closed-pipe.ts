/**
 * `focal stats | head -1`: once the reader of our output has gone, there is nobody left to tell
 * anything, so like git we stop quietly with status 0 — for every command, from this one place.
 * What must still happen on the way out (a drill ending its session) listens to process 'exit'.
 */
export function exitQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exitCode = 0;
      process.exit(0);
    });
  }
}
