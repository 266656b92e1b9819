import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { InputError, type Said } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { closeMatches } from '../core/bank/similar.js';

// Defaults a user sets once. Precedence, highest first: command-line flags, FOCAL_*
// environment variables, the config file, then the built-in defaults.
// The file is $XDG_CONFIG_HOME/focal-drill/config.json, or config.toml beside it when there
// is no JSON one (~/.config when XDG_CONFIG_HOME is unset).

type Env = Record<string, string | undefined>;

/** The drill's modes (kept here, not imported from the scheduler, so start-up stays light). */
export const DRILL_MODE_NAMES = ['mixed', 'due', 'weak', 'new'] as const;

export interface UserDefaults {
  /** Extra pack folders, absolute. */
  packs?: string[];
  lang?: Lang;
  count?: number;
  mode?: (typeof DRILL_MODE_NAMES)[number];
  db?: string;
}

const FIELDS = ['packs', 'lang', 'count', 'mode', 'db'];

/** The config file path (config.json), whether it exists or not. */
export function configFile(env: Env = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'focal-drill', 'config.json');
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError({ key: 'error.config.cannotRead', params: { reason: (error as Error).message } }, { file });
  }
}

/** config.json, else config.toml beside it, parsed; null when there is neither. */
async function parseConfigFile(jsonFile: string): Promise<{ file: string; data: unknown } | null> {
  const json = readText(jsonFile);
  if (json !== null) {
    try {
      return { file: jsonFile, data: JSON.parse(json) };
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message);
      const where = position ? lineAndColumn(json, Number(position[1])) : {};
      throw new InputError({ key: 'error.config.json', params: { reason: (error as Error).message.replace(/ in JSON at position \d+.*$/, '') } }, { file: jsonFile, ...where });
    }
  }
  const tomlFile = jsonFile.replace(/\.json$/, '.toml');
  const toml = readText(tomlFile);
  if (toml === null) return null;
  const { parse, TomlError } = await import('smol-toml');
  try {
    return { file: tomlFile, data: parse(toml) };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    throw new InputError({ key: 'error.config.toml', params: { reason: error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') } }, { file: tomlFile, line: error.line, column: error.column });
  }
}

/** The config file's settings (none when there is no file); a bad file is an InputError naming it and the field. */
export async function readConfigFile(jsonFile: string = configFile()): Promise<UserDefaults> {
  const parsed = await parseConfigFile(jsonFile);
  if (parsed === null) return {};
  const { file, data } = parsed;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError({ key: 'error.config.object' }, { file });
  const fail = (field: string, message: Said) => new InputError(message, { file, path: field });
  const config = data as Record<string, unknown>;
  for (const field of Object.keys(config)) {
    if (FIELDS.includes(field)) continue;
    const close = closeMatches(field, FIELDS, 1);
    throw fail(field, close.length > 0 ? { key: 'error.config.unknownClose', params: { name: close[0]! } } : { key: 'error.config.unknown', params: { names: FIELDS.join(', ') } });
  }
  const defaults: UserDefaults = {};
  const base = dirname(file);
  if (config.packs !== undefined) {
    if (!Array.isArray(config.packs) || !config.packs.every((pack) => typeof pack === 'string' && pack !== '')) {
      throw fail('packs', { key: 'error.config.packs' });
    }
    defaults.packs = config.packs.map((pack: string) => expandPath(pack, base));
  }
  if (config.lang !== undefined) defaults.lang = checkLang(config.lang, (message) => fail('lang', message));
  if (config.count !== undefined) defaults.count = checkCount(config.count, (message) => fail('count', message));
  if (config.mode !== undefined) defaults.mode = checkMode(config.mode, (message) => fail('mode', message));
  if (config.db !== undefined) {
    if (typeof config.db !== 'string' || config.db === '') throw fail('db', { key: 'error.config.db' });
    defaults.db = expandPath(config.db, base);
  }
  return defaults;
}

/** FOCAL_PACKS (folders separated by ":"), FOCAL_LANG, FOCAL_COUNT, FOCAL_MODE and FOCAL_DB. */
export function readEnvironment(env: Env = process.env): UserDefaults {
  const fail = (name: string) => (message: Said) => new InputError(message, { path: name });
  const defaults: UserDefaults = {};
  if (env.FOCAL_PACKS) defaults.packs = env.FOCAL_PACKS.split(delimiter).filter(Boolean).map((pack) => expandPath(pack, process.cwd()));
  if (env.FOCAL_LANG) defaults.lang = checkLang(env.FOCAL_LANG, fail('FOCAL_LANG'));
  if (env.FOCAL_COUNT) defaults.count = checkCount(/^\d+$/.test(env.FOCAL_COUNT) ? Number(env.FOCAL_COUNT) : env.FOCAL_COUNT, fail('FOCAL_COUNT'));
  if (env.FOCAL_MODE) defaults.mode = checkMode(env.FOCAL_MODE, fail('FOCAL_MODE'));
  if (env.FOCAL_DB) defaults.db = env.FOCAL_DB;
  return defaults;
}

let current: UserDefaults = {};

/** Reads the config file and the environment (the environment wins); main() calls it once. */
export async function loadUserDefaults(env: Env = process.env): Promise<UserDefaults> {
  current = { ...(await readConfigFile(configFile(env))), ...readEnvironment(env) };
  return current;
}

/** The defaults loaded by main(), for option defaults and settings. */
export function userDefaults(): UserDefaults {
  return current;
}

function checkLang(value: unknown, fail: (message: Said) => Error): Lang {
  if (value === 'en' || value === 'zh') return value;
  throw fail({ key: 'error.config.lang', params: { value: JSON.stringify(value) } });
}

function checkCount(value: unknown, fail: (message: Said) => Error): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw fail({ key: 'error.config.count', params: { value: JSON.stringify(value) } });
}

function checkMode(value: unknown, fail: (message: Said) => Error): UserDefaults['mode'] {
  if ((DRILL_MODE_NAMES as readonly unknown[]).includes(value)) return value as UserDefaults['mode'];
  throw fail({ key: 'error.config.mode', params: { modes: DRILL_MODE_NAMES.join(', '), value: JSON.stringify(value) } });
}

/** `~/x` is in the home folder; a relative path is relative to `base`. */
function expandPath(path: string, base: string): string {
  if (path === '~' || path.startsWith('~/')) return join(homedir(), path.slice(1));
  return resolve(base, path);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
