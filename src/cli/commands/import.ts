import { existsSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { InputError } from '../../core/errors.js';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';

interface ImportArgs extends GlobalArgs {
  file: string;
}

export const importCommand: CommandModule<GlobalArgs, ImportArgs> = {
  command: 'import <file>',
  describe: 'Merge a json export into the progress database',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true })
      .example('$0 import progress.json', 'importing the same file twice adds nothing'),
  handler: action(async (argv, output) => {
    const settings = settingsFrom(argv);
    const [{ withStore }, { importProgress, readExport }] = await Promise.all([import('../../store/index.js'), import('../../store/import.js')]);
    // A missing file is the usual mistake: say so plainly rather than with the system's error.
    if (!existsSync(argv.file)) throw new InputError(`${argv.file}: no such file`);
    // Read and check the whole file before the database is opened: a bad file changes nothing.
    const data = readExport(argv.file);
    const report = await withStore(settings.dbPath, (store) => importProgress(store, data));
    if (settings.json) {
      output.out(`${JSON.stringify({ file: argv.file, added: report }, null, 2)}\n`);
      return 0;
    }
    const zh = settings.lang === 'zh';
    const plan = report.plan && data.plan ? (zh ? `面试日期设为 ${data.plan.interview}。\n` : `interview date set to ${data.plan.interview}\n`) : '';
    output.out(
      zh
        ? `已从 ${argv.file} 导入：新增作答 ${report.attempts} 条、练习 ${report.sessions} 次、复习记录 ${report.reviewLogs} 条，更新卡片 ${report.cards} 张（${report.knownAttempts} 条作答已存在）。\n${plan}`
        : `imported ${argv.file}: new attempts ${report.attempts}, sessions ${report.sessions}, review logs ${report.reviewLogs}; cards updated ${report.cards}; attempts already there ${report.knownAttempts}\n${plan}`,
    );
    return 0;
  }),
};
