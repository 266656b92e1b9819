/**
 * The error function in float64 (JavaScript has none), for GELU: a Taylor series where it
 * converges fast, the continued fraction of erfc beyond. Relative error below about 1e-14,
 * which evaluate.ts states as this function's rounding bound.
 */

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const SQRT_PI = 1.772453850905516;

export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax < 2.5) return erfSeries(x);
  const tail = erfcContinuedFraction(ax);
  return x > 0 ? 1 - tail : tail - 1;
}

/** erf(x) = 2/√π · Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 100; n++) {
    term *= -x2 / n;
    const piece = term / (2 * n + 1);
    sum += piece;
    if (Math.abs(piece) <= Math.abs(sum) * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/** erfc(x) for x ≥ 2.5: e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by Lentz's method. */
function erfcContinuedFraction(x: number): number {
  if (x > 27) return 0;
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}
