import { describe, expect, it } from 'vitest';
import { defaultDomain, describeDomain, parseDomains } from '../../../src/core/math/index.js';
import { english } from '../../helpers/math-words.js';

const parsed = (spec: string) => {
  const result = parseDomains(spec);
  if (!result.ok) throw new Error(`${english(result.error)} at ${result.error.column}`);
  return result.value;
};

const problem = (spec: string) => {
  const result = parseDomains(spec);
  if (result.ok) throw new Error(`expected "${spec}" to be refused`);
  return result.error;
};

describe('domain specs', () => {
  it('reads open and closed ends', () => {
    expect(parsed('pt in (0,1), gamma in [0, 5]')).toEqual([
      { name: 'pt', lo: 0, hi: 1, loOpen: true, hiOpen: true },
      { name: 'gamma', lo: 0, hi: 5, loOpen: false, hiOpen: false },
    ]);
    expect(parsed('x in (0, 1], y in [-1, 0)')).toEqual([
      { name: 'x', lo: 0, hi: 1, loOpen: true, hiOpen: false },
      { name: 'y', lo: -1, hi: 0, loOpen: false, hiOpen: true },
    ]);
  });

  it('bounds may be expressions; names may be Greek', () => {
    const [x, g, a] = parsed('x in [-pi, 1e-6], γ ∈ [0, 2*2.5], α in (0, (1+1)/2)');
    expect(x).toEqual({ name: 'x', lo: -Math.PI, hi: 1e-6, loOpen: false, hiOpen: false });
    expect(g).toEqual({ name: 'gamma', lo: 0, hi: 5, loOpen: false, hiOpen: false });
    expect(a).toEqual({ name: 'alpha', lo: 0, hi: 1, loOpen: true, hiOpen: true });
  });

  it('an empty spec is no domains', () => {
    expect(parsed('')).toEqual([]);
    expect(parsed('   ')).toEqual([]);
  });

  it('domains are separated by commas, or by semicolons', () => {
    const both = [
      { name: 'x', lo: -1, hi: 1, loOpen: false, hiOpen: false },
      { name: 'pt', lo: 0, hi: 1, loOpen: true, hiOpen: true },
    ];
    expect(parsed('x in [-1, 1], pt in (0, 1)')).toEqual(both);
    expect(parsed('x in [-1, 1]; pt in (0, 1)')).toEqual(both);
  });

  it('a single point needs both ends closed', () => {
    expect(parsed('gamma in [2, 2]')).toEqual([{ name: 'gamma', lo: 2, hi: 2, loOpen: false, hiOpen: false }]);
    expect(english(problem('gamma in (2, 2]'))).toMatch(/empty/);
    expect(english(problem('x in [1, 0]'))).toBe("the interval of 'x' is empty (1 to 0)");
  });

  it.each([
    ['pt (0,1)', "expected 'in' after 'pt'", 4],
    ['pt in 0,1', "expected '(' or '[' to open the interval of 'pt'", 7],
    ['pt in (0,1', "expected ')' or ']' to close the interval of 'pt'", 11],
    ['pt in (0 1)', "expected ',' after the lower bound of 'pt'", 11],
    ['pt in (0,1) gamma in [0,5]', "expected ',' before the next domain", 13],
    ['pt in (0,1), in [0,5]', "expected 'in' after 'in'", 17],
    ['pt in (,1)', "the lower bound of 'pt' is missing", 8],
    ['pt in (0, foo(1))', "upper bound of 'pt': unknown function 'foo'", 11],
    ['pt in (0, q)', "upper bound of 'pt': unknown variable 'q' (this expression takes no variables)", 11],
    ['pt in (0, 1/0)', "upper bound of 'pt': a bound must be a finite number", 10],
    ['x in [0,1], x in [2,3]', "'x' has two domains", 13],
    ['x in [-1e308, 1e308]', "the interval of 'x' is too wide to sample", 1],
    ['3 in [0,1]', 'expected a variable name (e.g. "pt in (0, 1)")', 1],
  ])('%j → %s (column %i)', (spec, message, column) => {
    const error = problem(spec);
    expect(english(error)).toBe(message);
    expect(error.column).toBe(column);
  });

  it('columns count the characters as typed, Greek included', () => {
    // The problem is at the end: one past the last character typed.
    expect(problem('γ ∈ [0, 5], α ∈ (0, 1').column).toBe(22);
    expect(english(problem('γ ∈ [0, 5], α ∈ (0, q)'))).toMatch(/unknown variable 'q'/);
    expect(problem('γ ∈ [0, 5], α ∈ (0, q)').column).toBe(21);
  });
});

describe('default domains', () => {
  it('follow the CLI contract', () => {
    expect(defaultDomain('pt')).toEqual({ name: 'pt', lo: 0, hi: 1, loOpen: true, hiOpen: true });
    expect(defaultDomain('p')).toMatchObject({ lo: 0, hi: 1, loOpen: true, hiOpen: true });
    expect(defaultDomain('alpha')).toMatchObject({ lo: 0, hi: 1, loOpen: true, hiOpen: true });
    expect(defaultDomain('gamma')).toMatchObject({ lo: 0, hi: 5, loOpen: false, hiOpen: false });
    expect(defaultDomain('x')).toMatchObject({ lo: -10, hi: 10, loOpen: false, hiOpen: false });
    expect(defaultDomain('z')).toMatchObject({ lo: -10, hi: 10 });
    expect(defaultDomain('w')).toMatchObject({ lo: -2, hi: 2, loOpen: false, hiOpen: false });
  });

  it('describe themselves in --where syntax', () => {
    expect(describeDomain(defaultDomain('pt'))).toBe('pₜ in (0, 1)');
    expect(describeDomain(defaultDomain('gamma'))).toBe('γ in [0, 5]');
    const again = parseDomains(describeDomain(defaultDomain('gamma')));
    expect(again.ok && again.value[0]).toEqual(defaultDomain('gamma'));
  });

  it('a narrow domain is described with the figures that tell its ends apart', () => {
    const narrow = parseDomains('x in [0.9999999999, 1.0000000001]');
    expect(narrow.ok && describeDomain(narrow.value[0]!)).toBe('x in [0.9999999999, 1.0000000001]');
    const wide = parseDomains('x in [0.123456789, 2]');
    expect(wide.ok && describeDomain(wide.value[0]!)).toBe('x in [0.123457, 2]');
  });
});
