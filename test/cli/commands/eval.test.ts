import { describe, expect, it } from 'vitest';
import { runEval } from '../../../src/cli/commands/eval.js';
import { runInProcess } from '../../helpers/in-process.js';

describe('focal eval, in-process', () => {
  it('prints the value to 14 significant figures', async () => {
    const run = await runInProcess(runEval, { expr: '1/(1-0.968)^2', _: ['eval'] });
    expect(run).toEqual({ code: 0, stdout: '976.5625\n', stderr: '' });
  });

  it('reads an expression starting with a minus from the command line as typed, not as flags', async () => {
    // yargs leaves the positional empty for `-log(0.9)`: the raw words carry it.
    const run = await runInProcess(runEval, { expr: '', _: ['eval'], rawArgs: ['eval', '-log(0.9)', '--json'], json: true });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).value).toBeCloseTo(-Math.log(0.9), 15);
  });

  it('an unreadable expression is one line naming the column, exit 2', async () => {
    const run = await runInProcess(runEval, { expr: '1 +* 2', _: ['eval'] });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^focal: expression, column \d+: .+\n$/);
  });

  it('a leftover argument is refused', async () => {
    const run = await runInProcess(runEval, { expr: '1', _: ['eval', 'extra'] });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'focal: Unknown argument: extra\n' });
  });
});
