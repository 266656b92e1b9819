// Derivation checking: a 5-step focal-loss derivation, a deck question graded with its
// requirements, and the worst documents within the limits (src/core/math/limits.ts and the
// evaluation budget in derivation.ts), which must each be checked within 250 ms.
import { bundledPackDirs } from '../src/core/bank/bundled.js';
import { instantiate } from '../src/core/bank/instantiate.js';
import { loadPacks } from '../src/core/bank/load.js';
import type { DerivationQuestion } from '../src/core/kinds/derivation.js';
import { grade } from '../src/core/grading/grade.js';
import { checkDerivation } from '../src/core/math/index.js';
import { DERIVATION_LIMITS } from '../src/core/math/limits.js';
import { maxRow, percentile, sampleCpuTimes, sampleTimes, DERIVATION, HIGH_PRECISION_PAIR, type Bench, type BenchRow } from './harness.js';

/** The longest document of `step` lines after `head` that is still within every limit. */
function largestAccepted(head: string[], step: (index: number) => string): string {
  const build = (count: number) => [...head, ...Array.from({ length: count }, (_, i) => step(i))].join('\n');
  let low = 0;
  let high = DERIVATION_LIMITS.steps;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (checkDerivation(build(middle)).ok) low = middle;
    else high = middle - 1;
  }
  return build(low);
}

const HEAVY = 'softplus(sigmoid(x)*exp(-x^2)) + log1p(exp(-abs(x)))';
const HEAVY_REORDERED = 'log1p(exp(-abs(x))) + softplus(sigmoid(x)*exp(-x^2))';

/** Documents that push each limit as far as it goes, every step holding (so no check stops early). */
function worstDocuments(): [string, string][] {
  const lets = Array.from({ length: DERIVATION_LIMITS.lets }, (_, i) => `let: a${i} = ${i === 0 ? 'sigmoid(x)' : `sigmoid(a${i - 1})*a${i - 1}`}`);
  return [
    ['rewrites of library functions', largestAccepted(['where: x in [-6, 6]', HEAVY], (i) => `= ${i % 2 === 0 ? HEAVY_REORDERED : HEAVY}`)],
    ['derivative steps', largestAccepted(['where: x in [-6, 6]', 'sigmoid(x)*softplus(x)'], () => 'd/dx = sigmoid(x)*softplus(x)')],
    ['a long let chain, then steps', largestAccepted([...lets, `a${DERIVATION_LIMITS.lets - 1}`], () => `= a${DERIVATION_LIMITS.lets - 1}*1`)],
    ['high-precision work at its limit', `where: ${HIGH_PRECISION_PAIR.where}\n${HIGH_PRECISION_PAIR.a}\n= ${HIGH_PRECISION_PAIR.b}`],
  ];
}

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  let j = 0;
  // Spaces after each "=" change the step texts, so their parsing is included.
  const five = sampleTimes(() => checkDerivation(DERIVATION.replaceAll('= ', `=${' '.repeat(1 + (j++ % 200))}`)), 300);
  rows.push(maxRow('5-step focal-loss derivation, p99', percentile(five, 99), 'ms', 20));
  const fiveCpu = sampleCpuTimes(() => checkDerivation(DERIVATION.replaceAll('= ', `=${' '.repeat(1 + (j++ % 200))}`)), 300);
  rows.push({ name: '5-step focal-loss derivation, p99 in CPU time', value: percentile(fiveCpu, 99), unit: 'ms' });

  const question = loadPacks(bundledPackDirs())
    .packs.flatMap((pack) => pack.questions)
    .find((q): q is DerivationQuestion => q.id === 'gradients-derive-fl-positive')!;
  const instance = instantiate(question);
  const graded = sampleTimes(() => grade({ instance, answer: question.model.replaceAll('= ', `=${' '.repeat(1 + (j++ % 200))}`), lang: 'en' }), 200);
  rows.push(maxRow('deck derivation graded with its requirements, p99', percentile(graded, 99), 'ms', 20));

  for (const [name, text] of worstDocuments()) {
    const times = sampleTimes(() => checkDerivation(`${text}${' '.repeat(1 + (j++ % 50))}`), 15, 3);
    rows.push(maxRow(`worst document within limits: ${name}, max`, Math.max(...times), 'ms', 250));
    const cpu = sampleCpuTimes(() => checkDerivation(`${text}${' '.repeat(1 + (j++ % 50))}`), 15, 3);
    rows.push({ name: `  same, max in CPU time`, value: Math.max(...cpu), unit: 'ms' });
  }
  return rows;
};

export default bench;
