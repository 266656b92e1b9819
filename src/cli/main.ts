import yargs from 'yargs';
import { escapeControls } from '../core/terminal-text.js';
import { hideBin } from 'yargs/helpers';
import pkg from '../../package.json' with { type: 'json' };
import { EXIT } from './action.js';
import { exitQuietlyWhenOutputCloses } from './closed-pipe.js';
import { commands } from './commands/index.js';
import { globalOptions } from './globals.js';

/**
 * The `focal` entry point. Only yargs and the small command modules load here;
 * each handler imports what it needs (mathjs, the store, the interface) on demand.
 */
export async function main(args: string[]): Promise<void> {
  exitQuietlyWhenOutputCloses();
  let cli = globalOptions(yargs(args))
    .scriptName('focal')
    .usage('$0 [command]\n\nDrill focal loss for machine-learning interviews.')
    .version(pkg.version)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .locale('en')
    .detectLocale(false)
    .strict()
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns || 80))
    .completion('completion', 'Print a shell completion script (bash/zsh): focal completion >> ~/.bashrc')
    .fail((message, error, y) => {
      // Usage errors are "invalid input": exit 2 with the reason and a pointer to --help.
      if (error) throw error;
      process.stderr.write(`focal: ${escapeControls(message)}\nRun "focal --help" for usage.\n`);
      process.exit(EXIT.invalid);
      return y;
    })
    .example('$0', 'Start a drill session on the bundled focal-loss deck')
    .example('$0 eval "1/(1-0.968)^2"', 'Evaluate an expression in the quiz sandbox')
    .example('$0 equiv "-(1-pt)^gamma*log(pt)" "(1-pt)^gamma*log(1/pt)"', 'Check two expressions are equal')
    .example('$0 loss --logit 2 --target 1 --gamma 2', 'Compute the focal loss and its gradient')
    .example('$0 stats', 'Show progress and weak topics');
  for (const command of commands) cli = cli.command(command);
  await cli.parseAsync();
}

await main(hideBin(process.argv));
