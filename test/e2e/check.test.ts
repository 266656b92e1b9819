import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const GOOD = fileURLToPath(new URL('../fixtures/packs/good', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'focal-e2e-check-'));
const env = { FOCAL_CACHE_DIR: join(home, 'cache'), FOCAL_DB: join(home, 'progress.db'), LANG: 'C', LC_ALL: undefined };
afterAll(() => rmSync(home, { recursive: true, force: true }));

const check = (...args: string[]) => runFocal(['check', ...args, '--pack', GOOD], { env });

interface ShownOptions {
  optionOrder: number[];
  options: { letter: string; text: string; correct: boolean }[];
}

/** The options of a choice question in the order `questions show` says they are shown at `seed`. */
async function shownOptions(id: string, seed?: string): Promise<ShownOptions> {
  const result = await runFocal(['questions', 'show', id, '--json', '--pack', GOOD, ...(seed ? ['--seed', seed] : [])], { env });
  expect(result.code).toBe(0);
  const { optionOrder, options } = JSON.parse(result.stdout) as ShownOptions;
  return { optionOrder, options: options.map(({ letter, text, correct }) => ({ letter, text, correct })) };
}

interface CheckJson {
  correct: boolean;
  score: number;
  expected: string;
  feedback: string;
  verdict: string;
  details?: { steps?: { line: number; status: string }[]; missed?: string[]; extra?: string[] };
}

describe('focal check', () => {
  it('a correct answer: exit 0, the verdict, what was accepted and the expected answer', async () => {
    const result = await check('fx-numeric', '1/(1-0.968)^2');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✓ Correct\nYours: 976.5625 = 1 / (1 − 0.968)². Tolerance ±1%.\nexpected:\n  976.5625 = 1 / (1 − 0.968)²\n');
  });

  it('--json has the contract keys {correct, score, expected, feedback}', async () => {
    const result = await check('fx-numeric', '977', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json).toMatchObject({ correct: true, score: 1, verdict: 'correct' });
    expect(json.expected).toBe('976.5625 = 1 / (1 − 0.968)²');
    expect(json.feedback).toContain('Tolerance ±1%');
  });

  it('a wrong answer: exit 1', async () => {
    const result = await check('fx-numeric', '(1-0.968)^2', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ correct: false, score: 0, verdict: 'wrong' });
  });

  it('partial credit is a negative verdict (exit 1) with its score', async () => {
    const shown = await shownOptions('fx-multiple');
    const [first, second] = shown.options.filter((option) => option.correct);
    const result = await check('fx-multiple', first!.letter, '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json).toMatchObject({ correct: false, score: 0.5, verdict: 'partial' });
    expect(json.details).toEqual({ missed: [second!.letter], extra: [] });
    const human = await check('fx-multiple', first!.letter);
    const missed = second!.text === 'FL ≤ CE' ? 'FL ≤ CE — The factor is at most 1' : 'γ ≥ 0';
    expect(human.stdout).toMatch(new RegExp(`^◐ Partly right \\(score 0\\.50\\)\nMissed ${second!.letter}\\) ${missed}\\.?\n`));
  });

  it('grades the letters in the order `questions show` gives for the same seed, which the seed fixes', async () => {
    const orders = new Set<string>();
    for (const seed of ['1', '2', '3', '4']) {
      const shown = await shownOptions('fx-multiple', seed);
      orders.add(shown.optionOrder.join(','));
      expect(shown.options.map((option) => option.text).sort()).toEqual(['FL is a sampling method', 'FL ≤ CE', 'α weights hard examples', 'γ ≥ 0']);
      const right = shown.options.filter((option) => option.correct).map((option) => option.letter);
      const result = await check('fx-multiple', right.join(','), '--seed', seed, '--json');
      expect(result.code, `seed ${seed}: ${result.stdout}`).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ correct: true, seed: Number(seed) });
      expect(await shownOptions('fx-multiple', seed)).toEqual(shown);
    }
    expect(orders.size, 'four seeds give more than one order').toBeGreaterThan(1);
  });

  it('an answer that does not parse is invalid input: exit 2, one line on stderr', async () => {
    const result = await check('fx-numeric', '1/(1-0.968');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^focal: fx-numeric: .*column \d+.*\n$/);
    const json = await check('fx-numeric', '1/(1-0.968', '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ correct: false, verdict: 'invalid' });
  });

  it('an unknown question is exit 2 with close ids', async () => {
    const result = await check('fx-numerci', '1');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('focal: unknown question "fx-numerci"; did you mean fx-numeric?\n');
  });

  it('an answer starting with a minus is an answer, not a flag', async () => {
    const result = await check('fx-numeric-plain', '-log(0.9)');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ Correct\n/);
  });

  it('--seed picks the parameters, as questions show does', async () => {
    const shown = await runFocal(['questions', 'show', 'fx-param', '--seed', '9', '--json', '--pack', GOOD], { env });
    const { params } = JSON.parse(shown.stdout) as { params: { g: number; p: number } };
    const right = 1 / (1 - params.p) ** params.g;
    expect((await check('fx-param', String(right), '--seed', '9')).code).toBe(0);
    expect((await check('fx-param', String((1 - params.p) ** params.g), '--seed', '9')).code).toBe(1);
  });

  it('derivation steps may be separated by ";" on the command line', async () => {
    const steps = 'd/dx = gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt); = (1-pt)^gamma*(gamma*pt*log(pt)+pt-1)';
    const result = await check('fx-derivation', steps);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ Correct\n {2}✓ start {2}-\(1-pt\)\^gamma\*log\(pt\)\n {2}✓ {5}1 {2}d\/dx /);

    const wrong = await check('fx-derivation', 'd/dx = (1-pt)^gamma*(gamma*pt*log(pt)-pt+1)', '--json');
    expect(wrong.code).toBe(1);
    const json = JSON.parse(wrong.stdout) as CheckJson;
    expect(json.details!.steps!.map((step) => [step.line, step.status])).toEqual([
      [0, 'ok'],
      [1, 'wrong'],
    ]);
  });

  it('a free response without --grade: the key points found, the suggested grade, exit 0 only for 3 or 4', async () => {
    const good = await check('fx-free', 'About 100k anchors per image, and the easy negatives dominate the loss.');
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('  ✓ ~100k candidate locations  “100k”\n  ✓ easy negatives dominate  “easy negatives dominate”\nKey points found: 2 of 2; suggested grade 4.\n');
    const half = await check('fx-free', 'There are about 100,000 anchors.');
    expect(half.code).toBe(1);
    expect(half.stdout).toContain('  ✓ ~100k candidate locations  “100,000”\n  · easy negatives dominate\nKey points found: 1 of 2; suggested grade 2.\n');
    const zh = await check('fx-free', '约 10 万个锚框，易分负样本主导了损失。', '--lang', 'zh', '--json');
    expect(zh.code).toBe(0);
    expect(JSON.parse(zh.stdout)).toMatchObject({
      correct: true,
      details: {
        suggestedGrade: 4,
        keyPoints: [
          { point: '约 10 万个候选位置', found: true, phrase: '10 万' },
          { point: '易分负样本占主导', found: true, phrase: '易分负样本主导' },
        ],
      },
    });
  });

  it('a free response with --grade 1-4 takes that grade', async () => {
    expect((await check('fx-free', 'x', '--grade', '5')).code).toBe(2);
    const graded = await check('fx-free', 'easy negatives dominate', '--grade', '3', '--json');
    expect(graded.code).toBe(0);
    expect(JSON.parse(graded.stdout)).toMatchObject({ correct: true, verdict: 'correct' });
    expect((await check('fx-free', 'About 100k anchors; easy negatives dominate', '--grade', '2')).code).toBe(1);
  });

  it('speaks Chinese with --lang zh', async () => {
    const result = await check('fx-code', '3,7', '--lang', 'zh');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^◐ 部分正确（得分 0\.67）\n✓ 第 3 行 `return -math\.log10\(p\)`：math\.log10 不是自然对数。\n/);
  });

  it('records nothing unless --record', async () => {
    expect((await check('fx-numeric', '977')).code).toBe(0);
    expect(existsSync(env.FOCAL_DB)).toBe(false);
    const recorded = await check('fx-numeric', '977', '--record');
    expect(recorded.code).toBe(0);
    expect(existsSync(env.FOCAL_DB)).toBe(true);
  });
});
