// The question bank: loading and validating the bundled packs, and grading speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { maxRow, median, sampleTimes, type Bench } from './harness.js';

function fail(dir: string): never {
  throw new Error(`${dir} has no current compiled form: run npm run build`);
}

const bench: Bench = async () => {
  const { bundledPackDirs } = await import('../src/core/bank/bundled.js');
  const { loadPacksCached } = await import('../src/core/bank/bank.js');

  // The first load in a process pays for compiling the YAML parser and schema code too
  // (module import time is not counted: under tsx it is mostly transpiling).
  const dirs = bundledPackDirs();
  const { loadPacks } = await import('../src/core/bank/load.js');
  const coldStart = performance.now();
  const cold = loadPacks(dirs);
  const coldMs = performance.now() - coldStart;
  if (cold.problems.length > 0) throw new Error('the bundled packs have problems: run focal questions validate');
  const count = cold.packs.reduce((sum, pack) => sum + pack.questions.length, 0);

  const parseMs = median(sampleTimes(() => loadPacks(dirs), 15, 3));

  const cacheDir = mkdtempSync(join(tmpdir(), 'focal-bench-cache-'));
  await loadPacksCached(dirs, { cacheDir });
  const cachedTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await loadPacksCached(dirs, { cacheDir });
    cachedTimes.push(performance.now() - start);
  }
  rmSync(cacheDir, { recursive: true, force: true });

  // What a first run after installing reads: the bundled packs as the build compiled them.
  const { compiledPackFile, readCompiledPack } = await import('../src/core/bank/precompiled.js');
  const compiledMs = median(sampleTimes(() => dirs.map((dir) => readCompiledPack(dir, compiledPackFile(dir)) ?? fail(dir)), 30, 3));

  const { validatePackDirs } = await import('../src/core/bank/validate.js');
  const validateStart = performance.now();
  validatePackDirs(dirs);
  const validateMs = performance.now() - validateStart;

  const { instantiate } = await import('../src/core/bank/instantiate.js');
  const { grade } = await import('../src/core/grading/grade.js');
  const questions = cold.packs.flatMap((pack) => pack.questions);
  const numeric = questions.find((question) => question.kind === 'numeric' && !question.params)!;
  const expression = questions.find((question) => question.kind === 'expression')!;
  const derivation = questions.find((question) => question.kind === 'derivation')!;
  const numericInstance = instantiate(numeric, 1);
  const expressionInstance = instantiate(expression, 1);
  const derivationInstance = instantiate(derivation, 1);
  const gradeMs = (instance: typeof numericInstance, answer: string) =>
    median(sampleTimes(() => grade({ instance, answer, lang: 'en' }), 200));
  const numericMs = gradeMs(numericInstance, '1/(1-0.968)^2');
  const expressionMs = gradeMs(expressionInstance, expression.kind === 'expression' ? expression.answer : '');
  const derivationMs = median(sampleTimes(() => grade({ instance: derivationInstance, answer: derivation.kind === 'derivation' ? derivation.model : '', lang: 'en' }), 30, 5));

  return [
    maxRow(`load + validate ${count} questions (cached, as the CLI does)`, median(cachedTimes), 'ms', 25),
    maxRow('the bundled packs compiled at build time: read + check (a first run after installing)', compiledMs, 'ms', 25),
    // Parsing ~200 kB of YAML dominates; it happens once after a pack file changes.
    { name: `load + validate ${count} questions, no cache (warm)`, value: parseMs, unit: 'ms' },
    { name: 'load + validate, no cache, first call in a process', value: coldMs, unit: 'ms' },
    { name: 'questions validate: deep checks of every answer key', value: validateMs, unit: 'ms' },
    maxRow('grade a numeric answer', numericMs, 'ms', 1),
    maxRow('grade an expression answer (sampled equivalence)', expressionMs, 'ms', 5),
    maxRow('grade a model derivation', derivationMs, 'ms', 50),
  ];
};

export default bench;
