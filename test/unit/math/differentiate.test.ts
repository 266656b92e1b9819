import { describe, expect, it } from 'vitest';
import { differentiate } from '../../../src/core/math/differentiate.js';
import { compileEvaluator } from '../../../src/core/math/evaluate.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';
import { english } from '../../helpers/math-words.js';

function compile(source: string) {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(english(parsed.error));
  return parsed.value.expr;
}

function valueAt(expr: ReturnType<typeof compile>, x: number, y: number): number {
  return compileEvaluator(expr, new Map([['x', 0], ['y', 1]]))(Float64Array.of(x, y), new Float64Array(2));
}

/** Central differences with one Richardson step: error O(h⁴), independent of the symbolic rules. */
function numericDerivative(expr: ReturnType<typeof compile>, x: number, y: number): number {
  const central = (h: number) => (valueAt(expr, x + h, y) - valueAt(expr, x - h, y)) / (2 * h);
  const h = 1e-3 * Math.max(1, Math.abs(x));
  return (4 * central(h / 2) - central(h)) / 3;
}

describe('symbolic derivatives agree with numerical differentiation', () => {
  const expressions = [
    'x^3 - 2*x + 1',
    '(x^2 + 1)^y',
    'y^x',
    'x^x',
    '1/(1 + x^2)',
    'log(x)',
    'log(x, 3) + log10(x) + log2(x)',
    'exp(-x^2/2)',
    'sqrt(x^2 + y^2)',
    'abs(x - 0.3)',
    'sigmoid(3*x - y)',
    'softplus(-x) + log1p(x)',
    'min(x, y) + max(x^2, y)',
    '-(1 - sigmoid(x))^y * log(sigmoid(x))',
    '(1 - sigmoid(x))^y * (y*sigmoid(x)*log(sigmoid(x)) + sigmoid(x) - 1)',
    'x / (y + x) - (x - y)/(x*y)',
    'e^x * pi',
    '-x^-2',
  ];
  const points = [
    [0.4, 1.3],
    [1.7, 0.6],
    [0.9, 2.2],
  ] as const;

  it.each(expressions)('d/dx %s', (source) => {
    const expr = compile(source);
    const derivative = differentiate(expr, 'x');
    for (const [x, y] of points) {
      const symbolic = valueAt(derivative, x, y);
      const numeric = numericDerivative(expr, x, y);
      expect(Math.abs(symbolic - numeric), `${source} at x=${x}, y=${y}`).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
    }
  });

  it('uses the chain rule through let definitions', () => {
    const lets = new Map([['pt', compile('sigmoid(x)')]]);
    const derivative = differentiate(compile('log(pt)'), 'x', lets);
    // d/dx log σ(x) = 1 − σ(x); the derivative refers to the let by name, so give it a slot.
    const run = compileEvaluator(derivative, new Map([['x', 0], ['pt', 1]]));
    const x = 0.8;
    const pt = 1 / (1 + Math.exp(-x));
    expect(run(Float64Array.of(x, pt), new Float64Array(2))).toBeCloseTo(1 - pt, 14);
  });

  it('is zero for an expression that does not depend on the variable', () => {
    expect(differentiate(compile('y^2 + log(y)'), 'x')).toEqual({ kind: 'num', value: 0 });
  });
});
