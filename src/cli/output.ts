/**
 * Where a command writes. The CLI passes the process's streams; a test passes its own and reads
 * what was written, so every command can be run in-process.
 */
export interface Output {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Columns of the terminal standard output is on; undefined for a pipe or a file. */
  columns: number | undefined;
  /** Lines of that terminal; undefined for a pipe or a file. */
  rows: number | undefined;
}

/** The process's standard output and error. */
export function processOutput(): Output {
  const { stdout, stderr } = process;
  return {
    out: (text) => void stdout.write(text),
    err: (text) => void stderr.write(text),
    columns: stdout.isTTY ? stdout.columns || 80 : undefined,
    rows: stdout.isTTY ? stdout.rows || 24 : undefined,
  };
}
