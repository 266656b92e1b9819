import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface LossArgs extends GlobalArgs {
  logit?: number;
  p?: number;
  pt?: number;
  target?: number;
  logits?: string;
  alpha?: string;
  gamma: number;
}

export const lossCommand: CommandModule<GlobalArgs, LossArgs> = {
  command: 'loss',
  describe: 'Focal-loss calculator (binary or softmax multi-class)',
  builder: (y) =>
    y
      .option('logit', { type: 'number', describe: 'Binary: the logit x' })
      .option('p', { type: 'number', describe: 'Binary: probability of class 1' })
      .option('pt', { type: 'number', describe: 'Binary: probability of the true class' })
      .option('target', { type: 'number', describe: 'Binary: 0 or 1; multi-class: class index' })
      .option('logits', { type: 'string', describe: 'Multi-class logits "z1,z2,..."' })
      .option('alpha', {
        type: 'string',
        describe: 'α: binary default 0.25 (negative disables); multi-class scalar or per-class list, default 1',
      })
      .option('gamma', { type: 'number', default: 2, describe: 'γ, the focusing parameter' })
      .example('$0 loss --logit 2 --target 1', 'binary focal loss with α = 0.25, γ = 2')
      .example('$0 loss --logits "2,0.5,-1" --target 0 --alpha "0.25,0.5,0.25"', 'softmax focal loss'),
  handler: action(() => notYet('loss')),
};
