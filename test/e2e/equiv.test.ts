import { describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

describe('focal equiv', () => {
  it('equivalent forms of the focal loss: exit 0 with the domains and sample count', async () => {
    const result = await runFocal(['equiv', '-(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(1/pt)']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^equivalent on pₜ in \(0, 1\), γ in \[0, 5\] \(\d+ samples\)\n$/);
    expect(Number(/\((\d+) samples/.exec(result.stdout)![1])).toBeGreaterThanOrEqual(512);
  });

  it('not equivalent: exit 1 with a counterexample and both values', async () => {
    const result = await runFocal(['equiv', '(x^2)^0.5', 'x', '--where', 'x in [-1,1]']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'not equivalent on x in [-1, 1]\n  they differ at x = -1:\n  a: (x²)^0.5 = 1\n  b: x = -1\n',
    );
  });

  it('--json: {equivalent, counterexample: {point, a, b}, samples}', async () => {
    const result = await runFocal(['equiv', 'log(x)', 'log(abs(x))', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.equivalent).toBe(false);
    expect(report.counterexample.a).toBeNull();
    expect(report.counterexample.point.x).toBeLessThan(0);
    expect(report.counterexample.b).toBeCloseTo(Math.log(-report.counterexample.point.x), 12);
    expect(report.samples).toBeGreaterThan(0);

    const same = await runFocal(['equiv', '-(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(1/pt)', '--json']);
    expect(JSON.parse(same.stdout)).toMatchObject({ equivalent: true, counterexample: null });
    expect(JSON.parse(same.stdout).samples).toBeGreaterThanOrEqual(512);
  });

  it('--tol changes the relative tolerance', async () => {
    expect((await runFocal(['equiv', 'x', 'x*(1+1e-7)'])).code).toBe(1);
    expect((await runFocal(['equiv', 'x', 'x*(1+1e-7)', '--tol', '1e-6'])).code).toBe(0);
  });

  it('a malformed --where: exit 2 naming the part and column', async () => {
    const result = await runFocal(['equiv', 'x', 'x', '--where', 'x in [0, 1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("focal: --where, column 11: expected ')' or ']' to close the interval of 'x'\n");
  });

  it('an expression that does not parse: exit 2 naming which one', async () => {
    const result = await runFocal(['equiv', 'x', 'evaluate("x")']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("focal: second expression, column 1: unknown function 'evaluate'\n");
  });
});
