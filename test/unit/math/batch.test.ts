/**
 * The block evaluator (batch.ts) against the point-by-point one (evaluate.ts): the same
 * values and rounding bounds, except powers, whose faster exp(b·log a) must stay within the
 * two bounds; and the sampling loop's inline "equal" is the point judge's.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK, BlockProgram } from '../../../src/core/math/batch.js';
import { compileEvaluator, errorOfLast } from '../../../src/core/math/evaluate.js';
import { floatVerdict, plainlyEqual } from '../../../src/core/math/pointwise.js';
import { parseExpression } from '../../../src/core/math/sandbox.js';
import { seededRandom } from '../../../src/core/random.js';

const random = seededRandom(256);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function generate(depth: number): string {
  if (depth > 3 || random() < 0.25) return pick(['x', 'y', '2', '0.5', '-3', '1e-200', '1e200', 'pi', '0']);
  const a = generate(depth + 1);
  const b = generate(depth + 1);
  return pick([
    `(${a}) + (${b})`,
    `(${a}) - (${b})`,
    `(${a}) * (${b})`,
    `(${a}) / (${b})`,
    `(${a})^(${b})`,
    `(${a})^2`,
    `(${a})^0.5`,
    `-(${a})`,
    `log(${a})`,
    `log(${a}, ${b})`,
    `exp(${a})`,
    `sigmoid(${a})`,
    `softplus(${a})`,
    `tanh(${a})`,
    `sqrt(${a})`,
    `abs(${a})`,
    `max(${a}, ${b})`,
    `min(${a}, ${b}, x)`,
    `clip(${a}, -1, ${b})`,
    `relu(${a})`,
    `sign(${a})`,
    `erf(${a})`,
    `log1p(${a})`,
    `logit(${a})`,
  ]);
}

const interesting = [0, -0, 1, -1, 2, 0.5, 1e-300, 5e-324, -1e-300, 700, -700, 1e300, Number.NaN];

describe('the block evaluator', () => {
  it('matches the point evaluator on 400 generated expressions at 256 points each', () => {
    const slots = new Map([
      ['x', 0],
      ['y', 1],
    ]);
    const values = new Float64Array(2);
    const errors = new Float64Array(2);
    let compared = 0;
    const mismatches: string[] = [];
    for (let k = 0; k < 400; k++) {
      const source = generate(0);
      const parsed = parseExpression(source);
      expect(parsed.ok, source).toBe(true);
      if (!parsed.ok) continue;
      const point = compileEvaluator(parsed.value.expr, slots);
      const program = new BlockProgram(slots, values, 2);
      const column = program.add(parsed.value.expr)!;
      const xs = Array.from({ length: BLOCK }, (_, i) => (i < interesting.length ? interesting[i]! : (random() - 0.5) * 10 ** (random() * 8 - 4)));
      const ys = Array.from({ length: BLOCK }, () => (random() < 0.1 ? pick(interesting) : (random() - 0.5) * 20));
      program.inputs[0]!.v.set(xs);
      program.inputs[1]!.v.set(ys);
      program.run(BLOCK);
      const hasPower = source.includes('^');
      for (let i = 0; i < BLOCK; i++) {
        values[0] = xs[i]!;
        values[1] = ys[i]!;
        const expected = point(values, errors);
        const expectedError = errorOfLast();
        const got = column.v[i]!;
        const gotError = column.e[i]!;
        const where = `${source} at x = ${xs[i]}, y = ${ys[i]}`;
        const same = (p: number, q: number) => Object.is(p, q) || (Number.isNaN(p) && Number.isNaN(q));
        if (!hasPower) {
          if (!same(got, expected) || !same(gotError, expectedError)) mismatches.push(`${where}: ${got} ± ${gotError}, ${expected} ± ${expectedError}`);
        } else if (Number.isFinite(expected) !== Number.isFinite(got)) {
          mismatches.push(`${where}: defined ${got}, ${expected}`);
        } else if (Number.isFinite(expected) && Math.abs(got - expected) > 4 * (gotError + expectedError)) {
          mismatches.push(`${where}: ${got} ± ${gotError}, ${expected} ± ${expectedError}`);
        }
        compared++;
      }
      program.release();
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(compared).toBe(400 * BLOCK);
  });

  it('powers through exp(b·log a) stay within their bound of the exact value', () => {
    // Exact references: integer powers of exactly representable values.
    const slots = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    const program = new BlockProgram(slots, new Float64Array(2), 2);
    const column = program.add({ kind: 'pow', left: { kind: 'var', name: 'a' }, right: { kind: 'var', name: 'b' } })!;
    const cases: [number, number, number][] = [
      [3, 5, 243],
      [0.5, 10, 1 / 1024],
      [1.5, 3, 3.375],
      [4, 0.5, 2],
      [1024, 0.1, 2],
      [2, -20, 2 ** -20],
      [10, 9, 1e9],
    ];
    cases.forEach(([a, b], i) => {
      program.inputs[0]!.v[i] = a;
      program.inputs[1]!.v[i] = b;
    });
    program.run(cases.length);
    cases.forEach(([a, b, exact], i) => {
      expect(Math.abs(column.v[i]! - exact), `${a}^${b}`).toBeLessThanOrEqual(column.e[i]!);
      expect(column.e[i]!).toBeLessThan(1e-13 * exact);
    });
    program.release();
  });

  it('computes a subexpression shared by both sides once', () => {
    const slots = new Map([
      ['pt', 0],
      ['gamma', 1],
    ]);
    const a = parseExpression('-(1-pt)^gamma*log(pt)');
    const b = parseExpression('(1-pt)^gamma*log(1/pt)');
    if (!a.ok || !b.ok) throw new Error('parse');
    const both = new BlockProgram(slots, new Float64Array(2), 2);
    both.add(a.value.expr);
    const alone = (both as unknown as { steps: unknown[] }).steps.length;
    both.add(b.value.expr);
    // b adds log(pt)? no: 1/pt, log of it, and the product; (1 − pt)^γ is already there.
    expect((both as unknown as { steps: unknown[] }).steps.length).toBe(alone + 3);
    both.release();
  });

  it("the sampling loop's inline equality is exactly floatVerdict's 'equal'", () => {
    const special = [0, -0, 1, 1 + 2 ** -52, 1e-300, 5e-324, 1e300, Infinity, -Infinity, Number.NaN, 2];
    for (let k = 0; k < 20_000; k++) {
      const a = random() < 0.3 ? pick(special) : random() * 4 - 2;
      const b = random() < 0.5 ? a * (1 + (random() - 0.5) * 1e-8) : random() < 0.3 ? pick(special) : random() * 4 - 2;
      const errorA = random() < 0.2 ? pick(special) : random() * 1e-12;
      const errorB = random() < 0.2 ? pick(special) : random() * 1e-12;
      const tol = pick([0, 1e-9, 1e-3]);
      expect(plainlyEqual(a, errorA, b, errorB, tol), `${a} ${errorA} ${b} ${errorB} ${tol}`).toBe(floatVerdict(a, errorA, b, errorB, tol) === 'equal');
    }
  });
});
