// The README's `console` examples are run as written: each `$ focal …` line is spawned and its
// output must show the README's lines in order (a line "…" stands for lines left out). The clock
// is held at 2026-11-30 09:00 local time (FOCAL_NOW), the day the examples were written.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const home = mkdtempSync(join(tmpdir(), 'focal-readme-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

interface Example {
  command: string;
  output: string[];
}

function examples(): Example[] {
  return [...README.matchAll(/```console\n([\s\S]*?)```/g)].map((block) => {
    const [command, ...output] = block[1]!.replace(/\n$/, '').split('\n');
    return { command: command!.replace(/^\$ /, ''), output };
  });
}

/** `focal check ID "a b"` → ['check', 'ID', 'a b'] (double quotes only, as the README writes them). */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!).slice(1);
}

describe('README examples', () => {
  it('there are examples to run', () => {
    expect(examples().length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples().map((example) => [example.command, example] as const))('%s', async (_command, example) => {
    const env = { FOCAL_DB: join(home, 'progress.db'), FOCAL_CACHE_DIR: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config'), LANG: 'C', LC_ALL: undefined, FOCAL_NOW: '2026-11-30T09:00:00' };
    const result = await runFocal(words(example.command), { env });
    const lines = result.stdout.split('\n');
    let at = 0;
    let skipping = false;
    for (const line of example.output) {
      if (line === '…') {
        skipping = true;
        continue;
      }
      const found = skipping ? lines.indexOf(line, at) : lines[at] === line ? at : -1;
      expect(found, `README line not printed where expected:\n${line}\n--- output:\n${result.stdout}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
      skipping = false;
    }
  });
});
