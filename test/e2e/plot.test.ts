import { describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

describe('focal plot', () => {
  it("draws the paper's Figure 1 at 72 × 20 when output is not a terminal", async () => {
    const result = await runFocal(['plot']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(20);
    for (const line of lines) expect(line).toHaveLength(72);
    expect(result.stdout).not.toContain('\x1b['); // not a terminal: no colour
    for (const entry of ['* γ = 0', 'o γ = 0.5', '+ γ = 1', 'x γ = 2', '# γ = 5']) expect(result.stdout).toContain(entry);
    expect(result.stdout).toContain('pₜ (probability of the ground-truth class)');
  });

  it('respects --gamma, --alpha, --width and --height', async () => {
    const result = await runFocal(['plot', '--gamma', '0,2', '--alpha', '0.25', '--width', '50', '--height', '14']);
    expect(result.code).toBe(0);
    const lines = result.stdout.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(14);
    for (const line of lines) expect(line).toHaveLength(50);
    expect(lines[0]).toContain('−0.25 (1 − pₜ)^γ');
    expect(result.stdout).toContain('* γ = 0');
    expect(result.stdout).toContain('o γ = 2');
    expect(result.stdout).not.toContain('γ = 0.5');
  });

  it('--json gives the sampled curves', async () => {
    const result = await runFocal(['plot', '--gamma', '0,2', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { alpha: number; gammas: number[]; series: { gamma: number; points: { pt: number; loss: number }[] }[] };
    expect(json.gammas).toEqual([0, 2]);
    expect(json.series.map((s) => s.gamma)).toEqual([0, 2]);
    const ce = json.series[0]!.points;
    expect(ce[0]).toEqual({ pt: 0.01, loss: -Math.log(0.01) });
    expect(ce.at(-1)).toEqual({ pt: 1, loss: 0 });
  });

  const badInput: [string[], RegExp][] = [
    [['--gamma', '0,x'], /--gamma: item 2 must be a number, got "x"/],
    [['--gamma', '0,-1'], /gamma: item 2 must be a number ≥ 0, got -1/],
    [['--gamma', '2,2'], /gamma: 2 is listed twice/],
    [['--width', '10'], /width must be a whole number of columns from 30 to 400, got 10/],
    [['--height', '1000'], /height must be a whole number of lines from 10 to 200, got 1000/],
    [['--alpha', '0'], /alpha must be in \(0, 1\]/],
    [['--json', '--gamma', 'a'], /--gamma: item 1 must be a number/],
  ];

  it.each(badInput.map(([args, message]) => [args.join(' '), args, message] as const))(
    'exits 2 with one clear line for %s',
    async (name, args, message) => {
      const result = await runFocal(['plot', ...args]);
      expect(result.code, name).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    },
  );
});
