/**
 * How close a numeric answer must be. Every rule allows a hair (1e-12 relative) more than
 * it states, so that an answer exactly on the boundary is not lost to binary rounding.
 */
import type { Tolerance } from '../bank/types.js';

const FLOAT_SLACK = 1e-12;

export function compareNumbers(
  given: number,
  expected: number,
  tolerance: Tolerance,
): { within: boolean; description: string } {
  const description = describeTolerance(tolerance);
  if (!Number.isFinite(given) || !Number.isFinite(expected)) return { within: false, description };
  const difference = Math.abs(given - expected);
  const slack = FLOAT_SLACK * Math.max(Math.abs(given), Math.abs(expected));
  return { within: difference <= allowedDifference(expected, tolerance) + slack, description };
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

/** "accepted within 1%", "accepted within ±0.001", "accepted to 3 significant figures"... */
export function describeTolerance(tolerance: Tolerance): string {
  if ('relative' in tolerance) return `accepted within ${trim(Math.abs(tolerance.relative) * 100)}%`;
  if ('absolute' in tolerance) return `accepted within ±${trim(Math.abs(tolerance.absolute))}`;
  if ('decimals' in tolerance) {
    const places = Math.round(tolerance.decimals);
    return `accepted to ${places} decimal place${places === 1 ? '' : 's'}`;
  }
  const figures = Math.max(1, Math.round(tolerance.sigfigs));
  return `accepted to ${figures} significant figure${figures === 1 ? '' : 's'}`;
}

/** A short decimal for a tolerance: 1, 0.5, 0.0001, 1e-9. */
function trim(value: number): string {
  return String(Number(value.toPrecision(6)));
}
