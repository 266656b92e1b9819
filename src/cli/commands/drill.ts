import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { DRILL_MODE_NAMES, userDefaults } from '../config.js';
import type { GlobalArgs } from '../globals.js';
import { wholeNumber } from '../number-options.js';
import { chooseFrontEnd, runInkDrillCommand, runLineDrill, type DrillArgs } from '../run-drill.js';
import { u } from '../usage-words.js';

export const drillCommand: CommandModule<GlobalArgs, DrillArgs> = {
  command: 'drill',
  get describe() {
    return u('usage.drill');
  },
  builder: (y) =>
    y
      .option('topic', { type: 'string', array: true, describe: u('usage.onlyTopics') })
      .option('kind', { type: 'string', array: true, describe: u('usage.onlyKinds') })
      .option('count', { requiresArg: true, coerce: wholeNumber('count', 1), default: userDefaults().count ?? 10, describe: u('usage.drill.count') })
      .option('mode', {
        type: 'string',
        choices: DRILL_MODE_NAMES,
        default: userDefaults().mode ?? 'mixed',
        describe: u('usage.drill.mode'),
      })
      .option('question', { type: 'string', describe: u('usage.drill.question') })
      .option('seed', { requiresArg: true, coerce: wholeNumber('seed'), describe: u('usage.seed') })
      .option('plain', { type: 'boolean', describe: u('usage.drill.plain') })
      .option('resume', {
        type: 'boolean',
        describe: u('usage.drill.resume'),
      })
      .example('$0 drill --topic gradients --count 5', u('usage.drill.example'))
      .example('$0 drill --kind single < answers.txt', u('usage.drill.example2'))
      .example('$0 drill --mode due', u('usage.drill.example3'))
      .example('$0 drill --resume < answers.txt', u('usage.drill.example4')),
  handler: action((argv) => {
    switch (chooseFrontEnd(argv.plain, process.stdin, process.stdout)) {
      case 'line':
        return runLineDrill(argv);
      case 'ink':
        return runInkDrillCommand(argv);
    }
  }),
};
