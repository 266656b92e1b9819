import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface EquivArgs extends GlobalArgs {
  a: string;
  b: string;
  where?: string;
  tol?: number;
}

export const equivCommand: CommandModule<GlobalArgs, EquivArgs> = {
  command: 'equiv <a> <b>',
  describe: 'Are two expressions equal on a domain?',
  builder: (y) =>
    y
      .positional('a', { type: 'string', demandOption: true })
      .positional('b', { type: 'string', demandOption: true })
      .option('where', { type: 'string', describe: 'Domains, e.g. "pt in (0,1), gamma in [0,5]"' })
      .option('tol', { type: 'number', describe: 'Relative tolerance', default: 1e-9 })
      .example('$0 equiv "-(1-pt)^gamma*log(pt)" "(1-pt)^gamma*log(1/pt)"', 'equivalent')
      .example('$0 equiv "(x^2)^0.5" "x" --where "x in [-1,1]"', 'not equivalent, with a counterexample'),
  handler: action(() => notYet('equiv')),
};
