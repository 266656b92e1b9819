import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { DRILL_MODE_NAMES, userDefaults } from '../config.js';
import type { GlobalArgs } from '../globals.js';
import { wholeNumber } from '../number-options.js';
import { chooseFrontEnd, runInkDrillCommand, runLineDrill, type DrillArgs } from '../run-drill.js';

export const drillCommand: CommandModule<GlobalArgs, DrillArgs> = {
  command: 'drill',
  describe: 'Drill questions in the terminal (the default command)',
  builder: (y) =>
    y
      .option('topic', { type: 'string', array: true, describe: 'Only these topics (repeatable)' })
      .option('kind', { type: 'string', array: true, describe: 'Only these kinds (repeatable)' })
      .option('count', { requiresArg: true, coerce: wholeNumber('count', 1), default: userDefaults().count ?? 10, describe: 'Questions in the session (a whole number ≥ 1)' })
      .option('mode', {
        type: 'string',
        choices: DRILL_MODE_NAMES,
        default: userDefaults().mode ?? 'mixed',
        describe: 'mixed: due, weak and new together; due: only questions due for review; weak: weakest topics first; new: never-seen questions',
      })
      .option('question', { type: 'string', describe: 'Drill exactly this question id' })
      .option('seed', { requiresArg: true, coerce: wholeNumber('seed'), describe: 'Reproducible order and parameters (a whole number)' })
      .option('plain', { type: 'boolean', describe: 'Line mode (automatic when not a terminal)' })
      .option('resume', {
        type: 'boolean',
        describe:
          'Continue the latest interrupted drill session with its remaining questions and its own options (--topic, --kind, --count, --mode, --question and --seed are refused with it; --lang and --pack apply). Exit 2 when there is none',
      })
      .example('$0 drill --topic gradients --count 5', 'five questions on gradients')
      .example('$0 drill --kind single < answers.txt', 'line mode (input not a terminal), answers from a file')
      .example('$0 drill --mode due', 'only the questions due for review')
      .example('$0 drill --resume < answers.txt', 'the remaining questions of the latest interrupted session'),
  handler: action((argv) => {
    switch (chooseFrontEnd(argv.plain, process.stdin, process.stdout)) {
      case 'line':
        return runLineDrill(argv);
      case 'ink':
        return runInkDrillCommand(argv);
    }
  }),
};
