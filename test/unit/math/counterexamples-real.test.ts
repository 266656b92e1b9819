/**
 * Every counterexample the equivalence check shows is real: at the point it names, mpmath (at
 * the first two of 200, 800 and 3200 digits that agree; scripts/corpus/confirm_counterexamples.py)
 * finds the two sides different and each
 * shown value equal to that side's value to the digits shown. Run over every pair of the
 * labelled corpus that differs, and over pairs where float64 is only rounding noise (values it
 * must not show). Needs /usr/bin/python3 with mpmath; skipped cleanly where it is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEquivalence, DEFAULT_TOLERANCE } from '../../../src/core/math/index.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../../scripts/corpus/confirm_counterexamples.py', import.meta.url));
const hasMpmath = spawnSync(PYTHON, ['-c', 'import mpmath'], { stdio: 'ignore' }).status === 0;

const corpus = JSON.parse(readFileSync(new URL('../../fixtures/equivalence-corpus.json', import.meta.url), 'utf8')) as {
  a: string;
  b: string;
  where: string;
  equivalent: boolean;
}[];

/** Differences float64 sees only as noise: the values shown must come from high precision or exact arithmetic. */
const NOISY: [string, string, string][] = [
  ['log(1+exp(-x))', '2*exp(-x)', 'x in [40, 700]'],
  ['1-sigmoid(x)', '2*exp(-x)', 'x in [40, 700]'],
  ['softplus(x) - x', '3*exp(-x)', 'x in [40, 600]'],
  ['(1e100+x)^3 - 1e300 - 3e200*x - 3e100*x^2', '0', ''],
  ['(1e20 + x)^2 - 1e40 - 2e20*x', '2*x^2', ''],
  ['(x + 1e-30)^2 - x^2 - 2e-30*x', '2e-60', ''],
  ['1 - tanh(x)', '3*exp(-2*x)', 'x in [20, 300]'],
  ['sigmoid(x) - 1 + exp(-x)', '2*exp(-2*x)', 'x in [40, 300]'],
  // Found among the loose points, judged spread over the domain.
  ['log(1+exp(-x))', 'exp(-x)*(1 + relu(x - 95))', 'x in [40, 100]'],
];

interface Shown {
  a: string;
  b: string;
  point: Record<string, number>;
  shown: { a: string; b: string };
  tol: number;
}

function counterexamples(pairs: [string, string, string][]): Shown[] {
  const found: Shown[] = [];
  for (const [a, b, where] of pairs) {
    const result = checkEquivalence(a, b, where ? { where } : {});
    if (!result.ok || !result.value.counterexample) continue;
    const { point, shown } = result.value.counterexample;
    found.push({ a, b, point, shown, tol: DEFAULT_TOLERANCE });
  }
  return found;
}

function confirm(cases: Shown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-counterexamples-'));
  try {
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify(cases));
    const run = spawnSync(PYTHON, [SCRIPT, file], { encoding: 'utf8', cwd: dirname(SCRIPT) });
    if (run.status !== 0 && run.stdout === '') throw new Error(run.stderr);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasMpmath)('counterexamples are real (mpmath, up to 3200 digits)', { timeout: 120_000 }, () => {
  it('for every pair of the corpus that differs', () => {
    const cases = counterexamples(corpus.filter((pair) => !pair.equivalent).map((pair) => [pair.a, pair.b, pair.where]));
    expect(cases.length).toBeGreaterThan(150);
    expect(confirm(cases)).toBe('');
  });

  it('where float64 is only rounding noise', () => {
    const cases = counterexamples(NOISY);
    // Each of these differs, and each difference is shown.
    expect(cases.map((c) => c.a)).toEqual(NOISY.map(([a]) => a));
    expect(confirm(cases)).toBe('');
  });

  it('the confirmation itself can fail: a value shown wrong is caught', () => {
    const [real] = counterexamples([['log(1+exp(-x))', '2*exp(-x)', 'x in [40, 700]']]);
    expect(confirm([{ ...real!, shown: { a: '0', b: real!.shown.b } }])).toMatch(/a is shown as 0 but is/);
    expect(confirm([{ ...real!, b: 'log(1+exp(-x))' }])).toMatch(/do not differ/);
  });
});
