import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import type { Output } from '../output.js';
import type { LossFlags } from '../../core/focal/request.js';
import { rejectExtraArguments } from '../expression-args.js';
import { u } from '../usage-words.js';

// Numbers are read as strings and parsed by the core, so that a bad value is quoted back as typed.
interface LossArgs extends GlobalArgs, LossFlags {
  _: (string | number)[];
}

/** The options that take comma lists, which may start with a minus: `--logits -1,2,0.5`. */
const LIST_OPTIONS = ['logits', 'alpha'] as const;

/**
 * yargs reads the value of `--logits -1,2` as the flags -1,2 and leaves the option empty (with
 * `unknown-options-as-args` it keeps the token among the positionals). Put such values back
 * from the raw command line; whatever else is left over is an unknown argument.
 */
function recoverListValues(argv: LossArgs): void {
  const args = argv.rawArgs ?? [];
  const leftovers = argv._.slice(1).map(String);
  for (const name of LIST_OPTIONS) {
    if (argv[name] !== '') continue;
    const value = args[args.indexOf(`--${name}`) + 1];
    const index = value === undefined ? -1 : leftovers.indexOf(value);
    if (index < 0) continue;
    argv[name] = value;
    leftovers.splice(index, 1);
  }
  rejectExtraArguments({ _: [argv._[0] ?? 'loss', ...leftovers] });
}

export const lossCommand: CommandModule<GlobalArgs, LossArgs> = {
  command: 'loss',
  get describe() {
    return u('usage.loss');
  },
  builder: (y) =>
    y
      // Lets `--logits -1,2` reach the handler (see recoverListValues), which then rejects leftovers.
      .parserConfiguration({ 'unknown-options-as-args': true })
      .strict(false)
      .option('logit', { type: 'string', describe: u('usage.loss.logit') })
      .option('p', { type: 'string', describe: u('usage.loss.p') })
      .option('pt', { type: 'string', describe: u('usage.loss.pt') })
      .option('target', { type: 'string', describe: u('usage.loss.target') })
      .option('logits', { type: 'string', describe: u('usage.loss.logits') })
      .option('alpha', {
        type: 'string',
        describe: u('usage.loss.alpha'),
      })
      .option('gamma', { type: 'string', describe: u('usage.loss.gamma'), defaultDescription: '2' })
      .example('$0 loss --logit 2 --target 1', u('usage.loss.example'))
      .example('$0 loss --pt 0.968 --alpha -1 --json', u('usage.loss.example2'))
      .example('$0 loss --logits "2,0.5,-1" --target 0 --alpha "0.25,0.5,0.25"', u('usage.loss.example3')),
  handler: action(runLoss),
};

/** `focal loss`: the focal loss and its gradient for the flags given. */
export async function runLoss(argv: LossArgs, output: Output): Promise<number | void> {
  recoverListValues(argv);
  const { json, lang } = settingsFrom(argv);
  const focal = await import('../../core/focal/index.js');
  const request = focal.lossRequestFromFlags(argv);
  const result = focal.computeLoss(request);
  // An infinite loss (pₜ = 0) has no JSON number; it is written as null.
  output.out(`${json ? JSON.stringify(focal.lossJson(result)) : focal.formatLossTable(request, result, lang)}\n`);
}
