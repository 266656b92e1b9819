import { KINDS } from '../core/bank/types.js';
import { settingsFrom } from './globals.js';
import { positionalWords } from './route.js';

// Shell completion (`focal completion` prints the bash or zsh script). The script asks
// `focal --get-yargs-completions WORDS...`; yargs completes commands and options, and this
// adds the values only the question bank knows: topics, kinds and question ids.

type Wanted = 'topic' | 'kind' | 'id' | 'mode' | 'lang';

/** What the word being typed should be, from the words before it (the program name first). */
export function wantedValue(words: string[]): Wanted | null {
  const before = words.slice(1, -1);
  const previous = before.at(-1);
  if (previous === '--topic') return 'topic';
  if (previous === '--kind') return 'kind';
  if (previous === '--question') return 'id';
  if (previous === '--mode') return 'mode';
  if (previous === '--lang') return 'lang';
  const positionals = positionalWords(before);
  if (positionals[0] === 'check' && positionals.length === 1) return 'id';
  if (positionals[0] === 'questions' && positionals[1] === 'show' && positionals.length === 2) return 'id';
  return null;
}

async function candidates(wanted: Wanted, packs: string[]): Promise<string[]> {
  switch (wanted) {
    case 'kind':
      return [...KINDS];
    case 'mode':
      return ['mixed', 'due', 'weak', 'new'];
    case 'lang':
      return ['en', 'zh'];
    default: {
      const { openBank } = await import('./bank.js');
      const bank = await openBank(settingsFrom(packs.length > 0 ? { pack: packs } : {}));
      return wanted === 'topic' ? [...bank.topics.keys()] : bank.questions.map((question) => question.id);
    }
  }
}

/** Commands whose arguments yargs does not parse (answers may start with "-"): it cannot complete them. */
const RAW_COMMANDS = ['check', 'eval', 'equiv', 'derive', 'loss'];

/**
 * Answers a completion request (`focal --get-yargs-completions focal WORDS...`) when the
 * word being typed is a value the bank knows; returns null to leave it to yargs (commands,
 * options and their choices).
 */
export async function completeValue(words: string[]): Promise<string[] | null> {
  const current = words.at(-1) ?? '';
  const wanted = wantedValue(words);
  if (wanted === null) return RAW_COMMANDS.includes(positionalWords(words.slice(1, -1))[0] ?? '') ? [] : null;
  const packs = words.flatMap((word, index) => (words[index - 1] === '--pack' ? [word] : []));
  try {
    return (await candidates(wanted, packs)).filter((candidate) => candidate.startsWith(current));
  } catch {
    // A broken pack or database: offer nothing rather than print an error into the prompt.
    return [];
  }
}
