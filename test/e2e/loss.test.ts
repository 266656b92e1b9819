import { describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const CONTRACT_KEYS = ['alpha_t', 'ce', 'loss', 'modulating', 'pt'];

async function lossJson(args: string[]): Promise<Record<string, unknown>> {
  const result = await runFocal(['loss', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('focal loss', () => {
  it('prints an aligned table for a binary logit and exits 0', async () => {
    const result = await runFocal(['loss', '--logit', '2', '--target', '1', '--gamma', '2']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('binary focal loss: logit x = 2, target 1, α = 0.25, γ = 2');
    for (const label of ['loss', 'CE', 'pₜ', '(1 − pₜ)^γ', 'αₜ', 'FL / CE', 'dFL/dx']) {
      expect(lines.some((line) => line.trimStart().startsWith(label))).toBe(true);
    }
    // CE = log(1 + e^−2) = 0.126928 and p_t = σ(2) = 0.880797, to the six digits shown.
    expect(result.stdout).toMatch(/CE\s+0\.126928\s/);
    expect(result.stdout).toMatch(/pₜ\s+0\.880797\s/);
  });

  it('--json has exactly the contract keys plus grad_logit, with values from the paper formulas', async () => {
    const json = await lossJson(['--logit', '2', '--target', '1']);
    expect(Object.keys(json).sort()).toEqual([...CONTRACT_KEYS, 'grad_logit'].sort());
    const pt = 1 / (1 + Math.exp(-2));
    // Independent double-precision evaluation of −α(1 − p)^γ log p and appendix B; relative 1e-12.
    expect(json.pt as number).toBeCloseTo(pt, 14);
    expect(Math.abs((json.loss as number) / (-0.25 * (1 - pt) ** 2 * Math.log(pt)) - 1)).toBeLessThan(1e-12);
    const grad = 0.25 * (1 - pt) ** 2 * (2 * pt * Math.log(pt) + pt - 1);
    expect(Math.abs((json.grad_logit as number) / grad - 1)).toBeLessThan(1e-12);
  });

  it('stays finite at logits of ±1000 and beyond', async () => {
    // Confidently right: everything underflows to exactly 0, nothing is NaN.
    const right = await lossJson(['--logit', '1000', '--target', '1']);
    expect(right).toEqual({ loss: 0, ce: 0, pt: 1, modulating: 0, alpha_t: 0.25, grad_logit: 0 });
    // Confidently wrong: CE is |x|, not log(0) = −∞, and the gradient saturates at −α_t.
    const wrong = await lossJson(['--logit=-1000', '--target', '1', '--alpha', '-1']);
    expect(wrong).toEqual({ loss: 1000, ce: 1000, pt: 0, modulating: 1, alpha_t: 1, grad_logit: -1 });
    const beyond = await lossJson(['--logit', '1e6', '--target', '0', '--gamma', '0.5']);
    for (const value of Object.values(beyond)) expect(Number.isFinite(value)).toBe(true);
    expect(beyond.ce).toBe(1e6);
  });

  it('takes p with a target, or p_t, and reports the gradient for the logit', async () => {
    const fromP = await lossJson(['--p', '0.9', '--target', '0', '--gamma', '2']);
    expect(fromP.pt as number).toBeCloseTo(0.1, 15);
    expect(fromP.alpha_t).toBe(0.75);
    expect(Object.keys(fromP)).toContain('grad_logit');
    const fromPt = await lossJson(['--pt', '0.968', '--alpha', '-1']);
    // FL/CE = (1 − 0.968)² = 0.001024, the paper's "≈ 1000×".
    expect((fromPt.loss as number) / (fromPt.ce as number)).toBeCloseTo(0.001024, 12);
    expect(fromPt.alpha_t).toBe(1);
  });

  it('computes the softmax focal loss with per-class α', async () => {
    const json = await lossJson(['--logits', '2,0.5,-1', '--target', '0', '--alpha', '0.25,0.5,0.25']);
    expect(Object.keys(json).sort()).toEqual([...CONTRACT_KEYS, 'grad_logits'].sort());
    const z = [2, 0.5, -1];
    const pt = Math.exp(2) / z.reduce((sum, zi) => sum + Math.exp(zi), 0);
    expect(json.pt as number).toBeCloseTo(pt, 14);
    expect(json.alpha_t).toBe(0.25);
    expect(Math.abs((json.loss as number) / (-0.25 * (1 - pt) ** 2 * Math.log(pt)) - 1)).toBeLessThan(1e-12);
    expect(json.grad_logits).toHaveLength(3);

    // A list starting with a minus is a value, not a flag.
    const extreme = await lossJson(['--logits', '-1000,1000,0', '--target', '0', '--gamma', '0.5']);
    expect(extreme.loss).toBe(2000);
    for (const g of extreme.grad_logits as number[]) expect(Number.isFinite(g)).toBe(true);
  });

  const badInput: [string[], RegExp][] = [
    [['--logit', '1'], /--target is required with --logit/],
    [['--logit', '1', '--pt', '0.5'], /--logit and --pt cannot be used together/],
    [['--logit', 'abc', '--target', '1'], /--logit must be a number, got "abc"/],
    [['--p', '1.5', '--target', '1'], /p must be within \[0, 1\], got 1\.5/],
    [['--pt', '0.5', '--gamma', '-1'], /gamma must be ≥ 0, got -1/],
    [['--logit', '0', '--target', '2'], /target must be 0 or 1/],
    [['--logits', '1,2', '--target', '5'], /target must be a class index from 0 to 1, got 5/],
    [['--logits', '1,2,3', '--target', '0', '--alpha', '0.5,0.5'], /alpha lists 2 weights but there are 3 classes/],
    [[], /give one of --logit X, --p P or --pt PT/],
    [['--logits', '-1,2', '--target', '0', '--frobnicate'], /Unknown argument: frobnicate/],
  ];

  // One test per case, so each spawn gets its own time budget on a busy machine.
  it.each(badInput.map(([args, message]) => [args.join(' ') || '(no options)', args, message] as const))(
    'exits 2 with one clear line for bad input: %s',
    async (name, args, message) => {
      const result = await runFocal(['loss', ...args]);
      expect(result.code, name).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines, name).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toMatch(/^focal: /);
    },
  );
});
