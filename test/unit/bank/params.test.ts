import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/core/numbers.js';
import { drawParams, gridSize, parameterSets, paramValues } from '../../../src/core/bank/params.js';
import { seededRandom } from '../../../src/core/random.js';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = seededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]!++;
    }
    // 1000 expected per bucket; 4 standard deviations is about ±120.
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(130);
  });
});

describe('parameter grids', () => {
  it('lists grid points without float noise, reaching max', () => {
    const values = paramValues({ min: 0.6, max: 0.99, step: 0.01 });
    expect(values).toHaveLength(40);
    expect(values[0]).toBe(0.6);
    expect(values[20]).toBe(0.8);
    expect(values[39]).toBe(0.99);
    for (const value of values) expect(String(value)).toMatch(/^0\.\d{1,2}$/);
  });

  it('counts grid points and lists value sets as given', () => {
    expect(gridSize({ min: 0, max: 5, step: 0.5 })).toBe(11);
    expect(gridSize({ min: 1, max: 0, step: 1 })).toBe(0);
    expect(paramValues({ values: [1, 2, 5] })).toEqual([1, 2, 5]);
  });

  it('draws every parameter from its set or grid, deterministically', () => {
    const specs = { g: { values: [1, 2, 3] }, p: { min: 0.6, max: 0.99, step: 0.01 } };
    const grid = paramValues(specs.p);
    const seen = new Set<string>();
    for (let seed = 0; seed < 300; seed++) {
      const params = drawParams(specs, seed);
      expect(drawParams(specs, seed)).toEqual(params);
      expect(specs.g.values).toContain(params.g);
      expect(grid).toContain(params.p);
      seen.add(`${params.g}/${params.p}`);
    }
    // 300 draws from 120 combinations should reach most of them.
    expect(seen.size).toBeGreaterThan(80);
  });

  it('tries every combination of a small grid and a fixed sample of a large one', () => {
    const small = parameterSets({ a: { values: [1, 2] }, b: { min: 0, max: 1, step: 0.5 } });
    expect(small).toEqual([
      { a: 1, b: 0 },
      { a: 1, b: 0.5 },
      { a: 1, b: 1 },
      { a: 2, b: 0 },
      { a: 2, b: 0.5 },
      { a: 2, b: 1 },
    ]);
    const large = { x: { min: 0, max: 100, step: 0.01 } };
    expect(parameterSets(large, 50)).toHaveLength(50);
    expect(parameterSets(large, 50)).toEqual(parameterSets(large, 50));
  });
});

describe('formatNumber', () => {
  it('writes numbers without binary noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(0.8000000000000002)).toBe('0.8');
    expect(formatNumber(976.5625)).toBe('976.5625');
    expect(formatNumber(976.5625, 4)).toBe('976.6');
    expect(formatNumber(0.0010240000000000002, 4)).toBe('0.001024');
    expect(formatNumber(-2)).toBe('-2');
    expect(formatNumber(0)).toBe('0');
  });
});
