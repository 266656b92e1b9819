import { describe, expect, it } from 'vitest';
import { describeTolerance } from '../../../src/core/grading/display.js';
import { withinTolerance } from '../../../src/core/math/index.js';

describe('numeric tolerances', () => {
  const expected = 1 / (1 - 0.968) ** 2; // 976.5625

  it('relative: within 1% of the expected value, on both sides', () => {
    expect(withinTolerance(977, expected, { relative: 0.01 })).toBe(true);
    expect(withinTolerance(expected * 1.0099, expected, { relative: 0.01 })).toBe(true);
    expect(withinTolerance(expected * 0.9901, expected, { relative: 0.01 })).toBe(true);
    expect(withinTolerance(expected * 1.0101, expected, { relative: 0.01 })).toBe(false);
    expect(withinTolerance(1000, expected, { relative: 0.01 })).toBe(false);
    expect(withinTolerance(-977, expected, { relative: 0.01 })).toBe(false);
  });

  it('relative: an answer exactly on the boundary is accepted despite binary rounding', () => {
    expect(withinTolerance(1.1, 1, { relative: 0.1 })).toBe(true);
    expect(withinTolerance(0.9, 1, { relative: 0.1 })).toBe(true);
  });

  it('relative with an expected value of zero accepts only zero', () => {
    expect(withinTolerance(0, 0, { relative: 0.01 })).toBe(true);
    expect(withinTolerance(1e-9, 0, { relative: 0.01 })).toBe(false);
  });

  it('absolute', () => {
    expect(withinTolerance(0.1054, 0.10536, { absolute: 0.001 })).toBe(true);
    expect(withinTolerance(0.1064, 0.10536, { absolute: 0.001 })).toBe(false);
    expect(withinTolerance(0.3, 0.1 + 0.2, { absolute: 0 })).toBe(true);
  });

  it('significant figures: within half a unit of the last figure', () => {
    expect(withinTolerance(977, expected, { sigfigs: 3 })).toBe(true);
    expect(withinTolerance(976.6, expected, { sigfigs: 4 })).toBe(true);
    expect(withinTolerance(976, expected, { sigfigs: 3 })).toBe(false);
    expect(withinTolerance(0.105, 0.10536, { sigfigs: 3 })).toBe(true);
    expect(withinTolerance(0.1, 0.10536, { sigfigs: 3 })).toBe(false);
    expect(withinTolerance(0.12, 0.125, { sigfigs: 2 })).toBe(true);
    expect(withinTolerance(0.13, 0.125, { sigfigs: 2 })).toBe(true);
    expect(withinTolerance(-0.105, -0.10536, { sigfigs: 3 })).toBe(true);
  });

  it('decimals', () => {
    expect(withinTolerance(0.11, 0.10536, { decimals: 2 })).toBe(true);
    expect(withinTolerance(0.1, 0.10536, { decimals: 2 })).toBe(false);
    expect(withinTolerance(976.56, expected, { decimals: 2 })).toBe(true);
    expect(withinTolerance(977, expected, { decimals: 0 })).toBe(true);
    expect(withinTolerance(976, expected, { decimals: 0 })).toBe(false);
  });

  it('a non-finite answer is never within', () => {
    expect(withinTolerance(Number.NaN, 1, { relative: 1 })).toBe(false);
    expect(withinTolerance(Number.POSITIVE_INFINITY, 1, { absolute: 1e300 })).toBe(false);
  });

  it('is described to the learner readably, small relative tolerances included', () => {
    expect(describeTolerance({ relative: 0.01 }, 'en')).toBe('tolerance ±1%');
    expect(describeTolerance({ relative: 0.005 }, 'en')).toBe('tolerance ±0.5%');
    expect(describeTolerance({ relative: 1e-6 }, 'en')).toBe('tolerance ±0.0001%');
    expect(describeTolerance({ absolute: 0.001 }, 'en')).toBe('tolerance ±0.001');
    expect(describeTolerance({ sigfigs: 1 }, 'en')).toBe('rounded to 1 significant figure');
    expect(describeTolerance({ decimals: 2 }, 'zh')).toBe('保留 2 位小数');
  });
});
