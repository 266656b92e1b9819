/**
 * How close a numeric answer must be. Every rule allows a hair (1e-12 relative) more than
 * it states, so that an answer exactly on the boundary is not lost to binary rounding.
 */
import type { Tolerance } from '../bank/types.js';

const FLOAT_SLACK = 1e-12;

/** Whether `given` is within `tolerance` of `expected`; a non-finite value never is. */
export function withinTolerance(given: number, expected: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(given) || !Number.isFinite(expected)) return false;
  const difference = Math.abs(given - expected);
  const slack = FLOAT_SLACK * Math.max(Math.abs(given), Math.abs(expected));
  return difference <= allowedDifference(expected, tolerance) + slack;
}

function allowedDifference(expected: number, tolerance: Tolerance): number {
  if ('relative' in tolerance) return Math.abs(tolerance.relative) * Math.abs(expected);
  if ('absolute' in tolerance) return Math.abs(tolerance.absolute);
  if ('decimals' in tolerance) return 0.5 * 10 ** -Math.round(tolerance.decimals);
  // Significant figures: within half a unit of the last significant digit of the expected value.
  if (expected === 0) return 0;
  const figures = Math.max(1, Math.round(tolerance.sigfigs));
  const leading = Math.floor(Math.log10(Math.abs(expected)));
  return 0.5 * 10 ** (leading - figures + 1);
}
