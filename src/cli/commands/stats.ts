import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

export const statsCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'stats',
  describe: 'Progress: attempts, accuracy, mastery, due cards, streak',
  builder: (y) => y.example('$0 stats --json', 'the same as one JSON document'),
  handler: action(() => notYet('stats')),
};
