import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { CommandModule } from 'yargs';
import { InputError } from '../../core/errors.js';
import { t } from '../../core/words/index.js';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs, type Settings } from '../globals.js';
import { openBank } from '../bank.js';
import { u } from '../usage-words.js';

interface ExportArgs extends GlobalArgs {
  format: string;
  out?: string;
}

export const exportCommand: CommandModule<GlobalArgs, ExportArgs> = {
  command: 'export',
  get describe() {
    return u('usage.export');
  },
  builder: (y) =>
    y
      .option('format', {
        type: 'string',
        choices: ['json', 'csv', 'anki'],
        default: 'json',
        describe: u('usage.export.format'),
      })
      .option('out', { type: 'string', describe: u('usage.export.out') })
      .example('$0 export --out progress.json', u('usage.export.example'))
      .example('$0 export --format csv --out attempts.csv', u('usage.export.example2'))
      .example('$0 export --format anki --lang zh --out focal.txt', u('usage.export.example3')),
  handler: action(async (argv, output) => {
    const settings = settingsFrom(argv);
    const write = (chunks: Iterable<string>) => (argv.out ? writeFileAtomically(argv.out, chunks) : writeAll(process.stdout, chunks));
    if (argv.format === 'anki') {
      await write(await ankiChunks(settings));
    } else {
      const [{ withStore, systemClock }, { exportCsv, exportJson }] = await Promise.all([import('../../store/index.js'), import('../../store/export.js')]);
      await withStore(settings.dbPath, (store) => write(argv.format === 'csv' ? exportCsv(store) : exportJson(store, systemClock.now())), { forReading: true, lang: settings.lang });
    }
    if (argv.out) output.out(`${t(settings.lang, 'export.done', { format: argv.format, file: argv.out })}\n`);
    return 0;
  }),
};

async function ankiChunks(settings: Settings): Promise<Iterable<string>> {
  const [bank, { instanceOf }, { answerKey }, { ankiDeck }] = await Promise.all([
    openBank(settings),
    import('../../core/bank/instance.js'),
    import('../../core/grading/answer-key.js'),
    import('../line-mode/anki-deck.js'),
  ]);
  const cards = [];
  for (const question of bank.questions) {
    const instance = await instanceOf(question);
    cards.push({ instance, answer: answerKey(instance, settings.lang).text });
  }
  return ankiDeck(cards, settings.lang, 'focal-drill');
}

/**
 * Writes every chunk, waiting whenever the stream asks to (a long history never piles up in
 * memory). A reader that stops early (`focal export | head`) just ends the export.
 */
async function writeAll(stream: Writable, chunks: Iterable<string>): Promise<void> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => (failure = error);
  stream.on('error', onError);
  try {
    for (const chunk of chunks) {
      if (!failure && !stream.write(chunk)) await drainOrClose(stream);
      if (failure?.code === 'EPIPE') return;
      if (failure) throw failure;
    }
  } finally {
    stream.off('error', onError);
  }
}

/** Waits for the stream to drain or close, removing the listener of the one that did not happen. */
async function drainOrClose(stream: Writable): Promise<void> {
  const settled = new AbortController();
  try {
    await Promise.race([once(stream, 'drain', { signal: settled.signal }), once(stream, 'close', { signal: settled.signal })]);
  } finally {
    settled.abort();
  }
}

/** Writes beside the target and renames at the end: an interrupted export never leaves half a file. */
async function writeFileAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  try {
    await once(stream, 'open');
    await writeAll(stream, chunks);
    stream.end();
    await once(stream, 'finish');
    renameSync(partial, path);
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('E')) throw new InputError({ key: 'error.cannotWriteExport', params: { reason: (error as Error).message } }, { file: path });
    throw error;
  }
}
