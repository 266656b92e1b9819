import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface ImportArgs extends GlobalArgs {
  file: string;
}

export const importCommand: CommandModule<GlobalArgs, ImportArgs> = {
  command: 'import <file>',
  describe: 'Merge a json export into the progress database',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true })
      .example('$0 import progress.json', 'importing the same file twice adds nothing'),
  handler: action(() => notYet('import')),
};
