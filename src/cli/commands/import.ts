import { existsSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { InputError } from '../../core/errors.js';
import { t, type WordKey, type WordParams } from '../../core/words/index.js';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import { u } from '../usage-words.js';

interface ImportArgs extends GlobalArgs {
  file: string;
}

export const importCommand: CommandModule<GlobalArgs, ImportArgs> = {
  command: 'import <file>',
  get describe() {
    return u('usage.import');
  },
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true })
      .example('$0 import progress.json', u('usage.import.example')),
  handler: action(async (argv, output) => {
    const settings = settingsFrom(argv);
    const [{ withStore }, { importProgress, readExport }] = await Promise.all([import('../../store/index.js'), import('../../store/import.js')]);
    // A missing file is the usual mistake: say so plainly rather than with the system's error.
    if (!existsSync(argv.file)) throw new InputError({ key: 'error.missingFile', params: { file: argv.file } });
    // Read and check the whole file before the database is opened: a bad file changes nothing.
    const data = readExport(argv.file);
    const report = await withStore(settings.dbPath, (store) => importProgress(store, data), { lang: settings.lang });
    if (settings.json) {
      output.out(`${JSON.stringify({ file: argv.file, added: report }, null, 2)}\n`);
      return 0;
    }
    const say = (key: WordKey, params?: WordParams) => t(settings.lang, key, params);
    const plan = report.plan && data.plan ? `${say('import.plan', { day: data.plan.interview })}\n` : '';
    output.out(
      `${say('import.done', { file: argv.file, attempts: report.attempts, sessions: report.sessions, reviewLogs: report.reviewLogs, cards: report.cards, known: report.knownAttempts })}\n${plan}`,
    );
    return 0;
  }),
};
