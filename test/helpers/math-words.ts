import type { Said } from '../../src/core/words/index.js';
import { tSaid } from '../../src/core/words/index.js';

/** What a math error or a derivation step says, in English (the core returns catalog words, not text). */
export function english(problem: { said?: Said | undefined }): string {
  return problem.said ? tSaid('en', problem.said) : '';
}
