import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

export const questionsCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'questions',
  describe: 'List, show and validate question packs',
  builder: (y) =>
    y
      .command<GlobalArgs & { topic?: string[]; kind?: string[] }>({
        command: 'list',
        describe: 'List questions',
        builder: (q) =>
          q.option('topic', { type: 'string', array: true }).option('kind', { type: 'string', array: true }),
        handler: action(() => notYet('questions list')),
      })
      .command<GlobalArgs & { id: string; seed?: number }>({
        command: 'show <id>',
        describe: 'Show a question with its answer and explanation',
        builder: (q) => q.positional('id', { type: 'string', demandOption: true }).option('seed', { type: 'number' }),
        handler: action(() => notYet('questions show')),
      })
      .command<GlobalArgs & { dirs?: string[] }>({
        command: 'validate [dirs..]',
        describe: 'Validate packs (all bundled packs when no folder is given)',
        builder: (q) => q.positional('dirs', { type: 'string', array: true }),
        handler: action(() => notYet('questions validate')),
      })
      .demandCommand(1, 'Name a subcommand: list, show or validate')
      .example('$0 questions list --topic numbers', 'questions of one topic')
      .example('$0 questions validate questions/my-pack', 'check a pack you wrote'),
  handler: () => {},
};
