// Pieces of the feedback after an answer that line mode, `focal check` and the Ink views
// write alike.
import type { DerivationStepMark, Verdict } from '../core/grading/types.js';
import type { WordKey } from '../core/words/index.js';
import type { Role } from './style.js';

/** The verdict's word (an answer that could not be read is shown as wrong where a verdict is shown). */
export const VERDICT_WORD = { correct: 'verdict.correct', partial: 'verdict.partial', wrong: 'verdict.wrong', invalid: 'verdict.wrong' } as const satisfies Record<Verdict, WordKey>;

/** A derivation step's mark: follows ✓, does not follow ✗, could not be read ?. */
export const STEP_MARK = { ok: '✓', wrong: '✗', invalid: '?' } as const satisfies Record<DerivationStepMark['status'], string>;

/** A derivation step's colour, by what it means. */
export const STEP_ROLE = { ok: 'good', wrong: 'bad', invalid: 'warn' } as const satisfies Record<DerivationStepMark['status'], Role>;

/** A key point of a free answer found ✓ or not ·. */
export function keyPointMark(found: boolean): string {
  return found ? '✓' : '·';
}

/** A key point and, when found, the learner's words that matched it: `key point  “matched words”`. */
export function keyPointText(point: string, phrase: string | null): string {
  return `${point}${phrase ? `  “${phrase}”` : ''}`;
}

/** `  ✓ key point  “matched words”` or `  · key point`, one line each. */
export function keyPointLines(points: { point: string; found: boolean; phrase: string | null }[]): string[] {
  return points.map((point) => `  ${keyPointMark(point.found)} ${keyPointText(point.point, point.phrase)}`);
}
