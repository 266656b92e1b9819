import { checkEquivalence, type EquivalenceReport } from '../../src/core/math/index.js';
import { english } from './math-words.js';

/** The equivalence report of `a` against `b` on `where` (default domains when empty); a parse error fails the test. */
export function checkPair(a: string, b: string, where = ''): EquivalenceReport {
  const result = checkEquivalence(a, b, where ? { where } : {});
  if (!result.ok) throw new Error(`${result.error.part}: ${english(result.error)}`);
  return result.value;
}
