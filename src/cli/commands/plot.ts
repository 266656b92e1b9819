import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface PlotArgs extends GlobalArgs {
  gamma: string;
  alpha?: number;
  width?: number;
  height?: number;
}

export const plotCommand: CommandModule<GlobalArgs, PlotArgs> = {
  command: 'plot',
  describe: "The paper's Figure 1: loss against pₜ for several γ",
  builder: (y) =>
    y
      .option('gamma', { type: 'string', default: '0,0.5,1,2,5', describe: 'Comma-separated γ values' })
      .option('alpha', { type: 'number', describe: 'Multiply every curve by α' })
      .option('width', { type: 'number', describe: 'Plot width in columns' })
      .option('height', { type: 'number', describe: 'Plot height in rows' })
      .example('$0 plot', 'curves for γ = 0, 0.5, 1, 2, 5')
      .example('$0 plot --gamma 0,2 --width 60', 'two curves, narrower'),
  handler: action(() => notYet('plot')),
};
