import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface DeriveArgs extends GlobalArgs {
  file: string;
}

export const deriveCommand: CommandModule<GlobalArgs, DeriveArgs> = {
  command: 'derive <file>',
  describe: 'Check a derivation line by line ("-" reads stdin)',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'Derivation file, or - for stdin' })
      .example('$0 derive steps.txt', 'mark every step, show the first failing one'),
  handler: action(() => notYet('derive')),
};
