// The math core: start-up of `focal eval`, the cost of loading the bundled sandbox, and the
// in-process speed of one equivalence check and one derivation check. The in-process figures
// time the math core as the CLI runs it: bundled by esbuild into one module. (Run from the
// sources under tsx, every imported binding used in a hot loop can cost an accessor call, which
// made the same check about a third slower than what ships.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { FOCAL_BIN, maxRow, median, percentile, ratioRow, sampleTimes, timeProcess, DERIVATION, HIGH_PRECISION_PAIR, type Bench, type BenchRow } from './harness.js';

const FL = '-(1-pt)^gamma*log(pt)';
const FL_REWRITTEN = '(1-pt)^gamma*log(1/pt)';

type MathCore = typeof import('../src/core/math/index.js');

/** Checks run before the steady-state timing: by then V8 has optimized what a check runs (measured: p99 settles after about 300). */
const STEADY_WARMUP = 300;

/** Bundles the math core alone, as the CLI's chunk is, into `dir`; returns the module's path. */
async function bundleMathCore(dir: string): Promise<string> {
  const outfile = join(dir, 'math.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../src/core/math/index.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

/** Times importing the bundled math core plus a first evaluation, in fresh processes. */
function bundledImportMs(outfile: string): number {
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(outfile)}); m.evaluateExpression('1/(1-0.968)^2'); process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    times.push(Number(run.stdout));
  }
  return median(times);
}

const bench: Bench = async ({ nodeBaselineMs }) => {
  const rows: BenchRow[] = [];
  rows.push(ratioRow('focal eval "1/(1-0.968)^2"', timeProcess(process.execPath, [FOCAL_BIN, 'eval', '1/(1-0.968)^2']), nodeBaselineMs, 3));
  const dir = mkdtempSync(join(tmpdir(), 'focal-math-bench-'));
  try {
    const outfile = await bundleMathCore(dir);
    rows.push({ name: 'bundled math core: import + first evaluation', value: bundledImportMs(outfile), unit: 'ms' });
    rows.push(...inProcess((await import(pathToFileURL(outfile).href)) as MathCore));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};

/** One equivalence check and one derivation check, in this process, on the bundled core. */
function inProcess({ checkEquivalence, checkDerivation }: MathCore): BenchRow[] {
  const rows: BenchRow[] = [];

  // Fresh text every call (trailing spaces defeat the parse cache), so parsing is included.
  let k = 0;
  const check = () => checkEquivalence(FL + ' '.repeat(k++ % 1000), FL_REWRITTEN);
  // The first checks after loading run partly unoptimized (the parser, the compilers): shown
  // apart. The target is the steady state, measured after STEADY_WARMUP more checks.
  const cold = sampleTimes(check, 100, 0);
  rows.push({ name: 'focal-loss equivalence check, first 100 after loading, p99', value: percentile(cold, 99), unit: 'ms' });
  // Three rounds of 1000 checks, each round's p99 on its own: the target row takes the middle
  // one, so that one burst of time spent descheduled (on a shared machine a round can lose tens
  // of ms that way) does not decide it; the worst round is shown beside it.
  const rounds = [0, 1, 2].map((round) => sampleTimes(check, 1000, round === 0 ? STEADY_WARMUP : 0));
  const roundP99s = rounds.map((times) => percentile(times, 99));
  rows.push(maxRow('focal-loss equivalence check, p50', percentile(rounds.flat(), 50), 'ms', 2));
  rows.push(maxRow('focal-loss equivalence check, p99 (median of 3 rounds of 1000)', median(roundP99s), 'ms', 2));
  rows.push({ name: 'focal-loss equivalence check, p99 of the worst round', value: Math.max(...roundP99s), unit: 'ms' });
  // A correct identity float64 cannot judge at large logits: the high-precision judge at work.
  const identity = sampleTimes(() => checkEquivalence('log(1-sigmoid(x))', '-softplus(x)', { where: 'x in [-50, 50]' }), 20);
  rows.push({ name: 'log(1−σ(x)) ≡ −softplus(x) on [−50, 50] (high-precision checks), p50', value: percentile(identity, 50), unit: 'ms' });
  // Every pair of the labelled corpus, the high-precision-heavy ones included: the slowest.
  const corpus = JSON.parse(readFileSync(new URL('../test/fixtures/equivalence-corpus.json', import.meta.url), 'utf8')) as { a: string; b: string; where: string }[];
  const slowest = Math.max(...corpus.map((pair) => median(sampleTimes(() => checkEquivalence(pair.a, pair.b, pair.where ? { where: pair.where } : {}), 3, 1))));
  rows.push(maxRow(`slowest of the ${corpus.length} corpus pairs (median of 3)`, slowest, 'ms', 50));
  // High precision needed at every point judged: bounded by the work limit of one check.
  let spaces = 0;
  const { a, b, where } = HIGH_PRECISION_PAIR;
  const heavy = sampleTimes(() => checkEquivalence(a + ' '.repeat(1 + (spaces++ % 50)), b, { where }), 10, 2);
  rows.push(maxRow('pair needing erf at 240 digits wherever judged (work limit), max of 10', Math.max(...heavy), 'ms', 250));
  const cached = sampleTimes(() => checkEquivalence(FL, FL_REWRITTEN), 1000);
  rows.push({ name: 'same check, expressions already parsed, p50', value: percentile(cached, 50), unit: 'ms' });

  // Spaces after each "=" change the step texts, so their parsing is included too.
  let j = 0;
  const derivation = sampleTimes(() => checkDerivation(DERIVATION.replaceAll('= ', `=${' '.repeat(1 + (j++ % 200))}`)), 200);
  rows.push(maxRow('5-step focal-loss derivation, p50', percentile(derivation, 50), 'ms', 20));
  rows.push({ name: '5-step focal-loss derivation, p99', value: percentile(derivation, 99), unit: 'ms' });
  return rows;
}

export default bench;
