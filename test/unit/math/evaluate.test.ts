import { describe, expect, it } from 'vitest';
import { compileExpression, evaluateExpression } from '../../../src/core/math/index.js';
import { english } from '../../helpers/math-words.js';

function valueOf(source: string, scope: Record<string, number> = {}): number | undefined {
  const compiled = compileExpression(source);
  if (!compiled.ok) throw new Error(english(compiled.error));
  return compiled.value.evaluate(scope);
}

describe('real-valued evaluation', () => {
  it('computes the paper numbers', () => {
    // FL/CE at pt = 0.968, γ = 2 is 0.032² = 0.001024 (paper §3.2): about 977× smaller.
    expect(valueOf('1/(1-0.968)^2')).toBeCloseTo(1 / 0.001024, 9);
    expect(valueOf('-log(0.9)')).toBeCloseTo(0.10536051565782628, 15);
    expect(valueOf('-log10(0.9)')).toBeCloseTo(0.045757490560675115, 15);
  });

  it('a complex or non-finite result is "not defined here"', () => {
    for (const source of ['log(-1)', 'sqrt(-1)', '(-8)^(1/3)', '1/0', 'log(0)', '0/0', 'exp(1000)']) {
      expect(valueOf(source), source).toBeUndefined();
    }
    expect(evaluateExpression('log(-1)').ok).toBe(false);
  });

  it('a negative base with an integer power is fine', () => {
    expect(valueOf('(-2)^3')).toBe(-8);
    expect(valueOf('(-2)^2')).toBe(4);
    expect(valueOf('-2^2')).toBe(-4);
  });

  it('a missing variable makes the value undefined, not an exception', () => {
    expect(valueOf('x + 1', {})).toBeUndefined();
  });

  it('follows mathjs precedence: unary minus below power, implicit multiplication', () => {
    expect(valueOf('-x^2', { x: 3 })).toBe(-9);
    expect(valueOf('2x', { x: 3 })).toBe(6);
    expect(valueOf('2^3^2')).toBe(512);
  });
});

describe('sigmoid and softplus are stable for any logit', () => {
  // References written independently of the implementation.
  const logistic = (x: number) => 1 / (1 + Math.exp(-x));

  it('sigmoid at ±1000 and in between', () => {
    expect(valueOf('sigmoid(1000)')).toBe(1);
    expect(valueOf('sigmoid(-1000)')).toBe(0);
    expect(valueOf('sigmoid(-30)')! / (1 / (1 + Math.exp(30)))).toBeCloseTo(1, 14);
    for (const x of [-20, -3, -0.5, 0, 0.5, 3, 20]) {
      expect(valueOf('sigmoid(x)', { x })! / logistic(x)).toBeCloseTo(1, 12);
    }
  });

  it('softplus at ±1000 and in between', () => {
    expect(valueOf('softplus(1000)')).toBe(1000);
    expect(valueOf('softplus(-1000)')).toBe(0);
    expect(valueOf('softplus(-1000) + 1')).toBe(1);
    for (const x of [-20, -3, 0, 3, 20]) {
      expect(valueOf('softplus(x)', { x })).toBeCloseTo(Math.log(1 + Math.exp(x)), 12);
    }
  });

  it('softplus(-x) is the cross entropy of logit x for target 1, even at x = -1000', () => {
    expect(valueOf('softplus(-x)', { x: -1000 })).toBe(1000);
    expect(valueOf('softplus(-x)', { x: 2 })).toBeCloseTo(-Math.log(logistic(2)), 14);
  });
});
