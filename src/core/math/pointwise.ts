/**
 * The shared machinery of equivalence and derivation checks: a slot layout for sampled
 * variables, fixed parameters and `let` definitions; filling it at a point; the rule for
 * "these two values differ"; and turning a failing point into a readable counterexample.
 */
import type { Expr } from './ast.js';
import { isInside } from './domains.js';
import { compileEvaluator, errorOfLast, type Evaluator } from './evaluate.js';
import type { Counterexample, Domain } from './types.js';

/** `tol · ABSOLUTE_FLOOR` is added to every comparison: values this close to zero are equal. */
export const ABSOLUTE_FLOOR = 1e-6;
/** Safety factor on the propagated rounding-error bounds (they are first-order estimates). */
const ERROR_SAFETY = 4;

export interface LetDefinition {
  name: string;
  expr: Expr;
}

export class Layout {
  readonly slots = new Map<string, number>();
  readonly values: Float64Array;
  readonly errors: Float64Array;
  private readonly lets: { slot: number; run: Evaluator }[] = [];
  private readonly fixedSlots: [number, number][] = [];

  constructor(
    /** The variables that are sampled, in the order of their domains. */
    readonly domains: readonly Domain[],
    fixed: Record<string, number> = {},
    lets: readonly LetDefinition[] = [],
  ) {
    for (const domain of domains) this.slots.set(domain.name, this.slots.size);
    for (const [name, value] of Object.entries(fixed)) {
      if (this.slots.has(name)) continue;
      this.slots.set(name, this.slots.size);
      this.fixedSlots.push([this.slots.get(name)!, value]);
    }
    for (const definition of lets) {
      const run = compileEvaluator(definition.expr, this.slots);
      this.slots.set(definition.name, this.slots.size);
      this.lets.push({ slot: this.slots.get(definition.name)!, run });
    }
    this.values = new Float64Array(this.slots.size);
    this.errors = new Float64Array(this.slots.size);
    for (const [slot, value] of this.fixedSlots) this.values[slot] = value;
  }

  compile(expr: Expr): Evaluator {
    return compileEvaluator(expr, this.slots);
  }

  /** Sets the sampled variables from `coords[offset...]` and computes every `let`. */
  load(coords: ArrayLike<number>, offset = 0): void {
    for (let j = 0; j < this.domains.length; j++) {
      this.values[j] = coords[offset + j]!;
      this.errors[j] = 0;
    }
    for (const { slot, run } of this.lets) {
      this.values[slot] = run(this.values, this.errors);
      this.errors[slot] = errorOfLast();
    }
  }

  /** The values of the last `differs` call (NaN or ±∞ where not defined). */
  lastA = Number.NaN;
  lastB = Number.NaN;

  /**
   * Do `a` and `b` differ at the loaded point? With `lenient`, a point where `a` (a derivative)
   * is not defined is no evidence. Allocation-free: it runs 512 times per check.
   */
  differs(a: Evaluator, b: Evaluator, tol: number, lenient = false): boolean {
    const valueA = a(this.values, this.errors);
    const errorA = errorOfLast();
    const valueB = b(this.values, this.errors);
    const errorB = errorOfLast();
    this.lastA = valueA;
    this.lastB = valueB;
    if (lenient && !Number.isFinite(valueA)) return false;
    return valuesDiffer(valueA, errorA, valueB, errorB, tol);
  }

  pointRecord(coords: ArrayLike<number>, offset = 0): Record<string, number> {
    const point: Record<string, number> = {};
    this.domains.forEach((domain, j) => (point[domain.name] = coords[offset + j]!));
    return point;
  }

  /** Values of the `let` names at the loaded point (for messages). */
  letValues(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [name, slot] of this.slots) {
      if (this.lets.some((definition) => definition.slot === slot)) result[name] = this.values[slot]!;
    }
    return result;
  }
}

/**
 * Two values differ when exactly one is defined, or when both are and
 * |a − b| > tol·max(|a|, |b|) + 4·(rounding bound of a + rounding bound of b) + tol·1e-6.
 * Both undefined is no evidence either way.
 */
export function valuesDiffer(a: number, errorA: number, b: number, errorB: number, tol: number): boolean {
  const aDefined = Number.isFinite(a);
  const bDefined = Number.isFinite(b);
  if (!aDefined || !bDefined) return aDefined !== bDefined;
  const bound = tol * Math.max(Math.abs(a), Math.abs(b)) + ERROR_SAFETY * (errorA + errorB) + tol * ABSOLUTE_FLOOR;
  return Math.abs(a - b) > bound;
}

export const definedOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * Rounds the coordinates of a failing point to as few significant figures as still fail
 * (x = −0.7364… becomes x = −0.7), so the counterexample can be checked by hand.
 */
export function simplifyPoint(
  domains: readonly Domain[],
  coords: ArrayLike<number>,
  stillFails: (coords: Float64Array) => boolean,
): Float64Array {
  const original = Float64Array.from(coords);
  for (const figures of [1, 2, 3, 4, 6]) {
    const candidate = original.map((value, j) => {
      const rounded = Number(value.toPrecision(figures));
      return isInside(domains[j]!, rounded) ? rounded : value;
    });
    if (candidate.every((value, j) => value === original[j])) break;
    if (stillFails(candidate)) return candidate;
  }
  return original;
}

export function counterexampleAt(layout: Layout, coords: ArrayLike<number>, a: number, b: number): Counterexample {
  return { point: layout.pointRecord(coords), a: definedOrNull(a), b: definedOrNull(b) };
}
