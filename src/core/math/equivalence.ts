/**
 * Are two expressions equal on a domain? Decided by evaluating both at the sampled points
 * (sampling.ts), never by symbolic simplification: mathjs's simplify calls (x²)^0.5 equal
 * to x, which is false for negative x.
 */
import type { Expr } from './ast.js';
import { defaultDomain, parseDomains } from './domains.js';
import { BLOCK, BlockProgram } from './batch.js';
import { errorOfLast } from './evaluate.js';
import { counterexampleAt, firstNotPlainlyEqual, floatVerdict, Layout, simplifyPoint, surelyEqual } from './pointwise.js';
import { DEFAULT_SEED, isStratified, NICE_POINTS, samplePoints, type PointSet } from './sampling.js';
import { parseExpression } from './sandbox.js';
import { fail, ok, type Domain, type EquivalenceReport, type MathResult } from './types.js';

export const DEFAULT_TOLERANCE = 1e-9;

export interface EquivalenceOptions {
  /** Domains: a `--where` spec or parsed domains; variables not named get defaults. */
  where?: string | Domain[];
  /** Relative tolerance (default 1e-9). */
  tol?: number;
  seed?: number;
  /** Constants such as a question's parameters: not sampled. */
  fixed?: Record<string, number>;
}

export function checkEquivalence(a: string, b: string, options: EquivalenceOptions = {}): MathResult<EquivalenceReport> {
  const left = parseExpression(a);
  if (!left.ok) return { ok: false, error: { ...left.error, part: 'a' } };
  const right = parseExpression(b);
  if (!right.ok) return { ok: false, error: { ...right.error, part: 'b' } };
  const named = typeof options.where === 'string' ? parseDomains(options.where) : ok(options.where ?? []);
  if (!named.ok) return { ok: false, error: { ...named.error, part: 'where' } };
  const tol = options.tol ?? DEFAULT_TOLERANCE;
  if (!(tol >= 0 && Number.isFinite(tol))) return fail({ key: 'expr.tolerance', params: { tol } });

  const fixed = options.fixed ?? {};
  const names = [...new Set([...left.value.variables, ...right.value.variables])].filter((name) => !Object.hasOwn(fixed, name));
  const domains = names.map((name) => named.value.find((domain) => domain.name === name) ?? defaultDomain(name));
  return ok(compareOnDomains(left.value.expr, right.value.expr, domains, { fixed, tol, seed: options.seed ?? DEFAULT_SEED }));
}

/**
 * How many Latin-hypercube points a check gets. Points are cheap in blocks (a few ns per
 * node, tens for a power or a transcendental function), so a check gets:
 *  - enough that every variable's evenly spaced values are closer than FEATURE_WIDTH, so a
 *    difference confined to an interval 0.002 wide is always hit (10,527 points on
 *    [−10, 10], 527 on (0, 1));
 *  - more where the expressions are cheap (WORK_NS), up to MAX_STRATIFIED;
 *  - never so many that the estimated time passes MAX_WORK_NS (then the grid is coarser).
 */
const FEATURE_WIDTH = 0.0019;
const WORK_NS = 150_000;
const MAX_WORK_NS = 1_200_000;
/**
 * Loose points are judged in high precision when they outnumber an eighth of the tight ones:
 * this many, spread evenly over each variable's loose values in turn, so that a difference
 * confined to part of the loose region (log(1 + e^−x) against e^−x·(1 + relu(x − 180)) on
 * [40, 200], loose everywhere) is met.
 */
export const LOOSE_CHECKS = 12;
export const LOOSE_SHARE_FLOOR = 8;
const MAX_STRATIFIED = 16_384;
const MIN_STRATIFIED = 256;
/**
 * Points that must be shown equal before two expressions are called equivalent. Below it (no
 * sampled point representable in either precision, as x^1e300 just above 1; or neither side
 * defined anywhere) the check has not shown equality, so it does not claim it.
 */
export const MIN_EVIDENCE = 6;

function stratifiedCount(a: Expr, b: Expr, domains: readonly Domain[]): number {
  const cost = Math.max(1, nsPerPoint(a) + nsPerPoint(b));
  const widest = Math.max(0, ...domains.map((domain) => domain.hi - domain.lo));
  const wanted = Math.max(Math.ceil(widest / FEATURE_WIDTH), Math.floor(WORK_NS / cost));
  const affordable = Math.floor(MAX_WORK_NS / cost);
  return Math.max(MIN_STRATIFIED, Math.min(MAX_STRATIFIED, wanted, affordable));
}

const CHEAP_CALLS = new Set(['abs', 'min', 'max', 'clip', 'relu', 'sign']);

/** Rough time of one point of the block evaluator, in ns (subexpressions shared by both sides counted twice). */
function nsPerPoint(expr: Expr): number {
  let cost = 0;
  const stack: Expr[] = [expr];
  // Pushes children directly (no array per node): this runs for both sides of every check.
  while (stack.length > 0 && cost < MAX_WORK_NS) {
    const node = stack.pop()!;
    switch (node.kind) {
      case 'num':
      case 'const':
      case 'var':
        break;
      case 'neg':
        cost += 1;
        stack.push(node.arg);
        break;
      case 'call':
        cost += CHEAP_CALLS.has(node.fn) ? 5 : node.fn === 'log' || node.fn === 'exp' ? 15 : node.fn === 'erf' ? 80 : 30;
        stack.push(...node.args);
        break;
      case 'argpick':
        cost += 10;
        stack.push(...node.args, ...node.picks);
        break;
      case 'pow':
        cost += 40;
        stack.push(node.left, node.right);
        break;
      default:
        cost += 4;
        stack.push(node.left, node.right);
    }
  }
  return cost;
}

/** The sampling loop, for callers that already hold parsed expressions and domains. */
export function compareOnDomains(
  a: Expr,
  b: Expr,
  domains: readonly Domain[],
  options: { fixed: Record<string, number>; tol: number; seed: number },
): EquivalenceReport {
  const layout = new Layout(domains, options.fixed);
  const runA = layout.compile(a);
  const runB = layout.compile(b);
  const differsAt = (coords: ArrayLike<number>, offset = 0): boolean => {
    layout.load(coords, offset);
    return layout.differs(runA, runB, options.tol);
  };

  const stratified = stratifiedCount(a, b, domains);
  const points = samplePoints(domains, options.seed, stratified);
  let samples = 0;
  const loose: number[] = [];
  const report = (coords: ArrayLike<number>): EquivalenceReport => {
    const simpler = simplifyPoint(domains, coords, (c) => differsAt(c));
    // lastA, lastB and lastShown become its values (in high precision where float64 cannot tell).
    layout.showDifferenceAt(runA, runB, options.tol, simpler);
    const counterexample = counterexampleAt(layout, simpler, layout.lastA, layout.lastB);
    return { equivalent: false, counterexample, undecided: null, workLimited: false, samples, evidence: layout.shownEqual(), domains: [...domains] };
  };
  // A point float64 calls equal or too loose to tell is settled in the block pass; any other
  // goes through the point-by-point judge (which re-evaluates it and may ask high precision).
  const settle = (i: number, valueA: number, errorA: number, valueB: number, errorB: number): boolean => {
    if (Number.isFinite(valueA) || Number.isFinite(valueB)) samples++;
    const seen = floatVerdict(valueA, errorA, valueB, errorB, options.tol);
    if (seen === 'equal') {
      // At a simple point (each domain's ends among them), equal only within float64's rounding
      // is judged in high precision: a difference just past the tolerance hides there
      // (log(1 + e^−x) against e^−x at x = 18: 7.6e-9 apart, under a bound of 1.5e-8).
      if (i < NICE_POINTS && !surelyEqual(valueA, errorA, valueB, errorB, options.tol)) {
        layout.load(points.coords, i * points.dims);
        return layout.differsPrecisely(runA, runB, options.tol);
      }
      layout.tightPoints++;
      return false;
    }
    if (seen === 'loose') {
      layout.loosePoints++;
      loose.push(i);
      return false;
    }
    return differsAt(points.coords, i * points.dims);
  };

  const program = new BlockProgram(layout.slots, layout.values, domains.length);
  const blockA = program.add(a);
  const blockB = program.add(b);
  try {
    if (blockA && blockB) {
      const dims = points.dims;
      const coords = points.coords;
      for (let start = 0; start < points.count; start += BLOCK) {
        const n = Math.min(BLOCK, points.count - start);
        program.load(coords, start, n);
        program.run(n);
        const { v: va, e: ea } = blockA;
        const { v: vb, e: eb } = blockB;
        let i = 0;
        // The simple points sampled first, one by one (settle looks closer at them).
        for (; start === 0 && i < Math.min(NICE_POINTS, n); i++) {
          if (settle(i, va[i]!, ea[i]!, vb[i]!, eb[i]!)) return report(coords.subarray(i * dims, (i + 1) * dims));
        }
        // The common case in one pass: both finite and plainly equal within tight bounds.
        while (i < n) {
          const next = firstNotPlainlyEqual(va, ea, vb, eb, options.tol, i, n);
          samples += next - i;
          layout.tightPoints += next - i;
          if (next === n) break;
          if (settle(start + next, va[next]!, ea[next]!, vb[next]!, eb[next]!)) return report(coords.subarray((start + next) * dims, (start + next + 1) * dims));
          i = next + 1;
        }
      }
    } else {
      for (let i = 0; i < points.count; i++) {
        const offset = i * points.dims;
        layout.load(points.coords, offset);
        const valueA = runA(layout.values, layout.errors);
        const errorA = errorOfLast();
        const valueB = runB(layout.values, layout.errors);
        if (settle(i, valueA, errorA, valueB, errorOfLast())) return report(points.coords.subarray(offset, offset + points.dims));
      }
    }
  } finally {
    program.release();
  }
  // Where float64 was mostly too loose to tell (1 − tanh(x) against 0 for x > 20), a few of
  // those points are judged in high precision: they must not pass unexamined.
  // So are the loose points inside the domain (not pushed towards its ends, where float64 often
  // runs out of digits) when they are more than a few: a region float64 cannot judge, however
  // small a part of the domain (log(1 + e⁻ˣ) + relu(x − 38) on [0, 400] near x = 37.5).
  const inside = loose.filter((index) => isStratified(index, stratified));
  const judged = loose.length > Math.max(LOOSE_SHARE_FLOOR, layout.tightPoints / 8) ? loose : inside.length > LOOSE_SHARE_FLOOR ? inside : [];
  if (judged.length > 0) {
    for (const index of spreadOver(judged, points, LOOSE_CHECKS)) {
      const offset = index * points.dims;
      layout.load(points.coords, offset);
      if (layout.differsPrecisely(runA, runB, options.tol)) return report(points.coords.subarray(offset, offset + points.dims));
    }
  }
  const evidence = layout.shownEqual();
  // A point where one side has no value, not shown to be a removable singularity nor shown not
  // to be one, leaves the check unsure: no counterexample, and no claim of equality.
  const undecided = layout.firstUndecided ? layout.pointRecord(layout.firstUndecided) : null;
  // Likewise a point left unjudged when the high-precision work ran out.
  const workLimited = layout.workLimitedPoints > 0;
  const equivalent = evidence >= MIN_EVIDENCE && !undecided && !workLimited;
  return { equivalent, counterexample: null, undecided, workLimited, samples, evidence, domains: [...domains] };
}

/**
 * About `count` of the points `indices`, spread over the range of each coordinate in turn: for
 * each variable, the points at both ends of its values, then at evenly spaced ranks (with no
 * variable, the first ones).
 */
export function spreadOver(indices: readonly number[], points: PointSet, count: number): number[] {
  if (indices.length === 0) return [];
  if (points.dims === 0) return indices.slice(0, count);
  const picked = new Set<number>();
  const perDim = Math.ceil(count / points.dims);
  for (let j = 0; j < points.dims; j++) {
    const byValue = [...indices].sort((p, q) => points.coords[p * points.dims + j]! - points.coords[q * points.dims + j]!);
    // The ends first: a difference float64 loses is often largest where its looseness starts.
    picked.add(byValue[0]!).add(byValue[byValue.length - 1]!);
    for (let k = 0; k < perDim - 2 && k < byValue.length; k++) picked.add(byValue[Math.floor(((k + 0.5) * byValue.length) / (perDim - 2))]!);
  }
  return [...picked];
}
