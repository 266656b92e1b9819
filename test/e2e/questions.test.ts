import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const PACKS = fileURLToPath(new URL('../fixtures/packs/', import.meta.url));
const GOOD = join(PACKS, 'good');
// Keep the parsed-pack cache of these runs out of the user's home.
const cacheDir = mkdtempSync(join(tmpdir(), 'focal-e2e-cache-'));
const env = { FOCAL_CACHE_DIR: cacheDir, LANG: 'C', LC_ALL: undefined };
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const focal = (...args: string[]) => runFocal(args, { env });

describe('focal questions list', () => {
  it('lists the bundled deck as a table with a summary', async () => {
    const result = await focal('questions', 'list');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+TOPIC\s+KIND\s+D\s+P\s+QUESTION$/);
    expect(lines.at(-1)).toMatch(/^\d+ questions in \d+ topics \(D difficulty, \* parametric\)$/);
    expect(result.stdout).toMatch(/\nnumbers-\S+\s+numbers\s+numeric\s+[123]/);
  });

  it('--json gives one object per question with the contract keys', async () => {
    const result = await focal('questions', 'list', '--json');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(70);
    for (const row of rows) {
      expect(row).toMatchObject({ id: expect.any(String), topic: expect.any(String), kind: expect.any(String), parametric: expect.any(Boolean) });
      expect([1, 2, 3]).toContain(row.difficulty);
      expect(typeof row.title).toBe('string');
      expect(typeof row.source).toBe('string');
    }
    expect(rows.filter((row) => row.parametric).length).toBeGreaterThanOrEqual(12);
  });

  it('filters by topic and kind, and adds --pack questions', async () => {
    const result = await focal('questions', 'list', '--topic', 'numbers', '--kind', 'numeric', '--kind', 'single', '--json', '--pack', GOOD);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { id: string; topic: string; kind: string; pack: string }[];
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row.topic).toBe('numbers');
      expect(['numeric', 'single']).toContain(row.kind);
    }
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(['fx-numeric', 'fx-param']));
  });

  it('an unknown topic is exit 2 with a suggestion', async () => {
    const result = await focal('questions', 'list', '--topic', 'numbrs');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('focal: --topic: unknown topic "numbrs"; did you mean numbers?\n');
  });

  it('a broken --pack is exit 2 with its first problems listed', async () => {
    const result = await focal('questions', 'list', '--pack', join(PACKS, 'broken-structure'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^focal: the question packs have 19 problems:\n/);
    expect(result.stderr).toMatch(/broken-structure\/questions\.yaml:5:17 {2}bad-schema {2}difficulty: must be 1, 2 or 3/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('focal questions show', () => {
  it('--json: the contract keys, the answer as a number for a numeric question', async () => {
    const result = await focal('questions', 'show', 'fx-numeric', '--json', '--pack', GOOD);
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ id: 'fx-numeric', topic: 'numbers', kind: 'numeric', source: 'paper §3.2', seed: null });
    expect(shown.prompt).toBe('γ = 2, pₜ = 0.968: CE/FL?');
    expect(shown.explanation).toBe('1/0.032² ≈ 976.6.');
    // 1/(1 − 0.968)² = 976.5625, independently.
    expect(shown.answer as number).toBeCloseTo(1 / 0.032 ** 2, 9);
  });

  it('fills the parameters of --seed, the same for the same seed, in the chosen language', async () => {
    const [a, b, zh] = await Promise.all([
      focal('questions', 'show', 'fx-param', '--seed', '5', '--json', '--pack', GOOD),
      focal('questions', 'show', 'fx-param', '--seed', '5', '--json', '--pack', GOOD),
      focal('questions', 'show', 'fx-param', '--seed', '5', '--json', '--lang', 'zh', '--pack', GOOD),
    ]);
    expect(a.stdout).toBe(b.stdout);
    const shown = JSON.parse(a.stdout) as { prompt: string; answer: number; params: { g: number; p: number }; seed: number };
    const { g, p } = shown.params;
    expect(shown.seed).toBe(5);
    expect(shown.prompt).toBe(`γ = ${g}, pₜ = ${p}: by what factor is FL smaller than CE?`);
    expect(shown.answer).toBeCloseTo(1 / (1 - p) ** g, 9);
    expect((JSON.parse(zh.stdout) as { prompt: string }).prompt).toBe(`γ = ${g}、pₜ = ${p}：FL 比 CE 小多少倍？`);
  });

  it('gives the kind’s answer data for other kinds', async () => {
    const [multiple, code] = await Promise.all([
      focal('questions', 'show', 'fx-multiple', '--json', '--pack', GOOD),
      focal('questions', 'show', 'fx-code', '--json', '--pack', GOOD),
    ]);
    const shown = JSON.parse(multiple.stdout) as { answer: unknown; options: { letter: string; correct: boolean }[] };
    expect(shown.answer).toEqual(shown.options.filter((option) => option.correct).map((option) => option.letter));
    expect(shown.answer).toHaveLength(2);
    expect((JSON.parse(code.stdout) as { answer: { bugs: unknown } }).answer.bugs).toEqual([
      { line: 3, code: 'return -math.log10(p)', why: 'math.log10 is not the natural log.' },
    ]);
  });

  it('prints the question, its answer and explanation for people', async () => {
    const [result, json] = await Promise.all([
      focal('questions', 'show', 'fx-single', '--pack', GOOD),
      focal('questions', 'show', 'fx-single', '--json', '--pack', GOOD),
    ]);
    expect(result.code).toBe(0);
    // Options are shown shuffled; the header says in which order (file positions of a, b, c).
    const { optionOrder, options, answer } = JSON.parse(json.stdout) as { optionOrder: number[]; options: { letter: string; text: string }[]; answer: string };
    expect([...optionOrder].sort()).toEqual([1, 2, 3]);
    const fileTexts = ['zero loss', 'cross entropy', 'squared error'];
    expect(options.map((option) => option.text)).toEqual(optionOrder.map((position) => fileTexts[position - 1]));
    const right = options.find((option) => option.text === 'cross entropy')!.letter;
    expect(answer).toBe(right);
    const order = optionOrder.map((position, index) => `${'abc'[index]} = ${position}`).join(', ');
    expect(result.stdout).toContain(`fx-single · theory · single · difficulty 1/3 · seed 1 (options shuffled; file order: ${order})`);
    expect(result.stdout).toContain(`  ${right}) cross entropy`);
    expect(result.stdout).toMatch(new RegExp(`Answer\\n {2}${right}\\) cross entropy\\n`));
    expect(result.stdout).toMatch(/Explanation\n {2}With γ = 0 the modulating factor is 1\./);
    expect(result.stdout).toContain('Source: paper §3.2');
  });

  it('an unknown id is exit 2 with close ids', async () => {
    const result = await focal('questions', 'show', 'fx-numerc', '--pack', GOOD);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^focal: unknown question "fx-numerc"; did you mean fx-numeric/);
  });
});

describe('focal questions validate', () => {
  it('the bundled packs are valid: exit 0 and a one-line summary', async () => {
    const result = await focal('questions', 'validate');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ questions in 1 pack: valid\n$/);
  });

  it('a broken pack: exit 1, every problem with file, line, id and field path', async () => {
    const result = await focal('questions', 'validate', join(PACKS, 'broken-structure'), join(PACKS, 'broken-answers'));
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('36 problems in 31 questions in 2 packs (1 warning)');
    // Paths are shown relative to the working folder when inside it.
    expect(lines).toContain('test/fixtures/packs/broken-structure/questions.yaml:81:20  code-outside  bugs[0].line: line 99 is outside the snippet (7 lines)');
    expect(lines.some((line) => /broken-answers\/questions\.yaml:\d+:\d+ {2}numeric-not-evaluating {2}answer: does not evaluate/.test(line))).toBe(true);
    expect(lines).toContain('test/fixtures/packs/broken-structure/questions.yaml:98:13  missing-translations  prompt.zh: no zh text: the en text is shown in Chinese too (warning)');
  });

  it('--json lists the problems as objects', async () => {
    const result = await focal('questions', 'validate', join(PACKS, 'broken-yaml'), '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { valid: boolean; problems: { file: string; line?: number; message: string }[] };
    expect(report.valid).toBe(false);
    expect(report.problems.some((problem) => problem.file.endsWith('syntax.yaml') && problem.line! > 0)).toBe(true);
  });

  it('a folder that does not exist is exit 2', async () => {
    const result = await focal('questions', 'validate', join(PACKS, 'nowhere'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^focal: no such folder: /);
  });
});
