import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface EvalArgs extends GlobalArgs {
  expr: string;
}

export const evalCommand: CommandModule<GlobalArgs, EvalArgs> = {
  command: 'eval <expr>',
  describe: 'Evaluate an arithmetic expression in the quiz sandbox',
  builder: (y) =>
    y
      .positional('expr', { type: 'string', demandOption: true, describe: 'Expression, e.g. "1/(1-0.968)^2"' })
      .example('$0 eval "1/(1-0.968)^2"', '976.5625')
      .example('$0 eval "-log(0.9)" --json', '{"value":0.10536051565782628}'),
  handler: action(() => notYet('eval')),
};
