import type { GradeResult, Verdict } from './types.js';

/** An answer that could not be read: it does not count as wrong. */
export function invalid(expected: string, feedback: string): GradeResult {
  return { verdict: 'invalid', correct: false, score: 0, expected, feedback };
}

/** correct at full credit, wrong at none, partial in between. */
export function verdictFor(score: number): Verdict {
  if (score >= 1) return 'correct';
  return score > 0 ? 'partial' : 'wrong';
}

export function scored(score: number, expected: string, feedback: string, details?: GradeResult['details']): GradeResult {
  const verdict = verdictFor(score);
  return { verdict, correct: verdict === 'correct', score, expected, feedback, ...(details ? { details } : {}) };
}

/** Joins feedback sentences, skipping empty ones; Chinese full stops need no space after them. */
export function sentences(...parts: (string | null | undefined | false)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .reduce((text, part) => (text === '' ? part : /[。！？：；）]$/.test(text) ? text + part : `${text} ${part}`), '');
}
