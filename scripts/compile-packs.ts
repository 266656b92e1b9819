// A build step (scripts/build.mjs bundles and runs it): validates the bundled packs as
// `focal questions validate` does, answer keys included, and writes each one compiled to
// <dist>/packs/ (src/core/bank/precompiled.ts). A pack with problems fails the build.
//   node compile-packs.mjs <questions folder> <dist folder>
import { packDirsIn } from '../src/core/bank/bundled.js';
import { compiledPackFile, writeCompiledPack } from '../src/core/bank/precompiled.js';
import { formatProblem } from '../src/core/bank/problems.js';
import { validatePackDirs } from '../src/core/bank/validate.js';
import { loadWords } from '../src/core/words/index.js';

const [questions, dist] = process.argv.slice(2);
if (!questions || !dist) throw new Error('usage: compile-packs <questions folder> <dist folder>');
await loadWords();
const report = validatePackDirs(packDirsIn(questions));
if (report.problems.length > 0) {
  process.stderr.write(`the bundled packs have problems:\n${report.problems.map((problem) => `  ${formatProblem(problem, 'en')}`).join('\n')}\n`);
  process.exit(1);
}
for (const pack of report.packs) writeCompiledPack(pack, compiledPackFile(pack.dir, dist));
