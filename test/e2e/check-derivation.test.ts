import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

// The bundled deck's derivation questions, checked through the real CLI.
const home = mkdtempSync(join(tmpdir(), 'focal-e2e-check-derivation-'));
const env = { FOCAL_CACHE_DIR: join(home, 'cache'), FOCAL_DB: join(home, 'progress.db'), HOME: home, LANG: 'C', LC_ALL: undefined };
afterAll(() => rmSync(home, { recursive: true, force: true }));

const check = (...args: string[]) => runFocal(['check', ...args], { env });

describe('focal check: a derivation must be derived', () => {
  it('the rewrite goal restated as the only line is partly right, exit 1, saying what is missing', async () => {
    const result = await check('limits-near-one-rewrite', 'alpha*u^(gamma+1)*(-log(1-u)/u)', '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { verdict: string; correct: boolean; score: number; feedback: string };
    expect(json).toMatchObject({ verdict: 'partial', correct: false, score: 0.5 });
    expect(json.feedback).toContain('this question asks for at least 2');
    expect(json.feedback).toContain('Line 1 already writes the goal');
  });

  it('the derivative written in its final form is partly right and names the missing chain-rule factor (en and zh)', async () => {
    const answer = 'd/dx = (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)';
    const en = await check('gradients-derive-fl-positive', answer);
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/^◐ Partly right \(score 0\.50\)/);
    expect(en.stdout).toContain('No step before the goal shows the inner derivative dpₜ/dx = pₜ(1 − pₜ) of the chain rule.');
    const zh = await check('gradients-derive-fl-positive', answer, '--lang', 'zh');
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('没有一步写出链式法则中的内层导数 dpₜ/dx = pₜ(1 − pₜ)');
  });

  it('a real derivation is correct', async () => {
    const result = await check(
      'gradients-derive-fl-positive',
      'd/dx = gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)\n= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ Correct/);
  });
});
