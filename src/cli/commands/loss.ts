import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';

// Numbers are read as strings and parsed by the core, so that a bad value is quoted back as typed.
interface LossArgs extends GlobalArgs {
  logit?: string;
  p?: string;
  pt?: string;
  target?: string;
  logits?: string;
  alpha?: string;
  gamma?: string;
}

export const lossCommand: CommandModule<GlobalArgs, LossArgs> = {
  command: 'loss',
  describe: 'Focal-loss calculator (binary or softmax multi-class)',
  builder: (y) =>
    y
      .option('logit', { type: 'string', describe: 'Binary: the logit x (any size, ±1000 included)' })
      .option('p', { type: 'string', describe: 'Binary: probability of class 1' })
      .option('pt', { type: 'string', describe: 'Binary: probability of the true class (--target, if given, picks αₜ)' })
      .option('target', { type: 'string', describe: 'Binary: 0 or 1; multi-class: class index' })
      .option('logits', { type: 'string', describe: 'Multi-class logits "z1,z2,..." (--logits=-1,2 when the first is negative)' })
      .option('alpha', {
        type: 'string',
        describe: 'α: binary default 0.25 (negative disables); multi-class scalar or per-class list, default 1',
      })
      .option('gamma', { type: 'string', describe: 'γ ≥ 0, the focusing parameter', defaultDescription: '2' })
      .example('$0 loss --logit 2 --target 1', 'binary focal loss with α = 0.25, γ = 2')
      .example('$0 loss --pt 0.968 --alpha -1 --json', 'from pₜ, unweighted, as JSON')
      .example('$0 loss --logits "2,0.5,-1" --target 0 --alpha "0.25,0.5,0.25"', 'softmax focal loss'),
  handler: action(async (argv) => {
    const { json } = settingsFrom(argv);
    const focal = await import('../../core/focal/index.js');
    const request = focal.lossRequestFromFlags(argv);
    const result = focal.computeLoss(request);
    // An infinite loss (pₜ = 0) has no JSON number; it is written as null.
    process.stdout.write(`${json ? JSON.stringify(focal.lossJson(result)) : focal.formatLossTable(request, result)}\n`);
  }),
};
