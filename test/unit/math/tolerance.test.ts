import { describe, expect, it } from 'vitest';
import { compareNumbers } from '../../../src/core/math/index.js';

describe('numeric tolerances', () => {
  const expected = 1 / (1 - 0.968) ** 2; // 976.5625

  it('relative: within 1% of the expected value, on both sides', () => {
    expect(compareNumbers(977, expected, { relative: 0.01 })).toEqual({ within: true, description: 'accepted within 1%' });
    expect(compareNumbers(expected * 1.0099, expected, { relative: 0.01 }).within).toBe(true);
    expect(compareNumbers(expected * 0.9901, expected, { relative: 0.01 }).within).toBe(true);
    expect(compareNumbers(expected * 1.0101, expected, { relative: 0.01 }).within).toBe(false);
    expect(compareNumbers(1000, expected, { relative: 0.01 }).within).toBe(false);
    expect(compareNumbers(-977, expected, { relative: 0.01 }).within).toBe(false);
  });

  it('relative: an answer exactly on the boundary is accepted despite binary rounding', () => {
    expect(compareNumbers(1.1, 1, { relative: 0.1 }).within).toBe(true);
    expect(compareNumbers(0.9, 1, { relative: 0.1 }).within).toBe(true);
  });

  it('relative with an expected value of zero accepts only zero', () => {
    expect(compareNumbers(0, 0, { relative: 0.01 }).within).toBe(true);
    expect(compareNumbers(1e-9, 0, { relative: 0.01 }).within).toBe(false);
  });

  it('absolute', () => {
    expect(compareNumbers(0.1054, 0.10536, { absolute: 0.001 })).toEqual({ within: true, description: 'accepted within ±0.001' });
    expect(compareNumbers(0.1064, 0.10536, { absolute: 0.001 }).within).toBe(false);
    expect(compareNumbers(0.3, 0.1 + 0.2, { absolute: 0 }).within).toBe(true);
  });

  it('significant figures: within half a unit of the last figure', () => {
    expect(compareNumbers(977, expected, { sigfigs: 3 })).toEqual({ within: true, description: 'accepted to 3 significant figures' });
    expect(compareNumbers(976.6, expected, { sigfigs: 4 }).within).toBe(true);
    expect(compareNumbers(976, expected, { sigfigs: 3 }).within).toBe(false);
    expect(compareNumbers(0.105, 0.10536, { sigfigs: 3 }).within).toBe(true);
    expect(compareNumbers(0.1, 0.10536, { sigfigs: 3 }).within).toBe(false);
    expect(compareNumbers(0.12, 0.125, { sigfigs: 2 }).within).toBe(true);
    expect(compareNumbers(0.13, 0.125, { sigfigs: 2 }).within).toBe(true);
    expect(compareNumbers(-0.105, -0.10536, { sigfigs: 3 }).within).toBe(true);
    expect(compareNumbers(1, 1, { sigfigs: 1 }).description).toBe('accepted to 1 significant figure');
  });

  it('decimals', () => {
    expect(compareNumbers(0.11, 0.10536, { decimals: 2 })).toEqual({ within: true, description: 'accepted to 2 decimal places' });
    expect(compareNumbers(0.1, 0.10536, { decimals: 2 }).within).toBe(false);
    expect(compareNumbers(976.56, expected, { decimals: 2 }).within).toBe(true);
    expect(compareNumbers(977, expected, { decimals: 0 }).within).toBe(true);
    expect(compareNumbers(976, expected, { decimals: 0 }).within).toBe(false);
  });

  it('a non-finite answer is never within', () => {
    expect(compareNumbers(Number.NaN, 1, { relative: 1 }).within).toBe(false);
    expect(compareNumbers(Number.POSITIVE_INFINITY, 1, { absolute: 1e300 }).within).toBe(false);
  });

  it('describes small relative tolerances readably', () => {
    expect(compareNumbers(1, 1, { relative: 0.005 }).description).toBe('accepted within 0.5%');
    expect(compareNumbers(1, 1, { relative: 1e-6 }).description).toBe('accepted within 0.0001%');
  });
});
