// The wrong "equivalent" and "Correct" verdicts a non-finite rounding bound used to give, and
// the false counterexamples float64 used to report at large logits, through the built CLI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const home = mkdtempSync(join(tmpdir(), 'focal-e2e-verdicts-'));
const env = { FOCAL_CACHE_DIR: join(home, 'cache'), FOCAL_DB: join(home, 'progress.db'), LANG: 'C', LC_ALL: undefined };
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('verdicts through the CLI', () => {
  it('focal equiv "x" "x + 5 + 0^0.5": not equivalent, exit 1', async () => {
    const result = await runFocal(['equiv', 'x', 'x + 5 + 0^0.5'], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('not equivalent');
  });

  it('focal check relatives-qfl-loss "0^0.5" is not Correct', async () => {
    const result = await runFocal(['check', 'relatives-qfl-loss', '0^0.5', '--json'], { env });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ correct: false });
  });

  it('focal check gradients-derive-ce-positive "d/dx = 42 + 1/exp(1000)" is not Correct', async () => {
    const result = await runFocal(['check', 'gradients-derive-ce-positive', 'd/dx = 42 + 1/exp(1000)', '--json'], { env });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ correct: false });
  });

  it.each([
    ['log(1-sigmoid(x))', '-softplus(x)', 'x in [-50, 50]'],
    ['exp(x)/(1+exp(x))', 'sigmoid(x)', 'x in [-1000, 1000]'],
    ['sigmoid(x)*(1-sigmoid(x))/(sigmoid(x)-sigmoid(x)^2)', '1', 'x in [-50, 50]'],
  ])('focal equiv %s %s --where "%s": equivalent, exit 0', async (a, b, where) => {
    const result = await runFocal(['equiv', a, b, '--where', where], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^equivalent/);
  });

  it('a term no precision can evaluate does not make an answer Correct', async () => {
    const crafted = 'alpha*(1-pt)^gamma*exp(exp(exp(10)))/exp(exp(exp(10)))';
    const result = await runFocal(['check', 'definitions-fl-over-ce-expression', crafted, '--json'], { env });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ correct: false });
  });

  it.each([
    // Each point float64 cannot judge costs two powers of exponent 1e300 in high precision: the work limit stops first.
    ['x^1e300', 'x^(1e300+1e285)', 'x in (0.5, 2)', /^not shown equivalent on x in \(0\.5, 2\): .*more high-precision work than one check may do/],
    ['log(x)', '2*log(x)', 'x in [-2, -1]', /^not shown equivalent on x in \[-2, -1\]: neither side is defined at any sampled point/],
  ])('focal equiv %s %s --where "%s": nothing shown either way, so exit 1 without a counterexample', async (a, b, where, says) => {
    const text = await runFocal(['equiv', a, b, '--where', where], { env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(says);
    const json = await runFocal(['equiv', a, b, '--where', where, '--json'], { env });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ equivalent: false, counterexample: null, evidence: expect.any(Number) });
    expect(JSON.parse(json.stdout).evidence).toBeLessThan(6);
  });

  it('a point where one side has no value and removability cannot be told: named, with no counterexample', async () => {
    const args = ['equiv', '(exp(x)-1)/x', '1', '--where', 'x in [-1e-300, 1e-300]'];
    const text = await runFocal(args, { env });
    expect(text.code).toBe(1);
    expect(text.stdout).toBe(
      'not shown equivalent on x in [-1e-300, 1e-300]: at x = 0 only one side has a value, and whether the other tends to it there could not be told\n',
    );
    const zh = await runFocal([...args, '--lang', 'zh'], { env });
    expect(zh.stdout).toContain('在 x = 0 处只有一边有值');
    const json = await runFocal([...args, '--json'], { env });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ equivalent: false, counterexample: null, undecided: { x: 0 } });
  });

  it('a pair past the work limit of one check is "not shown equivalent", and says why', async () => {
    const tails = Array.from({ length: 10 }, (_, k) => `(1-erf(x+${k / 10}))`).join('+');
    const rewritten = Array.from({ length: 10 }, (_, k) => `(erf(-x-${k / 10})+1)`).join('+');
    const args = ['equiv', tails, rewritten, '--where', 'x in [5, 18]'];
    const text = await runFocal(args, { env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^not shown equivalent on x in \[5, 18\]: .*more high-precision work than one check may do$/m);
    const zh = await runFocal([...args, '--lang', 'zh'], { env });
    expect(zh.stdout).toContain('超出了单次检查的上限');
    const json = await runFocal([...args, '--json'], { env });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ equivalent: false, counterexample: null, undecided: null, workLimited: true });
  });

  it('a counterexample shows values that visibly differ', async () => {
    const result = await runFocal(['equiv', 'x', 'x*(1 + 1e-8)', '--where', 'x in [1, 2]'], { env });
    expect(result.code).toBe(1);
    const values = [...result.stdout.matchAll(/^ {2}[ab]: .* = (\S+)$/gm)].map((match) => match[1]);
    expect(values).toHaveLength(2);
    expect(values[0]).not.toBe(values[1]);
  });

  it('values beyond the range of a double are shown from high precision, not as 0 and 0', async () => {
    const result = await runFocal(['equiv', 'exp(-x)', '2*exp(-x)', '--where', 'x in [920, 921]'], { env });
    expect(result.code).toBe(1);
    const values = [...result.stdout.matchAll(/^ {2}[ab]: .* = (\S+)$/gm)].map((match) => match[1]);
    expect(values).toHaveLength(2);
    expect(values[0]).toMatch(/^\d\.\de-400$/);
    expect(values[1]).toMatch(/^\d\.\de-400$/);
    expect(Number(values[1]!.replace('e-400', '')) / Number(values[0]!.replace('e-400', ''))).toBeCloseTo(2, 0);
  });

  it('NaN is an unknown name: exit 2 with the column', async () => {
    const result = await runFocal(['equiv', 'x', 'x + NaN'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/second expression, column 5: unknown name 'NaN'/);
  });
});
