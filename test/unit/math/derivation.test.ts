import { describe, expect, it } from 'vitest';
import { checkDerivation, type DerivationReport } from '../../../src/core/math/index.js';
import { english } from '../../helpers/math-words.js';

function check(text: string, options: Parameters<typeof checkDerivation>[1] = {}): DerivationReport {
  const result = checkDerivation(text, options);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${english(result.error)}`);
  return result.value;
}

const statuses = (report: DerivationReport) => report.steps.map((step) => [step.line, step.relation, step.status]);

// The focal-loss gradient for the positive class (paper, appendix B), written independently.
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
function focalGradient(x: number, gamma: number): number {
  const pt = sigmoid(x);
  return (1 - pt) ** gamma * (gamma * pt * Math.log(pt) + pt - 1);
}

const HEADER = `# dFL/dx for the positive class
where: x in [-6, 6], gamma in [0, 5]
let: pt = sigmoid(x)

`;
const START = '-(1-pt)^gamma*log(pt)';
const CORRECT = `${HEADER}${START}
= (1-pt)^gamma*log(1/pt)
d/dx = gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)
= (1-pt)^gamma*(gamma*pt*log(pt) - (1-pt))
= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)
`;

describe('derivation checking', () => {
  it('a correct five-step focal-loss gradient derivation holds', () => {
    const report = check(CORRECT);
    expect(report.ok).toBe(true);
    expect(statuses(report)).toEqual([
      [5, 'start', 'ok'],
      [6, '=', 'ok'],
      [7, 'd/dx', 'ok'],
      [8, '=', 'ok'],
      [9, '=', 'ok'],
    ]);
    expect(report.steps.map((step) => step.differentiatedBy)).toEqual([[], [], ['x'], ['x'], ['x']]);
    expect(report.steps[4]!.expression).toBe('(1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)');
  });

  it('a forgotten chain-rule factor fails at that step, with the true derivative in the counterexample', () => {
    const report = check(CORRECT.replace('*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)', '*log(pt) - (1-pt)^gamma/pt'));
    expect(report.ok).toBe(false);
    const step = report.steps[2]!;
    expect([step.line, step.status]).toEqual([7, 'wrong']);
    expect(report.steps.slice(0, 2).every((s) => s.status === 'ok')).toBe(true);
    const { point, a, b } = step.counterexample!;
    expect(a).toBeCloseTo(focalGradient(point.x!, point.gamma!), 12);
    const pt = sigmoid(point.x!);
    expect(b).toBeCloseTo(point.gamma! * (1 - pt) ** (point.gamma! - 1) * Math.log(pt) - (1 - pt) ** point.gamma! / pt, 12);
    expect(english(step)).toMatch(/^differs at x = .*, γ = .* \(pₜ = .*\): d\/dx of line 6 = .*, line 7 = /);
  });

  it('the forgotten factor is caught whatever the seed or the domain', () => {
    const forgot = 'd/dx = gamma*(1-pt)^(gamma-1)*log(pt) - (1-pt)^gamma/pt';
    for (const where of ['x in [-6, 6], gamma in [0, 5]', 'x in [-30, 30], gamma in [0, 5]', 'x in [5, 6], gamma in [0.5, 1]', 'x in [-1, 1], gamma in [2, 2]']) {
      for (let seed = 1; seed <= 10; seed++) {
        const report = check(`where: ${where}\nlet: pt = sigmoid(x)\n${START}\n${forgot}\n`, { seed });
        expect(report.steps[1]!.status, `${where}, seed ${seed}`).toBe('wrong');
      }
    }
  });

  it('a wrong sign fails', () => {
    const report = check(CORRECT.replace('= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)', '= (1-pt)^gamma*(1 - pt - gamma*pt*log(pt))'));
    expect(statuses(report).at(-1)).toEqual([9, '=', 'wrong']);
    const { a, b } = report.steps.at(-1)!.counterexample!;
    expect(b).toBeCloseTo(-a!, 12);
  });

  it('a wrong sign in the derivative step fails there', () => {
    const report = check(`${HEADER}${START}\nd/dx = (1-pt)^gamma*(1 - pt - gamma*pt*log(pt))\n`);
    expect(statuses(report)).toEqual([
      [5, 'start', 'ok'],
      [6, 'd/dx', 'wrong'],
    ]);
  });

  it('a step after a wrong one is checked against the wrong one, as written', () => {
    const text = CORRECT.replace('= (1-pt)^gamma*log(1/pt)', '= (1-pt)^gamma*log(pt)');
    expect(statuses(check(text)).map(([, , status]) => status)).toEqual(['ok', 'wrong', 'wrong', 'ok', 'ok']);
  });

  it('parse errors name the line and the column in that line', () => {
    const report = check(`${HEADER}${START}\n  = (1-pt)^gamma*log(1/pt\nd/dx = foo(pt)\n`);
    expect(report.steps[1]).toMatchObject({ line: 6, status: 'invalid', column: 26 });
    expect(english(report.steps[1]!)).toBe('parenthesis ) expected');
    expect(report.steps[2]).toMatchObject({ line: 7, status: 'invalid', column: 8 });
    expect(english(report.steps[2]!)).toBe("unknown function 'foo'");
  });

  it('a name that is not a variable of the derivation is invalid', () => {
    const report = check(`${HEADER}${START}\n= q*(1-pt)^gamma*log(1/pt)\n`);
    expect(report.steps[1]).toMatchObject({ status: 'invalid', column: 3 });
    expect(english(report.steps[1]!)).toMatch(/^unknown variable 'q' \(known: /);
  });

  it('after an unreadable d/dx step, the next step is compared with the derivative of the last readable one', () => {
    const text = `${HEADER}${START}\nd/dx = (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1\n= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)\n`;
    const report = check(text);
    expect(statuses(report)).toEqual([
      [5, 'start', 'ok'],
      [6, 'd/dx', 'invalid'],
      [7, '=', 'ok'],
    ]);
    expect(report.steps[2]!.differentiatedBy).toEqual(['x']);
    const wrong = check(text.replace(/\n= \(1-pt\)\^gamma\*\(gamma\*pt\*log\(pt\) \+ pt - 1\)\n$/, '\n= -(1-pt)^gamma*log(pt)\n'));
    expect(wrong.steps[2]!.status).toBe('wrong');
    expect(english(wrong.steps[2]!)).toMatch(/d\/dx of line 5/);
  });

  it('a derivative by an unknown variable is invalid and breaks the chain', () => {
    const report = check('x^2\nd/dy = 2*x\n= 3\n= 3\n');
    expect(statuses(report)).toEqual([
      [1, 'start', 'ok'],
      [2, 'd/dy', 'invalid'],
      [3, '=', 'ok'],
      [4, '=', 'ok'],
    ]);
    expect(report.steps[1]).toMatchObject({ column: 4 });
    expect(english(report.steps[1]!)).toBe("cannot differentiate by 'y': it is not a variable of this derivation");
  });

  it('a reference that explodes under repeated differentiation is refused quickly', () => {
    const start = Array.from({ length: 12 }, (_, i) => `exp(${i + 1}*x)*log(x + ${i + 2})`).join('*');
    const text = `${start}\n${'d/dx = (\n'.repeat(40)}= 1\n`;
    const began = performance.now();
    const report = check(text);
    expect(performance.now() - began).toBeLessThan(5000);
    expect(report.steps.at(-1)).toMatchObject({ status: 'invalid' });
    expect(english(report.steps.at(-1)!)).toBe('the derivative of line 1 is too large to check');
  });

  it('a step without "=" after the start is invalid', () => {
    const report = check('x^2\n2*x\n');
    expect(report.steps[1]).toMatchObject({ status: 'invalid', column: 1 });
    expect(english(report.steps[1]!)).toMatch(/must begin with '='/);
  });

  it('the first expression must be the start', () => {
    const report = check('= x^2\nd/dx = 2*x\n');
    expect(report.steps[0]).toMatchObject({ status: 'invalid', relation: '=' });
    expect(report.steps[1]).toMatchObject({ status: 'ok' });
  });

  it('differentiates by a let name as a partial derivative, and twice in a row', () => {
    const byPt = check('let: pt = sigmoid(x)\n-(1-pt)^gamma*log(pt)\nd/dpt = gamma*(1-pt)^(gamma-1)*log(pt) - (1-pt)^gamma/pt\n');
    expect(byPt.ok).toBe(true);
    expect(byPt.steps[1]!.differentiatedBy).toEqual(['pt']);
    const twice = check('x^3 - 2*x\nd/dx = 3*x^2 - 2\nd/dx = 6*x\nd/dx = 6\n');
    expect(twice.ok).toBe(true);
    expect(twice.steps.at(-1)!.differentiatedBy).toEqual(['x', 'x', 'x']);
  });

  it('applies the chain rule through lets that use lets', () => {
    const text = `where: x in [0.1, 3]
let: u = x^2 + 1
let: v = log(u)
v*sqrt(u)
d/dx = (2*x/u)*sqrt(u) + v*x/sqrt(u)
`;
    expect(check(text).ok).toBe(true);
    expect(check(text.replace('v*x/sqrt(u)', 'v/sqrt(u)')).steps[1]!.status).toBe('wrong');
  });

  it('does not fail a claim at a kink where the derivative does not exist', () => {
    // At x = 0 (a sampled point) |x| has no derivative; x/|x| is undefined there too.
    expect(check('abs(x)\nd/dx = x/abs(x)\n').ok).toBe(true);
    expect(check('max(x, 1)\nd/dx = max(0, x - 1)/(x - 1)\n').ok).toBe(true);
  });

  it('gamma can be fixed like a question parameter', () => {
    const report = check('let: pt = sigmoid(x)\n-(1-pt)^g*log(pt)\nd/dx = (1-pt)^2*(2*pt*log(pt) + pt - 1)\n', { fixed: { g: 2 } });
    expect(report.ok).toBe(true);
    expect(Object.keys(check('let: pt = sigmoid(x)\n-(1-pt)^g*log(pt)\nd/dx = 0\n', { fixed: { g: 2 } }).steps[1]!.counterexample!.point)).toEqual(['x']);
  });

  it('ignores comments and blank lines, reads CRLF, and numbers lines from 1', () => {
    const report = check('# start\r\n\r\nx^2   # the start\r\nd/dx = 2*x # by the power rule\r\n');
    expect(statuses(report)).toEqual([
      [3, 'start', 'ok'],
      [4, 'd/dx', 'ok'],
    ]);
  });

  it('accepts Greek and printed forms in steps', () => {
    const report = check('where: γ in [0, 5]\nlet: pₜ = σ(x)\n−(1 − pₜ)^γ · log(pₜ)\nd/dx = (1 − pₜ)^γ · (γ·pₜ·log(pₜ) + pₜ − 1)\n');
    expect(report.ok).toBe(true);
    expect(check('−(1 − pₜ)^γ · log(pₜ)\nd/dγ = −(1 − pₜ)^γ · log(1 − pₜ) · log(pₜ)\n').steps[1]).toMatchObject({ status: 'ok', relation: 'd/dgamma' });
  });
});

describe('documents that cannot be read', () => {
  it.each([
    ['where: x in [0, 1\nx\n', 1, 18, /^where: expected '\)' or '\]'/],
    ['x\nwhere: x in [0,1], x in [1,2]\n', 2, 20, /two domains/],
    ['let: pt sigmoid(x)\nx\n', 1, 6, /expected 'NAME = expression'/],
    ['let: pt = sigmoid(x\nx\n', 1, 20, /^let pt: parenthesis \) expected/],
    ['let: log = x\nx\n', 1, 6, /built-in name/],
    ['let: pt = pt + 1\nx\n', 1, 10, /in terms of itself/],
    ['let: pt = x\nlet: pt = 2*x\npt\n', 2, 6, /already defined/],
    ['-log(pt)\nlet: pt = sigmoid(x)\n', 2, 6, /used on line 1 before this definition/],
    ['where: pt in (0, 1)\nlet: pt = sigmoid(x)\nx\n', 2, 6, /computed, not sampled/],
    ['let: pt = sigmoid(x)\nwhere: pt in (0, 1)\nx\n', 2, 7, /defined by let/],
    ['# nothing here\n\n', undefined, undefined, /no expression/],
    [`x\n${'= x\n'.repeat(250)}`, 201, undefined, /too many steps: a derivation has at most 200/],
  ])('%j', (text, line, column, message) => {
    const result = checkDerivation(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(english(result.error)).toMatch(message);
      expect(result.error.line).toBe(line);
      expect(result.error.column).toBe(column);
    }
  });
});

describe('a derivation answering a question (given where, let and start)', () => {
  const question = { where: 'x in [-6, 6], gamma in [0, 5]', let: ['pt = sigmoid(x)'], start: '-(1-pt)^gamma*log(pt)' };

  it('the learner may omit the start; lines are numbered in the learner text', () => {
    const report = check('d/dx = gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)\n= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)\n', question);
    expect(statuses(report)).toEqual([
      [1, 'd/dx', 'ok'],
      [2, '=', 'ok'],
    ]);
    expect(report.steps.at(-1)!.differentiatedBy).toEqual(['x']);
  });

  it('a first line that is not the start fails against it', () => {
    const report = check('-(1-pt)^gamma*log(1 - pt)\nd/dx = 0\n', question);
    expect(report.steps[0]).toMatchObject({ line: 1, relation: 'start', status: 'wrong' });
    expect(english(report.steps[0]!)).toMatch(/: the start = .*, line 1 = /);
    expect(check('-(1-pt)^gamma*log(pt)\n', question).ok).toBe(true);
  });

  it('a wrong derivative against the given start is caught', () => {
    const report = check('d/dx = gamma*(1-pt)^(gamma-1)*log(pt) - (1-pt)^gamma/pt\n', question);
    expect(report.steps[0]).toMatchObject({ status: 'wrong' });
    expect(english(report.steps[0]!)).toMatch(/d\/dx of the start = /);
  });

  it('names outside the question are unknown', () => {
    expect(english(check('= q*(1-pt)^gamma*log(1/pt)\n', question).steps[0]!)).toMatch(/unknown variable 'q'/);
  });

  it('a broken given where, let or start is reported without a line', () => {
    const problem = (options: Partial<typeof question>) => {
      const result = checkDerivation('= 1', { ...question, ...options });
      return result.ok ? 'checked' : english(result.error);
    };
    expect(problem({ where: 'x in [0' })).toMatch(/^given where: /);
    expect(problem({ let: ['pt = sigmoid(x'] })).toMatch(/^given let pt: /);
    expect(problem({ start: 'log(' })).toMatch(/^given start: /);
  });
});
