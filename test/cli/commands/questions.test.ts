import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { list } from '../../../src/cli/commands/questions.js';
import { runInProcess } from '../../helpers/in-process.js';

// What the bundled deck holds, read straight from its YAML files.
const DECK = fileURLToPath(new URL('../../../questions/focal-loss/', import.meta.url));
const deck = readdirSync(DECK)
  .filter((name) => name.endsWith('.yaml') && name !== 'pack.yaml')
  .flatMap((name) => (parse(readFileSync(`${DECK}${name}`, 'utf8')) as { questions: { id: string; topic: string; kind: string }[] }).questions);

describe('focal questions list, in-process', () => {
  it('--json lists exactly the questions of the topic asked for', async () => {
    const run = await runInProcess(list, { topic: ['numbers'], json: true });
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; topic: string }[];
    const expected = deck.filter((question) => question.topic === 'numbers').map((question) => question.id);
    expect(rows.map((row) => row.id).sort()).toEqual(expected.sort());
  });

  it('a table whose rows fit the terminal width, with a count line in the language asked for', async () => {
    const run = await runInProcess(list, { kind: ['derivation'], lang: 'zh' }, 80);
    const lines = run.stdout.trimEnd().split('\n');
    const derivations = deck.filter((question) => question.kind === 'derivation');
    expect(lines).toHaveLength(derivations.length + 2);
    expect(lines.at(-1)).toMatch(new RegExp(`^共 ${derivations.length} 题`));
    for (const line of lines.slice(1, -1)) expect([...line].length).toBeLessThanOrEqual(Math.max(80, line.indexOf('  ') + 60));
  });

  it('an unknown topic is one line suggesting the topic meant, exit 2', async () => {
    const run = await runInProcess(list, { topic: ['numbrs'] });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^focal: --topic: unknown topic "numbrs"; did you mean numbers\?\n$/);
  });
});
