import { InputError } from '../core/errors.js';
import { escapeControls } from '../core/terminal-text.js';

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, negative: 1, invalid: 2, failure: 3 } as const;

/**
 * Wraps a command handler: its return value becomes the exit code, a user-caused
 * InputError becomes one clear line and exit 2, and anything unexpected becomes a
 * one-line reason and exit 3 (the stack only with FOCAL_DEBUG=1).
 */
export function action<A>(run: (argv: A) => Promise<number | void> | number | void) {
  return async (argv: A): Promise<void> => {
    try {
      process.exitCode = (await run(argv)) ?? EXIT.ok;
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

export function reportError(error: unknown): number {
  if (error instanceof InputError) {
    process.stderr.write(`focal: ${escapeControls(error.describe(), { multiline: true })}\n`);
    return EXIT.invalid;
  }
  if (process.env.FOCAL_DEBUG === '1' && error instanceof Error) {
    process.stderr.write(`${error.stack ?? error.message}\n`);
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`focal: unexpected failure: ${escapeControls(reason.split('\n')[0]!)}\n`);
  }
  return EXIT.failure;
}
