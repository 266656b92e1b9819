import yargs from 'yargs';
import { escapeControls } from '../core/terminal-text.js';
import { loadWords } from '../core/words/index.js';
import { hideBin } from 'yargs/helpers';
import pkg from '../../package.json' with { type: 'json' };
import { EXIT, reportError } from './action.js';
import { exitQuietlyWhenOutputCloses } from './closed-pipe.js';
import { commands } from './commands/index.js';
import { completeValue } from './completion.js';
import { loadUserDefaults, userDefaults } from './config.js';
import { errorLang } from './environment.js';
import { globalOptions } from './globals.js';
import { routeArgs } from './route.js';
import { refusedByCoerce } from './number-options.js';
import { setUsageLang, u, yargsStrings } from './usage-words.js';

/** Command names and aliases, as typed after `focal`. */
function commandNames(): string[] {
  const names = commands.flatMap((command) => (Array.isArray(command.command) ? command.command : [command.command]));
  return [...names.map((name) => String(name).split(' ')[0]!).filter((name) => name !== '$0'), 'completion'];
}

/** Arguments that ask only for the usage text or the version. */
const HELP_OR_VERSION = ['--help', '-h', '--version', '-v'];

/** Reads the config file and FOCAL_* variables; a broken one does not stop --help or --version. */
async function readDefaults(args: string[]): Promise<void> {
  try {
    await loadUserDefaults();
  } catch (error) {
    if (!args.some((arg) => HELP_OR_VERSION.includes(arg))) throw error;
  }
}

/** The terminal's width (at most 100), else $COLUMNS, else 80. */
function helpWidth(): number {
  const columns = process.stdout.columns || Number(process.env.COLUMNS) || 80;
  return Math.min(process.stdout.isTTY ? 100 : Number.MAX_SAFE_INTEGER, columns);
}

/**
 * The `focal` entry point. Only yargs and the small command modules load here;
 * each handler imports what it needs (mathjs, the store, the interface) on demand.
 */
export async function main(args: string[]): Promise<void> {
  exitQuietlyWhenOutputCloses();
  // The words said once a command runs: all of them, except for --help and --version.
  if (!args.some((arg) => HELP_OR_VERSION.includes(arg))) await loadWords();
  if (args[0] === '--get-yargs-completions') {
    try {
      await loadUserDefaults();
    } catch {
      // A broken config file: complete from the bundled packs only.
    }
    const values = await completeValue(args.slice(1));
    if (values !== null) return void process.stdout.write(values.map((value) => `${value}\n`).join(''));
  }
  let routed: string[];
  try {
    routed = routeArgs(args, commandNames());
    await readDefaults(routed);
  } catch (error) {
    process.exitCode = reportError(error, undefined, errorLang(args, userDefaults().lang));
    return;
  }
  const lang = errorLang(routed, userDefaults().lang);
  setUsageLang(lang);
  let cli = globalOptions(yargs(routed))
    .scriptName('focal')
    .usage(u('usage.focal.usage'))
    .version(pkg.version)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .locale(lang === 'zh' ? 'zh_CN' : 'en')
    .detectLocale(false)
    .strict()
    .recommendCommands()
    .wrap(helpWidth())
    .completion('completion', u('usage.focal.completion'))
    .fail((message, error, y) => {
      // Usage errors, including an option value a coerce check refused, are "invalid input":
      // exit 2 with the reason and a pointer to --help.
      if (error && error.name !== 'YError') throw error;
      // A value a coerce check refused says all there is to say (in the user's language); a
      // usage error points to --help.
      const refused = refusedByCoerce(message);
      if (refused) {
        reportError(refused, undefined, lang);
      } else {
        const pointer = error && error.message === message ? '' : `${u('usage.pointer')}\n`;
        // One line: yargs puts "Invalid values:" and the values on two.
        const line = message.replace(/(?<=：)\s*\n\s*/g, '').replace(/\s*\n\s*/g, ' ');
        process.stderr.write(`focal: ${escapeControls(line)}\n${pointer}`);
      }
      process.exit(EXIT.invalid);
      return y;
    })
    .example('$0', u('usage.focal.example'))
    .example('$0 eval "1/(1-0.968)^2"', u('usage.focal.example2'))
    .example('$0 equiv "-(1-pt)^gamma*log(pt)" "(1-pt)^gamma*log(1/pt)"', u('usage.focal.example3'))
    .example('$0 loss --logit 2 --target 1 --gamma 2', u('usage.focal.example4'))
    .example('$0 stats', u('usage.focal.example5'));
  // yargs' own words (Commands:, [required], its usage errors) in Chinese; English needs nothing.
  if (lang === 'zh') cli = cli.updateStrings(yargsStrings('zh'));
  for (const command of commands) cli = cli.command(command);
  await cli.parseAsync(routed, { rawArgs: routed });
}

await main(hideBin(process.argv));
