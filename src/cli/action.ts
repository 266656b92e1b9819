import { InputError } from '../core/errors.js';
import { escapeControls } from '../core/terminal-text.js';
import type { Lang } from '../core/i18n.js';
import { loadWords, t } from '../core/words/index.js';
import { userDefaults } from './config.js';
import { errorLang } from './environment.js';
import { processOutput, type Output } from './output.js';

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, negative: 1, invalid: 2, failure: 3 } as const;

/** A command's work: its arguments and where to write in, its exit code out (none: 0). */
export type Handler<A> = (argv: A, output: Output) => Promise<number | void> | number | void;

/**
 * Runs a handler and returns its exit code: a user-caused InputError becomes one clear line and
 * exit 2, and anything unexpected a one-line reason and exit 3 (the stack only with FOCAL_DEBUG=1).
 */
export async function runHandler<A>(run: Handler<A>, argv: A, output: Output): Promise<number> {
  try {
    await loadWords();
    return (await run(argv, output)) ?? EXIT.ok;
  } catch (error) {
    return reportError(error, output, errorLang(argv as { lang?: unknown }, userDefaults().lang));
  }
}

/** A handler as yargs calls it: writing to the process's streams, its exit code the process's. */
export function action<A>(run: Handler<A>) {
  return async (argv: A): Promise<void> => {
    process.exitCode = await runHandler(run, argv, processOutput());
  };
}

/** One line on stderr for `error`, in `lang`; returns the exit code (2: the user's input, 3: anything else). */
export function reportError(error: unknown, output: Output = processOutput(), lang: Lang = 'en'): number {
  if (error instanceof InputError) {
    output.err(`focal: ${escapeControls(error.describe(lang), { multiline: true })}\n`);
    return EXIT.invalid;
  }
  if (process.env.FOCAL_DEBUG === '1' && error instanceof Error) {
    output.err(`${error.stack ?? error.message}\n`);
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    output.err(`focal: ${t(lang, 'error.unexpected', { reason: escapeControls(reason.split('\n')[0]!) })}\n`);
  }
  return EXIT.failure;
}
