/**
 * Where two expressions are compared: a seeded, deterministic set of points in the domains.
 *
 * 512 points in three parts, each aimed at a way a difference can hide:
 *  - 16 "nice" points (0.5, 2, 1, 0, −1, ...) first, so a counterexample is readable;
 *  - 256 Latin-hypercube points: every variable's interval is cut into 256 strata and each
 *    stratum is sampled once, so a difference on any sub-interval wider than 2/256 of the
 *    domain (< 0.8 %) is always hit;
 *  - 240 points pushed towards the ends: each coordinate sits, with probability 0.9, at a
 *    log-uniform distance between 10⁻¹ and 10⁻¹² of the width from one end (exactly on a
 *    closed end one time in ten), which catches differences confined to a sliver next to an
 *    end (pt → 1, γ = 0) that uniform sampling would miss.
 * The count keeps one focal-loss check near a millisecond (see bench/math.bench.ts).
 */
import { seededRandom } from '../random.js';
import { isInside } from './domains.js';
import type { Domain } from './types.js';

export const NICE_POINTS = 16;
export const STRATIFIED_POINTS = 256;
export const EDGE_POINTS = 240;
export const SAMPLE_COUNT = NICE_POINTS + STRATIFIED_POINTS + EDGE_POINTS;
export const DEFAULT_SEED = 0x5eed;

/** Points as rows of `domains.length` coordinates, in the order of `domains`. */
export interface PointSet {
  count: number;
  dims: number;
  coords: Float64Array;
}

const cache = new Map<string, PointSet>();

export function samplePoints(domains: readonly Domain[], seed = DEFAULT_SEED): PointSet {
  const key = `${seed}|${domains.map((d) => `${d.lo},${d.hi},${d.loOpen},${d.hiOpen}`).join(';')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const points = generate(domains, seed);
  if (cache.size > 200) cache.clear();
  cache.set(key, points);
  return points;
}

function generate(domains: readonly Domain[], seed: number): PointSet {
  const dims = domains.length;
  const random = seededRandom(seed);
  const coords = new Float64Array(SAMPLE_COUNT * dims);
  domains.forEach((domain, j) => {
    const nice = niceValues(domain);
    for (let k = 0; k < NICE_POINTS; k++) coords[k * dims + j] = nice[(k + j) % nice.length]!;
    const strata = shuffled(STRATIFIED_POINTS, random);
    for (let k = 0; k < STRATIFIED_POINTS; k++) {
      const u = (strata[k]! + random()) / STRATIFIED_POINTS;
      coords[(NICE_POINTS + k) * dims + j] = inward(domain, domain.lo + u * (domain.hi - domain.lo));
    }
    for (let k = 0; k < EDGE_POINTS; k++) {
      coords[(NICE_POINTS + STRATIFIED_POINTS + k) * dims + j] = nearAnEnd(domain, random);
    }
  });
  return { count: SAMPLE_COUNT, dims, coords };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    [order[i], order[k]] = [order[k]!, order[i]!];
  }
  return order;
}

function nearAnEnd(domain: Domain, random: () => number): number {
  const width = domain.hi - domain.lo;
  const choice = random();
  if (choice >= 0.9) return inward(domain, domain.lo + random() * width);
  const atLow = choice < 0.45;
  const closed = atLow ? !domain.loOpen : !domain.hiOpen;
  if (closed && random() < 0.1) return atLow ? domain.lo : domain.hi;
  const distance = width * 10 ** (-1 - 11 * random());
  return inward(domain, atLow ? domain.lo + distance : domain.hi - distance);
}

/** Moves a value that rounding put on an open end (or outside) back inside. */
function inward(domain: Domain, value: number): number {
  if (isInside(domain, value)) return value;
  const width = domain.hi - domain.lo;
  const nudged = value <= domain.lo ? domain.lo + width * 1e-12 : domain.hi - width * 1e-12;
  return isInside(domain, nudged) ? nudged : (domain.lo + domain.hi) / 2;
}

const NICE_CANDIDATES = [0.5, 2, 1, 0, -1, -0.5, -2, 0.25, 0.75, 3, 0.1, 0.9, -3, 5, 10, -10];

/** Simple values inside the domain, simplest first, for readable counterexamples. */
export function niceValues(domain: Domain): number[] {
  const values = NICE_CANDIDATES.filter((value) => isInside(domain, value));
  for (const value of [(domain.lo + domain.hi) / 2, domain.lo, domain.hi]) {
    if (isInside(domain, value) && !values.includes(value)) values.push(value);
  }
  return values.length > 0 ? values.slice(0, 10) : [(domain.lo + domain.hi) / 2];
}
