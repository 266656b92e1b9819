import type { Argv } from 'yargs';
import { userDefaults } from './config.js';
import { resolveDbPath, resolveLang, useColor, type Lang } from './environment.js';
import { u } from './usage-words.js';

/** Options every command accepts (see the CLI contract). */
export interface GlobalArgs {
  db?: string;
  pack?: string[];
  lang?: string;
  color?: boolean;
  json?: boolean;
  /**
   * The command line as typed (after routing), which main() hands to every handler: yargs reads
   * `-log(0.9)` as flags, so the commands that take expressions read their words from here.
   */
  rawArgs?: string[];
}

export function globalOptions<T>(y: Argv<T>): Argv<T & GlobalArgs> {
  return y
    .option('db', {
      type: 'string',
      describe: u('usage.global.db'),
      defaultDescription: u('usage.global.db.default'),
      global: true,
    })
    .option('pack', { type: 'string', array: true, describe: u('usage.global.pack'), global: true })
    .option('lang', { type: 'string', choices: ['en', 'zh'], describe: u('usage.global.lang'), global: true })
    .option('color', { type: 'boolean', describe: u('usage.global.color'), global: true })
    .option('json', { type: 'boolean', describe: u('usage.global.json'), global: true });
}

/** The resolved settings a command works with. */
export interface Settings {
  lang: Lang;
  dbPath: string;
  packDirs: string[];
  color: boolean;
  json: boolean;
}

/** Flags first, then FOCAL_* variables and the config file (see config.ts). */
export function settingsFrom(argv: GlobalArgs): Settings {
  const defaults = userDefaults();
  return {
    lang: resolveLang(argv.lang, process.env, defaults.lang),
    dbPath: resolveDbPath(argv.db, process.env, defaults.db),
    packDirs: argv.pack ?? defaults.packs ?? [],
    color: useColor(argv.color),
    json: Boolean(argv.json),
  };
}
