import { describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const STACK_TRACE = /\n\s+at .*:\d+:\d+/;

describe('focal eval', () => {
  it('prints the value', async () => {
    const result = await runFocal(['eval', '1/(1-0.968)^2']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('976.5625\n');
  });

  it('--json gives {value} at full precision, and an expression may start with a minus', async () => {
    const result = await runFocal(['eval', '-log(0.9)', '--json']);
    expect(result.code).toBe(0);
    const value = JSON.parse(result.stdout).value as number;
    expect(value).toBeCloseTo(-Math.log(0.9), 15);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['value']);
  });

  it('accepts the printed forms: γ is not the gamma function, superscripts work', async () => {
    const result = await runFocal(['eval', '−(1 − 0.9)² · ln(0.9)', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).value).toBeCloseTo(-(0.1 ** 2) * Math.log(0.9), 15);
  });

  it('an expression that does not parse: exit 2, one line with the column', async () => {
    const result = await runFocal(['eval', '1+(2']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('focal: expression, column 5: parenthesis ) expected\n');
  });

  it('refuses mathjs functions that could change the evaluator', async () => {
    const result = await runFocal(['eval', 'import({}, {override: true})']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("focal: expression, column 1: unknown function 'import'\n");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('a value that is not a real number is invalid input, not a crash', async () => {
    const result = await runFocal(['eval', 'log(-1)']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^focal: expression: no real, finite value/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an extra argument is a usage error', async () => {
    const result = await runFocal(['eval', '1', '2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown argument: 2');
  });
});
