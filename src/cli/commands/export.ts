import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import type { GlobalArgs } from '../globals.js';
import { notYet } from './not-yet.js';

interface ExportArgs extends GlobalArgs {
  format: string;
  out?: string;
}

export const exportCommand: CommandModule<GlobalArgs, ExportArgs> = {
  command: 'export',
  describe: 'Export progress (json: lossless, csv: attempts, anki: a deck)',
  builder: (y) =>
    y
      .option('format', { type: 'string', choices: ['json', 'csv', 'anki'], default: 'json' })
      .option('out', { type: 'string', describe: 'Write to this file instead of stdout' })
      .example('$0 export --out progress.json', 'a lossless backup'),
  handler: action(() => notYet('export')),
};
