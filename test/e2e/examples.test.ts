import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOCAL_BIN } from '../helpers/run-focal.js';

// Every example shown by a command's --help and in the README runs, through a shell as a
// user would type it, and exits with the code it documents ("(exit 1)"; otherwise 0).

const root = fileURLToPath(new URL('../..', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'focal-examples-'));
const work = join(home, 'work');
const bin = join(home, 'bin');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: join(home, 'config'),
  XDG_DATA_HOME: join(home, 'data'),
  FOCAL_CACHE_DIR: join(home, 'cache'),
  FOCAL_DB: undefined,
  FOCAL_DEBUG: undefined,
  NO_COLOR: '1',
  COLUMNS: '400',
  PATH: `${bin}:${process.env.PATH}`,
};

function focal(args: string[]): string {
  return spawnSync(process.execPath, [FOCAL_BIN, ...args], { env, encoding: 'utf8' }).stdout;
}

/** The `Examples:` section of a help text: [command, description] pairs. */
function examplesIn(help: string): [string, string][] {
  const section = help.split('\nExamples:\n')[1]?.split('\n\n')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s{2,}/) as [string, string]);
}

/** The subcommands a help text lists under `Commands:`. */
function commandsIn(help: string, prefix: string[]): string[][] {
  const section = help.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
  return section
    .split('\n')
    .map((line) => line.trim().split(/\s+/).slice(1 + prefix.length)[0])
    .filter((word): word is string => Boolean(word) && word !== 'completion')
    .map((word) => [...prefix, word]);
}

function helpExamples(): { where: string; command: string; exit: number }[] {
  const found: { where: string; command: string; exit: number }[] = [];
  const queue: string[][] = [[]];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const help = focal([...path, '--help']);
    for (const [command, description = ''] of examplesIn(help)) {
      found.push({ where: `focal ${path.join(' ')} --help`, command, exit: Number(/\(exit (\d)\)/.exec(description)?.[1] ?? 0) });
    }
    queue.push(...commandsIn(help, path));
  }
  return found;
}

function readmeExamples(): { where: string; command: string; exit: number }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const found: { where: string; command: string; exit: number }[] = [];
  for (const row of readme.split('\n').filter((line) => line.startsWith('| `focal'))) {
    const cells = row.split(' | ');
    const exit = Number(/\(exit (\d)\)/.exec(row)?.[1] ?? 0);
    for (const [, command] of cells[1]!.matchAll(/`(focal [^`]*)`/g)) found.push({ where: 'README table', command: command!, exit });
  }
  for (const [, block] of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block!.split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (/(^|\| )focal\b/.test(command)) found.push({ where: 'README sh block', command, exit: Number(/# .*\(exit (\d)\)/.exec(line)?.[1] ?? 0) });
    }
  }
  return found;
}

beforeAll(() => {
  mkdirSync(bin, { recursive: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(bin, 'focal'), `#!/bin/sh\nexec "${process.execPath}" "${FOCAL_BIN}" "$@"\n`);
  chmodSync(join(bin, 'focal'), 0o755);
  // What the examples name: an answers file, the README's derivation file, a backup, a pack.
  writeFileSync(join(work, 'answers.txt'), 'a\n:quit\n');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const derivation = /A derivation file for `focal derive`:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  writeFileSync(join(work, 'steps.txt'), derivation ?? '');
  spawnSync(process.execPath, [FOCAL_BIN, 'export', '--out', 'progress.json'], { env, cwd: work });
  cpSync(join(root, 'test/fixtures/packs/good'), join(work, 'questions/my-pack'), { recursive: true });
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('documented examples run with their documented exit code', () => {
  const examples = [...helpExamples(), ...readmeExamples()];

  it('finds the examples of every command and of the README', () => {
    expect(examples.length).toBeGreaterThan(30);
    expect(examples.some((example) => example.where === 'focal check --help')).toBe(true);
    expect(examples.some((example) => example.where === 'README table')).toBe(true);
  });

  it('shows no drill examples in focal --help', () => {
    expect(examples.filter((example) => example.where === 'focal  --help').map((example) => example.command)).not.toContain(
      'focal drill --mode due',
    );
  });

  it.each(examples)('$where: $command', ({ command, exit }) => {
    const result = spawnSync('sh', ['-c', command], { env, cwd: work, encoding: 'utf8', input: '', timeout: 25_000 });
    // Node's own process warnings are not the example's output (they are reported separately).
    const stderr = result.stderr.replace(/^\(node:\d+\) \w*Warning: .*\n(\(Use `node --trace-warnings.*\n)?/gm, '');
    expect({ status: result.status, stderr }).toEqual({ status: exit, stderr: exit === 2 ? expect.any(String) : '' });
  });
});
