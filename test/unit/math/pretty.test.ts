import { describe, expect, it } from 'vitest';
import { compileExpression, prettyExpression } from '../../../src/core/math/index.js';
import { english } from '../../helpers/math-words.js';

const pretty = (source: string) => {
  const result = prettyExpression(source);
  if (!result.ok) throw new Error(english(result.error));
  return result.value;
};

describe('pretty printing for the live preview', () => {
  it.each([
    ['-(1-pt)^gamma*log(pt)', '−(1 − pₜ)^γ · log(pₜ)'],
    ['1/(1-0.968)^2', '1 / (1 − 0.968)²'],
    ['-alpha*(1-p_t)^γ*ln(pt)', '−α · (1 − pₜ)^γ · log(pₜ)'],
    ['(1-pt)^(gamma-1)', '(1 − pₜ)^(γ − 1)'],
    ['a-(b-c)', 'a − (b − c)'],
    ['a-(b+c)', 'a − (b + c)'],
    ['a+(b-c)', 'a + b − c'],
    ['a/(b*c)', 'a / (b · c)'],
    ['a*(b*c)', 'a · b · c'],
    ['a*-b', 'a · (−b)'],
    ['a + -b*c', 'a + (−b · c)'],
    ['(-x)^2', '(−x)²'],
    ['(x^2)^0.5', '(x²)^0.5'],
    ['x^-1', 'x^(−1)'],
    ['-(-x)', '−(−x)'],
    ['sigmoid(x)*(1-sigmoid(x))', 'σ(x) · (1 − σ(x))'],
    ['log(x, 2) + pi + e', 'log(x, 2) + π + e'],
    ['x^10', 'x¹⁰'],
  ])('%s → %s', (source, expected) => {
    expect(pretty(source)).toBe(expected);
  });

  it('what it prints reads back as the same function', () => {
    const sources = ['-(1-pt)^gamma*log(pt)', 'a-(b-c)/d^-2', '(-x)^2 - -x*y/(z*w)', 'x^2^3', '(x^2)^3', '1/sigmoid(-x)^2'];
    const scope = { pt: 0.3, gamma: 1.7, a: 0.4, b: -1.3, c: 0.8, d: 1.9, x: -0.7, y: 1.1, z: 0.6, w: -1.4 };
    for (const source of sources) {
      const original = compileExpression(source);
      const reread = compileExpression(pretty(source));
      expect(reread.ok, pretty(source)).toBe(true);
      if (original.ok && reread.ok) expect(reread.value.evaluate(scope)).toBe(original.value.evaluate(scope));
    }
  });

  it('CompiledExpression.pretty() is the same text', () => {
    const compiled = compileExpression('-(1-pt)^gamma*log(pt)');
    expect(compiled.ok && compiled.value.pretty()).toBe('−(1 − pₜ)^γ · log(pₜ)');
  });
});
