/**
 * Where two expressions are compared: a seeded, deterministic set of points in the domains,
 * in three parts, each aimed at a way a difference can hide:
 *  - 16 "nice" points (0.5, 2, 1, 0, −1, ...) first, so a counterexample is readable;
 *  - Latin-hypercube points (256 by default, more when the caller can afford them): every
 *    variable's interval is cut into that many strata and each stratum is sampled once, at
 *    the same random offset in each, so that a variable's values are evenly spaced and a
 *    difference on any sub-interval wider than one stratum is always hit;
 *  - points pushed towards the ends: each coordinate sits, with probability 0.9, at a
 *    log-uniform distance from one end between a tenth of the width and the smallest
 *    distance a double can have from that end (one ulp from 1; from 0, the smallest
 *    positive double 5e-324, through the subnormals), exactly on a closed end one time in ten; this catches differences confined to a sliver next to an
 *    end (log(max(pt, 1e-15)) against log(pt), γ = 0) that uniform sampling would miss.
 */
import { seededRandom } from '../random.js';
import { isInside } from './domains.js';
import type { Domain } from './types.js';

export const NICE_POINTS = 16;
export const STRATIFIED_POINTS = 256;
export const EDGE_POINTS = 240;
/** The default number of points (derivation checks). */
export const SAMPLE_COUNT = NICE_POINTS + STRATIFIED_POINTS + EDGE_POINTS;
export const DEFAULT_SEED = 0x5eed;

/** Points as rows of `domains.length` coordinates, in the order of `domains`. */
export interface PointSet {
  count: number;
  dims: number;
  coords: Float64Array;
}

const cache = new Map<string, PointSet>();

/** `stratified` Latin-hypercube points (and a proportional share of edge points). */
/** Is the `index`th point of a set of `stratified` Latin-hypercube points one of those (not a simple value, nor pushed towards an end)? */
export function isStratified(index: number, stratified: number): boolean {
  return index >= NICE_POINTS && index < NICE_POINTS + stratified;
}

export function samplePoints(domains: readonly Domain[], seed = DEFAULT_SEED, stratified = STRATIFIED_POINTS): PointSet {
  const key = `${seed}|${stratified}|${domains.map((d) => `${d.lo},${d.hi},${d.loOpen},${d.hiOpen}`).join(';')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const points = generate(domains, seed, stratified);
  if (cache.size > 200) cache.clear();
  cache.set(key, points);
  return points;
}

function generate(domains: readonly Domain[], seed: number, stratified: number): PointSet {
  const dims = domains.length;
  const random = seededRandom(seed);
  const edges = Math.max(EDGE_POINTS, Math.round(stratified / 8));
  const count = NICE_POINTS + stratified + edges;
  const coords = new Float64Array(count * dims);
  domains.forEach((domain, j) => {
    const nice = niceValues(domain);
    for (let k = 0; k < NICE_POINTS; k++) coords[k * dims + j] = nice[(k + j) % nice.length]!;
    // One random offset for every stratum of a variable: its values form an evenly spaced
    // grid (width/stratified apart), so any interval of it wider than that holds a point.
    const strata = shuffled(stratified, random);
    const offset = random();
    for (let k = 0; k < stratified; k++) {
      const u = (strata[k]! + offset) / stratified;
      coords[(NICE_POINTS + k) * dims + j] = inward(domain, domain.lo + u * (domain.hi - domain.lo));
    }
    for (let k = 0; k < edges; k++) {
      coords[(NICE_POINTS + stratified + k) * dims + j] = nearAnEnd(domain, random);
    }
  });
  return { count, dims, coords };
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
  const end = atLow ? domain.lo : domain.hi;
  const closed = atLow ? !domain.loOpen : !domain.hiOpen;
  if (closed && random() < 0.1) return end;
  // From a tenth of the width down to the nearest double to the end.
  const farthest = Math.log10(width / 10);
  const nearest = Math.log10(Math.max(Math.abs(end) * Number.EPSILON, Number.MIN_VALUE));
  if (!(farthest > nearest)) return inward(domain, domain.lo + random() * width);
  const distance = 10 ** (farthest - random() * (farthest - nearest));
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
