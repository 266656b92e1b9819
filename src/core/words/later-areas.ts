import type { Localized } from '../i18n.js';
import { commandWords, dataWords } from './commands.js';
import { fieldWords } from './fields.js';
import { gradingWords } from './grading.js';
import { interfaceWords } from './interface.js';
import { interviewWords } from './interview.js';
import { kindWords } from './kinds.js';
import { lineWords } from './line.js';
import { mathWords } from './math.js';
import { packWords } from './pack.js';
import { storeWords } from './store.js';

/**
 * The areas of the catalog said only once a command runs, the most used first: most of the
 * catalog, loaded by loadWords() (index.ts) so that `--help` and `--version` do not read them.
 */
export const LATER_AREAS = {
  interface: interfaceWords,
  line: lineWords,
  interview: interviewWords,
  grading: gradingWords,
  commands: commandWords,
  data: dataWords,
  kinds: kindWords,
  math: mathWords,
  pack: packWords,
  fields: fieldWords,
  store: storeWords,
} satisfies Record<string, () => Record<string, Localized>>;
