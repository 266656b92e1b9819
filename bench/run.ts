// `npm run bench`: runs every bench/*.bench.ts against the bare-node baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { timeProcess, type Bench, type BenchRow } from './harness.js';
import { loadWords } from '../src/core/words/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

// The benches that grade in this process say words as a command handler does, from the loaded catalog.
await loadWords();
const nodeBaselineMs = timeProcess(process.execPath, ['-e', '0'], 21);
console.log(`baseline: node -e 0 = ${nodeBaselineMs.toFixed(1)} ms (median of 21)\n`);

let failures = 0;
for (const file of files) {
  const bench = (await import(pathToFileURL(join(here, file)).href)).default as Bench;
  console.log(`# ${file.replace('.bench.ts', '')}`);
  const rows: BenchRow[] = await bench({ nodeBaselineMs });
  for (const row of rows) {
    const mark = row.pass === undefined ? ' ' : row.pass ? '✓' : '✗';
    if (row.pass === false) failures++;
    const value = row.value < 10 ? row.value.toFixed(2) : row.value.toFixed(0);
    console.log(`${mark} ${row.name.padEnd(58)} ${value.padStart(9)} ${row.unit.padEnd(8)} ${row.target ?? ''}`);
  }
  console.log('');
}
console.log(failures === 0 ? 'all targets met' : `${failures} target(s) missed`);
process.exitCode = failures === 0 ? 0 : 1;
