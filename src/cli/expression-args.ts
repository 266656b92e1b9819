import { InputError } from '../core/errors.js';

/**
 * Expressions often start with a minus (`-log(0.9)`, `-(1-pt)^gamma*log(pt)`), which yargs
 * reads as option flags, even when its `unknown-options-as-args` setting lets them through.
 * The commands that take expressions set that option (so yargs does not reject them) and
 * read their positionals back from the raw command line with this.
 */
const GLOBAL_VALUE_OPTIONS = ['db', 'pack', 'lang'];

export function rawPositionals(command: string, valueOptions: string[], args: string[]): string[] | undefined {
  const start = args.indexOf(command);
  if (start < 0) return undefined;
  const takesValue = new Set([...GLOBAL_VALUE_OPTIONS, ...valueOptions]);
  const positionals: string[] = [];
  for (let i = start + 1; i < args.length; i++) {
    const token = args[i]!;
    if (token === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    // Only `--name` is an option here: `-x` is an expression (minus x), not a flag.
    const option = /^--([A-Za-z][\w-]*)(=.*)?$/.exec(token);
    if (option) {
      if (!option[2] && takesValue.has(option[1]!)) i++;
      continue;
    }
    positionals.push(token);
  }
  return positionals;
}

/** The positional yargs parsed if it is intact, else the one at `index` of the command line as typed (`argv.rawArgs`). */
export function expressionArg(
  argv: { rawArgs?: string[] },
  parsed: unknown,
  command: string,
  index: number,
  valueOptions: string[] = [],
): string {
  const raw = rawPositionals(command, valueOptions, argv.rawArgs ?? []);
  if (typeof parsed === 'string' && parsed !== '' && (raw === undefined || raw.includes(parsed))) return parsed;
  return raw?.[index] ?? (typeof parsed === 'string' ? parsed : '');
}

/**
 * Such commands turn off yargs's strict mode (which would reject `-log(0.9)`), so they
 * reject leftover arguments themselves, with yargs's wording.
 */
export function rejectExtraArguments(argv: { _: (string | number)[] }): void {
  const extra = argv._.slice(1);
  if (extra.length === 0) return;
  const names = extra.map((token) => String(token).replace(/^--?/, '').replace(/=.*$/, ''));
  throw new InputError({ key: names.length > 1 ? 'error.unknownArgument.many' : 'error.unknownArgument.one', params: { names: names.join(', ') } });
}
