import type { Lang } from '../i18n.js';
import { t, type Said } from '../words/index.js';

/**
 * The sentences several kinds' graders share: the words are in the catalog
 * (src/core/words/grading.ts); a kind's own sentences are in its module (src/core/kinds/).
 */
export interface Messages {
  /** A problem the math core found (a catalog word), with the column it is at when known. */
  problem(said: Said, column?: number): string;
  empty: string;
  differsAt(point: string, yours: string, expected: string): string;
  undefinedValue: string;
  /** A free answer's key points found, and the grade they suggest (the free kind, `focal check`). */
  coverage(found: number, total: number, suggested: number): string;
}

function build(lang: Lang): Messages {
  return {
    problem: (said, column) => (column === undefined ? t(lang, said.key, said.params) : t(lang, 'expr.atColumn', { message: said, column })),
    empty: t(lang, 'grading.empty'),
    differsAt: (point, yours, expected) => t(lang, 'grading.differsAt', { point, yours, expected }),
    undefinedValue: t(lang, 'grading.undefinedValue'),
    coverage: (found, total, suggested) => t(lang, 'grading.coverage', { found, total, suggested }),
  };
}

const BUILT: Partial<Record<Lang, Messages>> = {};

export function messages(lang: Lang): Messages {
  return (BUILT[lang] ??= build(lang));
}
