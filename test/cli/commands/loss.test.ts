import { describe, expect, it } from 'vitest';
import { runLoss } from '../../../src/cli/commands/loss.js';
import { runInProcess } from '../../helpers/in-process.js';

// Independent reference: FL = −αₜ(1 − pₜ)^γ log pₜ with pₜ = sigmoid(x) for target 1.
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('focal loss, in-process', () => {
  it('binary loss from a logit, as JSON', async () => {
    const run = await runInProcess(runLoss, { _: ['loss'], logit: '2', target: '1', gamma: '2', json: true });
    expect(run.code).toBe(0);
    const pt = sigmoid(2);
    const expected = -0.25 * (1 - pt) ** 2 * Math.log(pt);
    expect(Math.abs(JSON.parse(run.stdout).loss - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('a logit list starting with a minus is read back from the command line as typed', async () => {
    // yargs reads `--logits -1,2,0.5` as an empty option and leaves the value among the positionals.
    const argv = { _: ['loss', '-1,2,0.5'], logits: '', target: '1', json: true, rawArgs: ['loss', '--logits', '-1,2,0.5', '--target', '1', '--json'] };
    const run = await runInProcess(runLoss, argv);
    expect(run.stderr).toBe('');
    const z = [-1, 2, 0.5];
    const pt = Math.exp(z[1]!) / z.reduce((sum, v) => sum + Math.exp(v), 0);
    const expected = -((1 - pt) ** 2) * Math.log(pt);
    expect(Math.abs(JSON.parse(run.stdout).loss - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('a bad number is quoted back as typed, exit 2', async () => {
    const run = await runInProcess(runLoss, { _: ['loss'], logit: 'abc', target: '1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('abc');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
