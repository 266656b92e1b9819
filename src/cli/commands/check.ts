import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface CheckArgs extends GlobalArgs {
  id: string;
  answer: string;
  seed?: number;
  record?: boolean;
}

export const checkCommand: CommandModule<GlobalArgs, CheckArgs> = {
  command: 'check <id> <answer>',
  describe: 'Grade an answer exactly as the drill would',
  builder: (y) =>
    y
      .positional('id', { type: 'string', demandOption: true, describe: 'Question id' })
      .positional('answer', { type: 'string', demandOption: true, describe: 'The answer, as typed in the drill' })
      .option('seed', { type: 'number', describe: 'Parameters of a parametric question' })
      .option('record', { type: 'boolean', describe: 'Record the attempt in the progress database' })
      .example('$0 check numbers.ratio-0968 "1/(1-0.968)^2"', 'correct (exit 0)'),
  handler: action(() => notYet('check')),
};
