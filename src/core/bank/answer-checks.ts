import type { Lang, Localized } from '../i18n.js';
import type { Said } from '../words/index.js';
import { isParametric } from './instance.js';
import { formatNumber } from '../numbers.js';
import { parameterSets } from './params.js';
import type { Question } from './types.js';

// Shared by the kinds' deep answer-key checks (KindSpec.checkAnswerKey): the parameter sets
// to try and how a failure names them.

/** Parameter sets tried: all combinations up to this many, otherwise this many drawn deterministically. */
export const MAX_PARAMETER_SETS = 200;
/** Expensive checks (equivalence, derivations) run on fewer sets. */
export const MAX_SYMBOLIC_SETS = 12;

export function setsOf(question: Question, limit = MAX_PARAMETER_SETS): Record<string, number>[] {
  return isParametric(question) ? parameterSets(question.params!, limit) : [{}];
}

export function describeSet(set: Record<string, number>): string {
  return Object.entries(set)
    .map(([name, value]) => `${name} = ${formatNumber(value)}`)
    .join(', ');
}

/**
 * A wrong answer must grade wrong for every parameter set: one that coincides with the right
 * answer for some values (1/(1 − p) when γ may be 1) would teach nothing there, so choose the
 * parameters or the mistake so that they never meet.
 */
export function gradesCorrect(accepted: Record<string, number>[], total: number): Said {
  if (total === 1) return { key: 'pack.gradesCorrect' };
  return { key: 'pack.gradesCorrectFor', params: { n: accepted.length, total, set: describeSet(accepted[0]!) } };
}

/**
 * A grader's feedback in both languages, for a problem that quotes it: graded a second time
 * only when a check fails, so a valid pack pays nothing for it.
 */
export function feedbackInBoth(feedback: (lang: Lang) => string): Localized {
  return { en: feedback('en'), zh: feedback('zh') };
}
