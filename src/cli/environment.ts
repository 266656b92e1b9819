import { homedir } from 'node:os';
import { join } from 'node:path';

import { InputError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';

export type { Lang };

type Env = Record<string, string | undefined>;

/** `--lang` wins, then FOCAL_LANG or the config file (`configured`); otherwise a Chinese locale in LC_ALL / LANG selects zh. */
export function resolveLang(flag: string | undefined, env: Env = process.env, configured?: Lang): Lang {
  if (flag === 'en' || flag === 'zh') return flag;
  if (configured) return configured;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * The language to report an error in, when the settings may not have been read (the error may be
 * about them): `--lang` from the parsed arguments or the command line, then the defaults loaded
 * so far, then the locale.
 */
export function errorLang(args: { lang?: unknown } | readonly string[], configured?: Lang, env: Env = process.env): Lang {
  const flag = Array.isArray(args) ? langFlag(args as readonly string[]) : (args as { lang?: unknown }).lang;
  return resolveLang(typeof flag === 'string' ? flag : undefined, env, configured);
}

/** The value of `--lang X` or `--lang=X` on a command line. */
function langFlag(args: readonly string[]): string | undefined {
  let value: string | undefined;
  args.forEach((arg, index) => {
    if (arg === '--lang') value = args[index + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value;
}

/** `--db`, else $FOCAL_DB, else the config file's `db` (`configured`), else the XDG data folder. An empty `--db ""` is a mistake, not the default. */
export function resolveDbPath(flag: string | undefined, env: Env = process.env, configured?: string): string {
  if (flag !== undefined) {
    if (flag.trim() === '') throw new InputError({ key: 'error.dbEmpty' }, { path: '--db' });
    return flag;
  }
  if (env.FOCAL_DB) return env.FOCAL_DB;
  if (configured) return configured;
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'focal-drill', 'progress.db');
}

/**
 * Colour only on a terminal, and never when the user or the terminal asks for none:
 * `--no-color` and NO_COLOR turn it off; FORCE_COLOR (anything but 0) turns it on anywhere.
 */
export function useColor(
  flag: boolean | undefined,
  stream: { isTTY?: boolean } = process.stdout,
  env: Env = process.env,
): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}
