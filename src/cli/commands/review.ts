import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface ReviewArgs extends GlobalArgs {
  plain?: boolean;
}

export const reviewCommand: CommandModule<GlobalArgs, ReviewArgs> = {
  command: 'review',
  describe: 'Weak topics, worst first, and a way to drill them',
  builder: (y) =>
    y
      .option('plain', { type: 'boolean', describe: 'Print the table instead of the interactive screen' })
      .example('$0 review --plain', 'mastery per topic, worst first'),
  handler: action(() => notYet('review')),
};
