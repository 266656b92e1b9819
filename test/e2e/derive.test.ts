import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const dir = mkdtempSync(join(tmpdir(), 'focal-derive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const GRADIENT = `# dFL/dx for the positive class
where: x in [-6, 6], gamma in [0, 5]
let: pt = sigmoid(x)
-(1-pt)^gamma*log(pt)
= (1-pt)^gamma*log(1/pt)
d/dx = gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)
= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)
`;

describe('focal derive', () => {
  it('a valid derivation: every step marked, exit 0', async () => {
    const result = await runFocal(['derive', file('ok.txt', GRADIENT)]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        ' ✓ 4        -(1-pt)^gamma*log(pt)',
        ' ✓ 5  =     (1-pt)^gamma*log(1/pt)',
        ' ✓ 6  d/dx  gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)',
        ' ✓ 7  =     (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)',
        'all 4 steps hold',
        '',
      ].join('\n'),
    );
  });

  it('a forgotten chain-rule factor: the step is marked with a counterexample, exit 1', async () => {
    const text = GRADIENT.replace('*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)', '*log(pt) - (1-pt)^gamma/pt');
    const result = await runFocal(['derive', file('chain.txt', text)]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toMatch(/^ ✗ 6 {2}d\/dx {2}gamma\*/);
    expect(lines[3]).toMatch(/^ {12}differs at x = .*, γ = .* \(pₜ = .*\): d\/dx of line 5 = .*, line 6 = .*$/);
    expect(result.stdout).toMatch(/2 of 4 steps fail: 2 wrong \(first at line 6\)\n$/);
  });

  it('--json from stdin (-): {ok, steps: [{line, relation, status, message?, counterexample?}]}', async () => {
    const text = GRADIENT.replace('= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)', '= (1-pt)^gamma*(1 - pt - gamma*pt*log(pt))');
    const result = await runFocal(['derive', '-', '--json'], { input: text });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.steps.map((s: { line: number; relation: string; status: string }) => [s.line, s.relation, s.status])).toEqual([
      [4, 'start', 'ok'],
      [5, '=', 'ok'],
      [6, 'd/dx', 'ok'],
      [7, '=', 'wrong'],
    ]);
    const { point, a, b } = report.steps[3].counterexample;
    expect(Object.keys(point)).toEqual(['x', 'gamma']);
    expect(b).toBeCloseTo(-a, 12);
    expect(report.steps[3].message).toMatch(/^differs at /);
  });

  it('a line that does not parse: exit 2, the line and column named', async () => {
    const result = await runFocal(['derive', '-'], { input: 'x^2\nd/dx = 2*x)\n' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(' ? 2  d/dx  2*x)\n');
    expect(result.stdout).toContain('            column 11: unexpected operator )\n');
  });

  it('a broken where: line: exit 2 with file, line and column on stderr', async () => {
    const path = file('where.txt', 'x^2\nwhere: x in [0, 1\n');
    const result = await runFocal(['derive', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`focal: ${path}:2:18: where: expected ')' or ']' to close the interval of 'x'\n`);
  });

  it('an unreadable file: exit 2 with one line', async () => {
    const result = await runFocal(['derive', join(dir, 'missing.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`focal: cannot read ${join(dir, 'missing.txt')}: no such file\n`);
  });
});
