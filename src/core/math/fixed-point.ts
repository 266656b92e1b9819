/**
 * Natural logarithm and exponential for the high-precision judge, in decimal fixed point on
 * BigInt: several times faster than decimal.js's own at 60 digits, which made every
 * high-precision check cost a millisecond or more.
 *
 * Both work with `places` decimals after the point, at least 14 more than the digits asked
 * for (ln near 1 as many more as x − 1 has leading zeros), and return values good to about
 * 10^-(places − 4) absolutely. Each says when that is not good enough relatively by returning
 * undefined, and the caller falls back to decimal.js.
 */
import { Decimal } from 'decimal.js';

const GUARD = 14;
const constants = new Map<number, { scale: bigint; ln2: bigint; ln10: bigint }>();

/** ln 2 and ln 10 with `places` decimals, computed once by decimal.js. */
function constantsFor(places: number): { scale: bigint; ln2: bigint; ln10: bigint } {
  let known = constants.get(places);
  if (!known) {
    const D = Decimal.clone({ precision: places + 10 });
    const fixed = (value: Decimal) => BigInt(value.times(new D(10).pow(places)).toFixed(0));
    known = { scale: 10n ** BigInt(places), ln2: fixed(D.ln(2)), ln10: fixed(D.ln(10)) };
    constants.set(places, known);
  }
  return known;
}

/**
 * Places rounded up to a multiple of 32: each number of places needs its own ln 2 and ln 10
 * (about 13 ms to make at 300), so few numbers serve every precision and argument.
 */
function roundedPlaces(places: number): number {
  return Math.ceil(places / 32) * 32;
}

/** `x` (positive) as m·10^k with m in [1, 10), m in fixed point with `places` decimals. */
function split(x: Decimal, places: number): { m: bigint; k: number } {
  const [mantissa, exponent] = x.toExponential(places).split('e') as [string, string];
  return { m: BigInt(mantissa.replace('.', '')), k: Number(exponent) };
}

/** ln(x) for x > 0 to `digits` significant digits, or undefined near x = 1 (where the result is near 0). */
export function lnFixed(x: Decimal, digits: number): Decimal | undefined {
  if (!x.isPos() || x.isZero() || !x.isFinite()) return undefined;
  // Near 1, ln x is about x − 1: as many more places as x − 1 has leading zeros keep it relatively exact.
  const gap = x.minus(1).abs();
  const extra = gap.isZero() ? 0 : Math.max(0, -gap.e);
  const places = roundedPlaces(digits + GUARD + extra);
  const { scale, ln2, ln10 } = constantsFor(places);
  const { m, k } = split(x, places);
  // m = 2^j·r with r in [0.75, 1.5): then ln r = 2·atanh((r − 1)/(r + 1)), |z| ≤ 0.2.
  let j = 0;
  let r = m;
  while (r >= (scale * 3n) / 2n) {
    r /= 2n;
    j++;
  }
  const z = ((r - scale) * scale) / (r + scale);
  const z2 = (z * z) / scale;
  let power = z;
  let sum = 0n;
  for (let n = 1n; power !== 0n; n += 2n) {
    sum += power / n;
    power = (power * z2) / scale;
  }
  const result = 2n * sum + BigInt(j) * ln2 + BigInt(k) * ln10;
  // Absolute error about 10^-(places − 3): relatively too coarse where |ln x| is far below |x − 1|.
  if ((result < 0n ? -result : result) * 10n ** BigInt(extra + 3) < scale) return undefined;
  return new Decimal(`${result}e-${places}`);
}

/** exp(x) to `digits` significant digits, or undefined for |x| beyond 10^6 (decimal.js then decides). */
export function expFixed(x: Decimal, digits: number): Decimal | undefined {
  if (!x.isFinite() || x.abs().gt(1e6)) return undefined;
  // x = q·ln 10 + r with r in [0, ln 10): exp(x) = 10^q·exp(r). Each unit of q costs a digit
  // of r's accuracy, so the places grow with it.
  const q = Math.floor(x.toNumber() / Math.LN10);
  const places = roundedPlaces(digits + GUARD + String(Math.abs(q)).length);
  const { scale, ln10 } = constantsFor(places);
  const fixedX = BigInt(x.toFixed(places).replace('.', ''));
  let r = fixedX - BigInt(q) * ln10;
  let shift = 0;
  // r/2^s small enough for a short Taylor series, then squared s times.
  while (r > scale / 1000n || r < -scale / 1000n) {
    r /= 2n;
    shift++;
  }
  let term = scale;
  let sum = scale;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (scale * n);
    sum += term;
  }
  for (let s = 0; s < shift; s++) sum = (sum * sum) / scale;
  return new Decimal(`${sum}e${q - places}`);
}

/** Per number of places: decimal.js at that precision, 2^bits and √π (each costs tens of µs to make). */
const seriesContexts = new Map<number, { D: typeof Decimal; bits: number; unit: Decimal; sqrtPi: Decimal }>();

function seriesContext(places: number): { D: typeof Decimal; bits: number; unit: Decimal; sqrtPi: Decimal } {
  let known = seriesContexts.get(places);
  if (!known) {
    const D = Decimal.clone({ precision: places + 10 });
    const bits = Math.ceil(places * Math.log2(10));
    known = { D, bits, unit: new D(2).pow(bits), sqrtPi: D.acos(-1).sqrt() };
    if (seriesContexts.size > 64) seriesContexts.clear();
    seriesContexts.set(places, known);
  }
  return known;
}

/**
 * Decimal places erfSeriesFixed works with for x² = `x2` (its cost grows with them and with x²),
 * rounded up so that few contexts serve every x.
 */
export function erfSeriesPlaces(x2: number, digits: number): number {
  return roundedPlaces(digits + GUARD + x2 / 2.3);
}

/**
 * erf(x) to `digits` significant digits by its Taylor series, in binary fixed point on BigInt:
 * erf(x) = 2x/√π · S with S = Σ (−x²)ⁿ/(n!·(2n + 1)), which lies in [0.04, 1] for |x| ≤ 27.
 * Its terms grow to about e^(x²) before they shrink, so x²/2.3 more digits are carried; it
 * takes about e·x² terms. Ten times as fast as decimal.js doing the same.
 */
export function erfSeriesFixed(x: Decimal, digits: number): Decimal {
  const x2 = x.times(x);
  const { D, bits, unit, sqrtPi } = seriesContext(erfSeriesPlaces(x2.toNumber(), digits));
  const shift = BigInt(bits);
  const fixedX2 = BigInt(new D(x2).times(unit).toFixed(0));
  let term = 1n << shift;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term = -((term * fixedX2) >> shift) / n;
    sum += term / (2n * n + 1n);
  }
  return new D(sum.toString()).div(unit).times(x).times(2).div(sqrtPi).toSignificantDigits(digits);
}
