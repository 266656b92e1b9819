import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

export interface DrillArgs extends GlobalArgs {
  topic?: string[];
  kind?: string[];
  count: number;
  mode: string;
  question?: string;
  seed?: number;
  plain?: boolean;
}

export const drillCommand: CommandModule<GlobalArgs, DrillArgs> = {
  command: ['drill', '$0'],
  describe: 'Drill questions in the terminal (the default command)',
  builder: (y) =>
    y
      .option('topic', { type: 'string', array: true, describe: 'Only these topics (repeatable)' })
      .option('kind', { type: 'string', array: true, describe: 'Only these kinds (repeatable)' })
      .option('count', { type: 'number', default: 10, describe: 'Questions in the session' })
      .option('mode', { type: 'string', choices: ['mixed', 'due', 'weak', 'new'], default: 'mixed' })
      .option('question', { type: 'string', describe: 'Drill exactly this question id' })
      .option('seed', { type: 'number', describe: 'Reproducible order and parameters' })
      .option('plain', { type: 'boolean', describe: 'Line mode (automatic when not a terminal)' })
      .example('$0 drill --topic gradients --count 5', 'five questions on gradients')
      .example('$0 drill --plain < answers.txt', 'line mode, answers from a file'),
  handler: action(() => notYet('drill')),
};
