import { describe, expect, it } from 'vitest';
import { compileExpression, evaluateExpression, MAX_LENGTH } from '../../../src/core/math/index.js';
import { english } from '../../helpers/math-words.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';

function errorOf(source: string, scope: Record<string, number> = {}) {
  const result = evaluateExpression(source, scope);
  if (result.ok) throw new Error(`expected "${source}" to be refused, got ${result.value}`);
  return result.error;
}

describe('the sandbox refuses what is not arithmetic', () => {
  it.each(['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver', 'compile', 'help', 'gamma', 'foo'])(
    '%s(...) is an unknown function',
    (name) => {
      expect(english(errorOf(`${name}(1)`))).toBe(`unknown function '${name}'`);
    },
  );

  it('names the function of an escape attempt, with its column', () => {
    const error = errorOf('1 + import({}, {override: true})');
    expect(english(error)).toBe("unknown function 'import'");
    expect(error.column).toBe(5);
  });

  it.each([
    ['[].constructor', /property access/],
    ['x.__proto__', /property access/],
    ['x["a"]', /property access|indexing/],
    ['[1, 2]', /matrices/],
    ['"abc"', /strings/],
    ["'abc'", /strings/],
    ['x = 1', /assignment/],
    ['f(x) = x', /defining functions/],
    ['1; 2', /only one expression/],
    ['1\n2', /only one expression/],
    ['x ? 1 : 2', /conditional/],
    ['1:3', /ranges/],
    ['{a: 1}', /objects/],
    ['x == 1', /operator '=='/],
    ['x < 1', /operator '<'/],
    ['5!', /operator '!'/],
    ['x mod 2', /operator 'mod'/],
    ["x'", /operator/],
    ['5 cm to inch', /operator 'to'/],
    ['true', /not a number/],
    ['50%', /'%' is not allowed/],
    ['1 + # 2', /'#' is not allowed/],
    ['null', /not a number/],
  ])('%j is refused (%s)', (source, message) => {
    expect(english(errorOf(source, { x: 1 }))).toMatch(message);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'])('%s cannot be a variable', (name) => {
    expect(compileExpression(`${name} + 1`).ok).toBe(false);
    expect(english(errorOf(name))).toMatch(/not allowed as a name/);
  });

  it('a unit is just an unknown variable', () => {
    expect(english(errorOf('5 cm'))).toMatch(/unknown variable 'cm'/);
  });

  it('a function name used as a value says how to call it', () => {
    expect(english(errorOf('ln x'))).toBe("'ln' is a function: write ln(…)");
  });

  it('checks the number of arguments', () => {
    expect(english(errorOf('log10(1, 2)'))).toBe('log10 takes 1 argument, not 2');
    expect(english(errorOf('exp()'))).toMatch(/exp takes 1 argument, not 0/);
  });
});

describe('limits on size and time', () => {
  it('refuses input longer than the limit', () => {
    const error = errorOf('1+'.repeat(MAX_LENGTH) + '1');
    expect(english(error)).toMatch(/too long/);
  });

  it('refuses deep bracket nesting before parsing, with the column', () => {
    const error = errorOf('('.repeat(100) + '1' + ')'.repeat(100));
    expect(english(error)).toMatch(/nested too deeply/);
    expect(error.column).toBe(65);
  });

  it('a long power tower is fast and not a real number', () => {
    const start = performance.now();
    const error = errorOf(Array(600).fill('9').join('^'));
    expect(performance.now() - start).toBeLessThan(200);
    expect(english(error)).toMatch(/no real, finite value|nested too deeply/);
  });

  it('a huge exponent is simply not finite', () => {
    expect(english(errorOf('10^10^10'))).toMatch(/no real, finite value/);
    expect(english(errorOf('1e999'))).toMatch(/too large/);
  });
});

describe('names and spellings', () => {
  it('gamma is a variable, never the gamma function', () => {
    expect(evaluateExpression('gamma', { gamma: 2.5 })).toEqual({ ok: true, value: 2.5 });
    expect(evaluateExpression('gamma + 1', { gamma: 0 })).toEqual({ ok: true, value: 1 });
  });

  it('accepts γ, α, pₜ and p_t', () => {
    const compiled = compileExpression('-α·(1 − pₜ)^γ·log(p_t)');
    expect(compiled.ok && compiled.value.variables).toEqual(['alpha', 'pt', 'gamma']);
    const value = compiled.ok ? compiled.value.evaluate({ alpha: 0.25, pt: 0.9, gamma: 2 }) : undefined;
    expect(value).toBeCloseTo(-0.25 * 0.01 * Math.log(0.9), 15);
  });

  it('accepts printed operators: −, ·, ×, ÷ and superscripts', () => {
    expect(evaluateExpression('(1 − 0.968)² × 2 ÷ 4')).toMatchObject({ ok: true });
    const value = evaluateExpression('(1 − 0.968)² × 2 ÷ 4');
    expect(value.ok && value.value).toBeCloseTo((0.032 ** 2 * 2) / 4, 15);
    expect(evaluateExpression('2⁻¹')).toEqual({ ok: true, value: 0.5 });
  });

  it('has ln, log (natural, or with a base), log10, log2, exp, sqrt, abs, log1p, min, max, e, pi', () => {
    const cases: [string, number][] = [
      ['ln(e)', 1],
      ['log(e^2)', 2],
      ['log(8, 2)', 3],
      ['log10(1000)', 3],
      ['log2(1024)', 10],
      ['exp(0)', 1],
      ['sqrt(16)', 4],
      ['abs(-3)', 3],
      ['log1p(0)', 0],
      ['min(3, 1, 2)', 1],
      ['max(3, 1, 2)', 3],
      ['cos(0)', 1],
    ];
    for (const [source, expected] of cases) {
      const result = evaluateExpression(source);
      if (Number.isNaN(expected)) expect(result.ok).toBe(false);
      else expect(result.ok && result.value, source).toBeCloseTo(expected, 12);
    }
    expect(evaluateExpression('pi').ok && evaluateExpression('π')).toEqual({ ok: true, value: Math.PI });
  });

  it('with allowedVariables, another variable is an error with its column', () => {
    const result = compileExpression('pt + q', { allowedVariables: ['pt', 'gamma'] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(english(result.error)).toBe("unknown variable 'q' (known: pt, gamma)");
      expect(result.error.column).toBe(6);
    }
  });

  it('with allowedVariables, pt(1 - pt) is a product', () => {
    const result = compileExpression('pt(1 - pt)', { allowedVariables: ['pt'] });
    expect(result.ok && result.value.evaluate({ pt: 0.25 })).toBeCloseTo(0.1875, 15);
  });

  it('a missing variable in evaluateExpression is an error', () => {
    expect(english(errorOf('x + 1'))).toMatch(/unknown variable 'x'/);
  });
});

describe('parse errors carry a column in the text as typed', () => {
  it.each([
    ['1+(2', 5, /parenthesis \) expected/i],
    ['1 +', 4, /unexpected end/i],
    ['2 3', 3, /unexpected/i],
    ['(1 − 2)² + @', 12, /syntax error/i],
    // Trailing blanks are not read: the end is where the text ends.
    ['1 +  \t ', 4, /unexpected end/i],
    ['x\n  ', 2, /only one expression/i],
  ])('%j at column %i', (source, column, message) => {
    const error = errorOf(source);
    expect(error.column).toBe(column);
    expect(english(error)).toMatch(message);
  });

  it('trailing spaces and tabs change nothing else', () => {
    const plain = parseExpression('-(1-pt)^gamma*log(pt)');
    const padded = parseExpression(`-(1-pt)^gamma*log(pt)${' '.repeat(1500)}\t `);
    expect(plain.ok && padded.ok).toBe(true);
    if (plain.ok && padded.ok) expect(padded.value).toEqual(plain.value);
  });

  it('an empty expression is an error', () => {
    expect(english(errorOf('   '))).toBe('the expression is empty');
  });
});
