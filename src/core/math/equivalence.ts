/**
 * Are two expressions equal on a domain? Decided by evaluating both at the sampled points
 * (sampling.ts), never by symbolic simplification: mathjs's simplify calls (x²)^0.5 equal
 * to x, which is false for negative x.
 */
import type { Expr } from './ast.js';
import { defaultDomain, parseDomains } from './domains.js';
import { counterexampleAt, Layout, simplifyPoint } from './pointwise.js';
import { DEFAULT_SEED, samplePoints } from './sampling.js';
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
  if (!(tol >= 0 && Number.isFinite(tol))) return fail(`the tolerance must be a non-negative number, not ${tol}`);

  const fixed = options.fixed ?? {};
  const names = [...new Set([...left.value.variables, ...right.value.variables])].filter((name) => !Object.hasOwn(fixed, name));
  const domains = names.map((name) => named.value.find((domain) => domain.name === name) ?? defaultDomain(name));
  return ok(compareOnDomains(left.value.expr, right.value.expr, domains, { fixed, tol, seed: options.seed ?? DEFAULT_SEED }));
}

/**
 * Points are cheap (a few ns per node in float64, tens for a power or a transcendental
 * function): a check gets as many Latin-hypercube points as WORK_BUDGET allows, 256 to
 * 16,384, so that a feature 0.002 wide in [−10, 10] is hit in a short expression while a
 * focal-loss check stays near a millisecond.
 */
const WORK_BUDGET = 80_000;
/** Loose points are judged in high precision (this many) when they outnumber an eighth of the tight ones. */
const LOOSE_CHECKS = 6;
const LOOSE_SHARE_FLOOR = 8;
const MAX_STRATIFIED = 16_384;
const MIN_STRATIFIED = 256;

function stratifiedCount(a: Expr, b: Expr): number {
  const work = costOf(a) + costOf(b);
  return Math.max(MIN_STRATIFIED, Math.min(MAX_STRATIFIED, Math.floor(WORK_BUDGET / work)));
}

const CHEAP_CALLS = new Set(['abs', 'min', 'max', 'clip', 'relu', 'sign']);

/** Rough float64 cost of one evaluation, in units of a simple node. */
function costOf(expr: Expr): number {
  let cost = 0;
  const stack: Expr[] = [expr];
  while (stack.length > 0 && cost < WORK_BUDGET) {
    const node = stack.pop()!;
    switch (node.kind) {
      case 'num':
      case 'const':
      case 'var':
        cost += 1;
        break;
      case 'neg':
        cost += 1;
        stack.push(node.arg);
        break;
      case 'call':
        cost += CHEAP_CALLS.has(node.fn) ? 2 : 12;
        stack.push(...node.args);
        break;
      case 'argpick':
        cost += 4;
        stack.push(...node.args, ...node.picks);
        break;
      case 'pow':
        cost += 12;
        stack.push(node.left, node.right);
        break;
      default:
        cost += 2;
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

  const points = samplePoints(domains, options.seed, stratifiedCount(a, b));
  let samples = 0;
  const loose: number[] = [];
  const report = (coords: ArrayLike<number>): EquivalenceReport => {
    const simpler = simplifyPoint(domains, coords, (c) => differsAt(c));
    differsAt(simpler);
    const counterexample = counterexampleAt(layout, simpler, layout.lastA, layout.lastB);
    return { equivalent: false, counterexample, samples, domains: [...domains] };
  };
  for (let i = 0; i < points.count; i++) {
    const offset = i * points.dims;
    const looseBefore = layout.loosePoints;
    const differs = differsAt(points.coords, offset);
    if (layout.loosePoints > looseBefore) loose.push(i);
    if (Number.isFinite(layout.lastA) || Number.isFinite(layout.lastB)) samples++;
    if (differs) return report(points.coords.subarray(offset, offset + points.dims));
  }
  // Where float64 was mostly too loose to tell (1 − tanh(x) against 0 for x > 20), a few of
  // those points are judged in high precision: they must not pass unexamined.
  if (loose.length > Math.max(LOOSE_SHARE_FLOOR, layout.tightPoints / 8)) {
    const step = loose.length / LOOSE_CHECKS;
    for (let k = 0; k < Math.min(LOOSE_CHECKS, loose.length); k++) {
      const offset = loose[Math.floor(k * step)]! * points.dims;
      layout.load(points.coords, offset);
      if (layout.differsPrecisely(runA, runB, options.tol)) return report(points.coords.subarray(offset, offset + points.dims));
    }
  }
  return { equivalent: true, counterexample: null, samples, domains: [...domains] };
}
