import { InputError } from '../core/errors.js';
import { closeMatches } from '../core/bank/similar.js';

/**
 * Options (global or the drill's) that take a value: the word after them is not a command.
 * The drill's options may be given without the word `drill` (`focal --topic numbers`).
 */
const VALUE_OPTIONS = new Set(['db', 'pack', 'lang', 'topic', 'kind', 'count', 'mode', 'question', 'seed']);

/** The words of the command line that are not options or options' values. */
export function positionalWords(args: string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    if (token === '--') break;
    const option = /^--?([A-Za-z][\w-]*)(=.*)?$/.exec(token);
    if (option) {
      if (!option[2] && VALUE_OPTIONS.has(option[1]!)) i++;
      continue;
    }
    words.push(token);
  }
  return words;
}

/** The first word of the command line that is not an option or an option's value. */
export function commandWord(args: string[]): string | undefined {
  return positionalWords(args)[0];
}

/**
 * Routes the command line: `focal` and `focal --topic x` are the drill, a known command
 * goes through, and a misspelt one (`focal stat`) is an InputError suggesting the command
 * meant. The drill is not yargs's default command, so `focal --help` is the program's help,
 * not the drill's.
 */
export function routeArgs(args: string[], commandNames: string[]): string[] {
  // Shell completion asks with its own protocol; yargs answers it.
  if (args.includes('--get-yargs-completions')) return args;
  const word = commandWord(args);
  if (word === undefined) {
    const asksHelpOrVersion = args.some((arg) => ['--help', '-h', '--version', '-v'].includes(arg));
    return asksHelpOrVersion ? args : ['drill', ...args];
  }
  if (commandNames.includes(word)) return args;
  const close = closeMatches(word, commandNames, 2);
  const hint =
    close.length > 0
      ? ({ key: 'error.didYouMean', params: { names: { join: close.map((name) => `"focal ${name}"`), with: 'error.or' } } } as const)
      : ({ key: 'error.commands', params: { names: commandNames.join(', ') } } as const);
  throw new InputError({ key: 'error.unknownCommand', params: { command: word, hint } });
}
