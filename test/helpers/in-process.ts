import { runHandler, type Handler } from '../../src/cli/action.js';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command handler in this process, as the CLI would after parsing, with its output
 * captured: `columns` makes it a terminal of that width, else it writes as into a pipe.
 */
export async function runInProcess<A>(handler: Handler<A>, argv: A, columns?: number): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const output = {
    out: (text: string) => void (stdout += text),
    err: (text: string) => void (stderr += text),
    columns,
    rows: columns === undefined ? undefined : 24,
  };
  const code = await runHandler(handler, argv, output);
  return { code, stdout, stderr };
}
