import { writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FOCAL_BIN, privateHome, runFocal } from '../helpers/run-focal.js';

const { home, env } = privateHome('focal-cli-input-');

/** One clear line on stderr, no stack, exit 2. */
function expectOneLineInputError(result: { code: number | null; stderr: string }, text: string | RegExp) {
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(text);
  expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
}

describe('misspelt commands', () => {
  it.each([
    ['stat', 'focal stats'],
    ['drll', 'focal drill'],
    ['reveiw', 'focal review'],
    ['questoins', 'focal questions'],
  ])('focal %s suggests %s and exits 2', async (typed, meant) => {
    const result = await runFocal([typed], { env });
    expectOneLineInputError(result, `unknown command "${typed}"; did you mean "${meant}"`);
    expect(result.stdout).toBe('');
  });

  it('lists the commands when nothing is close', async () => {
    const result = await runFocal(['xyzzy'], { env });
    expectOneLineInputError(result, /commands: .*drill.*stats.*check/);
  });

  it('still reads options before the command, and drill options without the word drill', async () => {
    const before = await runFocal(['--lang', 'en', 'eval', '1+1'], { env });
    expect(before.code).toBe(0);
    expect(before.stdout.trim()).toBe('2');
    const drill = await runFocal(['--question', 'numbers-ratio-pt0968', '--plain'], { env, input: ':quit\n' });
    expect(drill.code).toBe(0);
    expect(drill.stdout).toContain('1000');
  });
});

describe('option values are checked as typed', () => {
  it.each([
    [['drill', '--count', 'abc'], '--count must be a whole number ≥ 1, not "abc"'],
    [['drill', '--count', '0'], '--count must be a whole number ≥ 1, not "0"'],
    [['drill', '--count', '2.5'], '--count must be a whole number ≥ 1, not "2.5"'],
    [['drill', '--seed', 'abc'], '--seed must be a whole number, not "abc"'],
    [['drill', '--seed', '1.5'], '--seed must be a whole number, not "1.5"'],
    [['--seed', '1.5'], '--seed must be a whole number, not "1.5"'],
    [['questions', 'show', 'numbers-ratio-pt0968', '--seed', 'x'], '--seed must be a whole number, not "x"'],
    [['check', 'numbers-ratio-pt0968', '0.968', '--seed', '0.5'], '--seed must be a whole number, not "0.5"'],
    [['check', 'motivation-why-one-stage-needed-fl', 'easy negatives', '--grade', 'abc'], '--grade must be a whole number ≥ 1, not "abc"'],
  ])('focal %j → exit 2', async (args, message) => {
    const result = await runFocal(args, { env, input: ':quit\n' });
    expectOneLineInputError(result, message);
    expect(result.stdout).not.toContain('1/10');
  });

  it('a topic and kind that select nothing is exit 2 naming what each holds', async () => {
    const result = await runFocal(['drill', '--topic', 'numbers', '--kind', 'derivation', '--plain'], { env });
    expectOneLineInputError(result, /no question matches --topic numbers --kind derivation: topic numbers has .*numeric.*; derivation questions are in .*gradients/);
  });

  it('importing a missing file names it plainly', async () => {
    const result = await runFocal(['import', join(home, 'missing.json')], { env });
    expectOneLineInputError(result, `${join(home, 'missing.json')}: no such file`);
    expect(result.stderr).not.toContain('ENOENT');
  });
});

describe('shell completion', () => {
  const complete = async (...words: string[]) => (await runFocal(['--get-yargs-completions', 'focal', ...words], { env })).stdout.trim().split('\n');

  it('offers topics after --topic, kinds after --kind, ids after check and questions show', async () => {
    expect(await complete('drill', '--topic', '')).toEqual(expect.arrayContaining(['numbers', 'gradients', 'alpha-gamma']));
    expect(await complete('--topic', 'gr')).toEqual(['gradients']);
    expect(await complete('drill', '--kind', 'd')).toEqual(['derivation']);
    expect(await complete('check', 'numbers-ratio-')).toContain('numbers-ratio-pt0968');
    expect(await complete('questions', 'show', 'numbers-ratio-')).toContain('numbers-ratio-pt0968');
    expect(await complete('')).toEqual(expect.arrayContaining(['drill', 'stats', 'check', 'questions']));
  });

  const bash = spawnSync('bash', ['--version']).status === 0;
  it.skipIf(!bash)('the bash script completes through the real completion function', async () => {
    const script = (await runFocal(['completion'], { env: { ...env, SHELL: '/bin/bash' } })).stdout;
    expect(script).toContain('complete -o bashdefault -o default -F _focal_yargs_completions focal');
    const bin = join(home, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'focal'), `#!/bin/sh\nexec "${process.execPath}" "${FOCAL_BIN}" "$@"\n`);
    chmodSync(join(bin, 'focal'), 0o755);
    const run = (line: string) => {
      const words = line.split(' ');
      const program = [
        script,
        `COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')})`,
        `COMP_CWORD=${words.length - 1}`,
        '_focal_yargs_completions',
        'printf "%s\\n" "${COMPREPLY[@]}"',
      ].join('\n');
      const result = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {
        env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' } as NodeJS.ProcessEnv,
        encoding: 'utf8',
      });
      return result.stdout.trim().split('\n');
    };
    expect(run('focal drill --topic grad')).toEqual(['gradients']);
    expect(run('focal --kind code')).toEqual(['code-review']);
    expect(run('focal check numbers-ratio-pt09')).toEqual(['numbers-ratio-pt0968']);
    expect(run('focal questions show numbers-ratio-pt09')).toEqual(['numbers-ratio-pt0968']);
    expect(run('focal sta')).toEqual(['stats']);
  });

  it('prints a zsh script when the shell is zsh', async () => {
    const script = (await runFocal(['completion'], { env: { ...env, SHELL: '/usr/bin/zsh' } })).stdout;
    expect(script).toContain('#compdef focal');
    expect(script).toContain('compdef _focal_yargs_completions focal');
  });
});
