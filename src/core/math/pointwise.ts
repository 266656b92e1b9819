/**
 * The shared machinery of equivalence and derivation checks: a slot layout for sampled
 * variables, fixed parameters and `let` definitions; filling it at a point; the rule for
 * "these two values differ"; and turning a failing point into a readable counterexample.
 *
 * float64 only ever says "equal here" (when its rounding bound is finite and small enough to
 * tell). Every other point, a suspected difference or a side float64 cannot evaluate, is
 * judged in high precision (precise.ts), and where that cannot tell either, in exact rational
 * arithmetic when both sides are rational (exact.ts): a difference is reported only when one of
 * them confirms it, and a point where the precisions disagree about definedness is no evidence.
 */
import type { Expr } from './ast.js';
import { isInside } from './domains.js';
import { compileEvaluator, errorOfLast, type Evaluator } from './evaluate.js';
import { formatPair, formatValue } from './format.js';
import { compareExact, discardPreciseContexts, formatPrecise, isDecimalLimit, OutOfWork, PreciseEvaluator, UNDEFINED, UNSURE, WorkMeter, type PreciseResult } from './precise.js';
import { ExactEvaluator, exactlyWithin, NO_VALUE, NOT_EXACT, rationalOf, toPrecise, type ExactResult } from './exact.js';
import { exact, ScaledEvaluator, shownDifferent, shownEqual } from './scaled.js';
import type { Counterexample, Domain } from './types.js';

/** How many high-precision evaluations ran, and how many points the scaled float64 judge settled first (for benchmarks and tests). */
export const preciseStats = { evaluations: 0, retries: 0, scaledEqual: 0 };

const SMALLEST_NORMAL = 2 ** -1022;

/** Safety factor on the propagated rounding-error bounds (they are first-order estimates). */
const ERROR_SAFETY = 4;
/** Digits of the high-precision check, and of its retry when those cannot tell. */
const PRECISE_DIGITS = 56;
const PRECISE_RETRY_DIGITS = 240;
/** Retries at more digits per comparison (each costs several times a first check). */
const RETRY_BUDGET = 3;
/**
 * High-precision checks per comparison: of points where float64 saw a difference (rarely
 * more than one: it is usually confirmed), and of points float64 could not judge.
 */
const SUSPECT_BUDGET = 24;
const UNJUDGED_BUDGET = 8;
/** Of those, points at a subnormal coordinate. */
const SUBNORMAL_BUDGET = 1;
/** Exact evaluations per comparison (enough for the evidence a cancellation to zero needs). */
const EXACT_BUDGET = 8;
/** Points per comparison the scaled judge may leave unsettled before it is not asked again. */
const SCALED_UNKNOWN_BUDGET = 32;
/** Points per comparison where one side has no value that are probed for a removable singularity. */
const REMOVABLE_BUDGET = 3;
/**
 * High-precision work per check (a comparison, or a whole derivation), in WorkMeter units:
 * 100 to 150 ms here. Judging a counterexample again to show its values gets as much again (it
 * needs what confirming it did). The most any check of the labelled corpora spends is about
 * 30,000, any answer of the bundled deck about 60,000 (limits-near-one-rewrite: log(1 − u) near 0).
 */
export const PRECISE_WORK = 100_000;

/** What one comparison may still spend on high-precision checks (see the constants above). */
interface Budgets {
  /** Points the scaled judge may fail to settle before it is no longer asked. */
  scaledUnknown: number;
  suspect: number;
  unjudged: number;
  retry: number;
  subnormal: number;
  exact: number;
}

function freshBudgets(): Budgets {
  return { scaledUnknown: SCALED_UNKNOWN_BUDGET, suspect: SUSPECT_BUDGET, unjudged: UNJUDGED_BUDGET, retry: RETRY_BUDGET, subnormal: SUBNORMAL_BUDGET, exact: EXACT_BUDGET };
}

export interface LetDefinition {
  name: string;
  expr: Expr;
}

export class Layout {
  readonly slots = new Map<string, number>();
  readonly values: Float64Array;
  readonly errors: Float64Array;
  private readonly lets: { slot: number; run: Evaluator; name: string; expr: Expr }[] = [];
  private readonly exprOf = new Map<Evaluator, Expr>();
  /** The budgets of each comparison (reference, claim): a derivation's steps each have their own. */
  private readonly budgetsOf = new Map<Evaluator, Map<Evaluator, Budgets>>();
  private budget: Budgets = freshBudgets();
  /** removableAt's verdicts by comparison and point, and the points it probed by comparison. */
  private readonly removableSeen = new Map<string, Approach>();
  private readonly removableSpent = new Map<string, number>();
  /** Points float64 called equal, and points too loose to tell, since construction. */
  tightPoints = 0;
  loosePoints = 0;
  /** Points high precision found equal with both sides defined: evidence, like tight points. */
  preciseEqualPoints = 0;
  /**
   * Points where one side has no value and whether it is a removable singularity could not be
   * told: not a counterexample, but the check that met one has not shown equality.
   */
  undecidedPoints = 0;
  /** The first such point's sampled coordinates. */
  firstUndecided: Float64Array | undefined;
  /**
   * Points that needed a high-precision judgement past the work left (PRECISE_WORK): like an
   * undecided point, no counterexample, and no claim of equality from the check that met one.
   */
  workLimitedPoints = 0;
  private meter = new WorkMeter(PRECISE_WORK);

  /** Points shown equal so far, in float64 or in high precision: the evidence for equality. */
  shownEqual(): number {
    return this.tightPoints + this.preciseEqualPoints;
  }
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
      this.lets.push({ slot: this.slots.get(definition.name)!, run, name: definition.name, expr: definition.expr });
    }
    this.values = new Float64Array(this.slots.size);
    this.errors = new Float64Array(this.slots.size);
    for (const [slot, value] of this.fixedSlots) this.values[slot] = value;
  }

  compile(expr: Expr): Evaluator {
    const run = compileEvaluator(expr, this.slots);
    this.exprOf.set(run, expr);
    return run;
  }

  private budgetsFor(a: Evaluator, b: Evaluator): Budgets {
    let byClaim = this.budgetsOf.get(a);
    if (!byClaim) this.budgetsOf.set(a, (byClaim = new Map()));
    let budgets = byClaim.get(b);
    if (!budgets) byClaim.set(b, (budgets = freshBudgets()));
    return budgets;
  }

  /** A compiled evaluator's number, in the order of compilation. */
  private idOf(run: Evaluator): number {
    return [...this.exprOf.keys()].indexOf(run);
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

  /** The last difference confirmed: where, between which evaluators, and the values it showed. */
  private confirmed: { a: Evaluator; b: Evaluator; coords: Float64Array; valueA: number; valueB: number; shown: { a: string; b: string } } | undefined;

  /** The values of the last `differs` call (NaN or ±∞ where not defined). */
  lastA = Number.NaN;
  lastB = Number.NaN;
  /** After a confirmed difference: both high-precision values as text that tells them apart. */
  lastShown: { a: string; b: string } | undefined;

  /**
   * Do `a` and `b` differ at the loaded point? With `lenient`, a point where `a` (a derivative)
   * is not defined is no evidence. float64 first (allocation-free: it runs at every sampled
   * point); what it cannot call equal is decided in high precision, within the budgets of
   * high-precision checks. With `budgeted` false (judging a known counterexample again, whose
   * values will be shown) there are no budgets, and a point float64 calls equal only within its
   * rounding, or too loose to tell, is judged in high precision too: its float64 values are noise.
   */
  differs(a: Evaluator, b: Evaluator, tol: number, lenient = false, budgeted = true): boolean {
    const valueA = a(this.values, this.errors);
    const errorA = errorOfLast();
    const valueB = b(this.values, this.errors);
    const errorB = errorOfLast();
    this.lastA = valueA;
    this.lastB = valueB;
    this.lastShown = undefined;
    if (lenient && !Number.isFinite(valueA)) return false;
    let seen = floatVerdict(valueA, errorA, valueB, errorB, tol);
    if (budgeted) this.budget = this.budgetsFor(a, b);
    // Where float64 has no value or no bound (an overflow), the scaled judge settles most points
    // at once, for no budget: everywhere exp(x)² overflows, not at only a few of those points. A
    // difference it sees is a suspect, as one float64 sees is.
    if (seen === 'unsure' && budgeted && this.budget.scaledUnknown > 0) {
      const scaled = this.judgeScaled(a, b, tol);
      // Where it cannot tell either (x/x − 1 against 0: 0 against 0 within rounding), it is not asked again and again.
      if (scaled === 'unknown') this.budget.scaledUnknown--;
      if (scaled === 'equal') return false;
      if (scaled === 'differ') seen = 'differ';
    }
    // Judging a known counterexample again, only a sure equality is taken from float64.
    if (seen === 'equal' && (budgeted || surelyEqual(valueA, errorA, valueB, errorB, tol))) {
      this.tightPoints++;
      return false;
    }
    if (seen === 'loose' && budgeted) {
      this.loosePoints++;
      return false;
    }
    // At subnormal coordinates 1/pₜ overflows in every focal-loss form: one such point is
    // judged in high precision (1/pₜ against 1/max(pₜ, 1e-310) differ only there), not each.
    if (budgeted) {
      if (seen === 'unsure' && this.atSubnormal() && this.budget.subnormal-- <= 0) return false;
      if (seen === 'differ' ? this.budget.suspect-- <= 0 : this.budget.unjudged-- <= 0) {
        // A difference float64 sees and nothing confirmed or refuted is not evidence either way:
        // the comparison that met one claims nothing.
        if (seen === 'differ') this.workLimitedPoints++;
        return false;
      }
    }
    const differs = this.confirm(a, b, tol, lenient, budgeted);
    // A simple point (one of the 16 nice ones first sampled) that shows no difference costs no
    // budget: where every point is unsure (2x − x − x against 0), the budget is left for the
    // generic points, the only ones whose exact equality is evidence.
    if (budgeted && !differs && !this.atGenericPoint()) {
      if (seen === 'differ') this.budget.suspect++;
      else this.budget.unjudged++;
    }
    return differs;
  }

  /** Is every sampled coordinate generic (more than 6 significant digits), not a simple value such as 0.5 or −2? */
  private atGenericPoint(): boolean {
    for (let j = 0; j < this.domains.length; j++) {
      const digits = String(Math.abs(this.values[j]!)).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
      if (digits.length <= 6) return false;
    }
    return true;
  }

  private atSubnormal(): boolean {
    for (let j = 0; j < this.domains.length; j++) {
      const value = Math.abs(this.values[j]!);
      if (value !== 0 && value < SMALLEST_NORMAL) return true;
    }
    return false;
  }

  /** For a point float64 found too loose to tell: do `a` and `b` differ there, in high precision? */
  differsPrecisely(a: Evaluator, b: Evaluator, tol: number): boolean {
    this.budget = this.budgetsFor(a, b);
    this.lastA = a(this.values, this.errors);
    this.lastB = b(this.values, this.errors);
    this.lastShown = undefined;
    return this.confirm(a, b, tol, false);
  }

  /**
   * Judges the loaded point in high precision; on a confirmed difference, lastA/lastB hold the
   * precise values. Past the work left, the point is neither (workLimitedPoints). Judging a
   * known counterexample again (`budgeted` false) has work of its own.
   */
  private confirm(a: Evaluator, b: Evaluator, tol: number, lenient: boolean, budgeted = true): boolean {
    const meter = this.meter;
    if (!budgeted) this.meter = new WorkMeter(PRECISE_WORK);
    try {
      return this.confirmWithinWork(a, b, tol, lenient, budgeted);
    } catch (error) {
      if (error instanceof OutOfWork) {
        this.workLimitedPoints++;
        return false;
      }
      // A limit of decimal.js itself (its π and ln 10 hold 1025 digits): nothing known here.
      if (!isDecimalLimit(error)) throw error;
      discardPreciseContexts();
      this.workLimitedPoints++;
      return false;
    } finally {
      this.meter = meter;
    }
  }

  private confirmWithinWork(a: Evaluator, b: Evaluator, tol: number, lenient: boolean, budgeted: boolean): boolean {
    const exprA = this.exprOf.get(a);
    const exprB = this.exprOf.get(b);
    if (!exprA || !exprB) return false;
    // Past float64's range but within its precision (1/pₜ at a subnormal pₜ), float64 with an
    // exponent of its own can show the two equal, at a fraction of the cost.
    if (this.judgeScaled(a, b, tol) === 'equal') return false;
    let verdict = 'unsure';
    let preciseA: PreciseResult = UNSURE;
    let preciseB: PreciseResult = UNSURE;
    for (const digits of [PRECISE_DIGITS, PRECISE_RETRY_DIGITS]) {
      const evaluator = this.preciseAtLoadedPoint(digits);
      preciseA = evaluator.evaluate(exprA);
      if (lenient && preciseA === UNDEFINED) return false;
      preciseB = evaluator.evaluate(exprB);
      verdict = compareExact(preciseA, preciseB, tol);
      if (verdict !== 'unsure' || (budgeted && this.budget.retry-- <= 0)) break;
    }
    // Whether the coordinates are generic matters only to the exact judge (read only when unsure).
    const generic = verdict === 'unsure' && this.atGenericPoint();
    if (verdict === 'unsure' && (!budgeted || !generic || this.budget.exact-- > 0)) {
      // Rounding hid the answer (a cancellation to zero, a term below the others' error):
      // where both sides are rational, exact arithmetic settles it.
      const exact = this.exactAtLoadedPoint();
      const exactA = exact.evaluate(exprA);
      const exactB = exact.evaluate(exprB);
      // Not rational, or past the limits on size and work: so it will be at the next point.
      if (exactA === NOT_EXACT || exactB === NOT_EXACT) {
        if (generic) this.budget.exact = 0;
      } else {
        if (lenient && exactA === NO_VALUE) return false;
        const eitherUndefined = exactA === NO_VALUE || exactB === NO_VALUE;
        const equal = eitherUndefined ? exactA === exactB : exactlyWithin(exactA, exactB, tol);
        // Equal here is evidence for the domain only from a rational function at a generic point (exact.ts).
        verdict = !equal ? 'differ' : !exact.usedPiecewise && generic ? 'equal' : 'unsure';
        preciseA = toPrecise(exactA);
        preciseB = toPrecise(exactB);
      }
    }
    if (verdict === 'equal' && preciseA !== UNDEFINED) this.preciseEqualPoints++;
    if (verdict !== 'differ') return false;
    if (preciseA === UNDEFINED || preciseB === UNDEFINED) {
      // A difference in definedness counts, but not at a removable singularity: 1/(1/x) at 0
      // has no value (float64's ±∞ arithmetic gives it 0), and tends to 0 there.
      // Both undefined, or a side float64 and high precision disagree on: no evidence.
      if (preciseA === preciseB) return false;
      const aDefined = preciseA !== UNDEFINED;
      if (!Number.isFinite(aDefined ? this.lastA : this.lastB)) return false;
      const singularity = this.removableAt(a, b, tol, aDefined);
      if (singularity === 'removable') return false;
      // Neither shown removable nor shown not to be: no counterexample, and no equality either.
      if (singularity === 'unknown') {
        this.undecidedPoints++;
        this.firstUndecided ??= this.values.slice(0, this.domains.length);
        return false;
      }
    }
    this.lastA = asNumber(preciseA, this.lastA);
    this.lastB = asNumber(preciseB, this.lastB);
    this.lastShown = showPair(preciseA, this.lastA, preciseB, this.lastB);
    this.confirmed = { a, b, coords: this.values.slice(0, this.domains.length), valueA: this.lastA, valueB: this.lastB, shown: this.lastShown };
    return true;
  }

  /**
   * Loads the point `coords` of a difference found between `a` and `b`, and sets lastA, lastB and
   * lastShown to their values there: those of the confirmation that found it, when that was at
   * this point (judging it again would cost as much again), else judged again without budgets.
   */
  showDifferenceAt(a: Evaluator, b: Evaluator, tol: number, coords: ArrayLike<number>, lenient = false): void {
    this.load(coords);
    const known = this.confirmed;
    if (known && known.a === a && known.b === b && known.coords.every((value, j) => Object.is(value, coords[j]))) {
      [this.lastA, this.lastB, this.lastShown] = [known.valueA, known.valueB, known.shown];
      return;
    }
    this.differs(a, b, tol, lenient, false);
  }

  /**
   * Is the loaded point, where one side has no value (`aDefined`: the other is `a`), a removable
   * singularity: (x² − 1)/(x − 1) at x = 1? The point is moved a hair along each coordinate either
   * way (inside its domain), and with several coordinates along both diagonals, then by a
   * hundredth of that, and so on while it still moves (five steps at most). Along each direction:
   *  - "differ" when the two sides differ at the first step (confirmed at 56 digits), or the
   *    defined side keeps the same distance, past the tolerance, from its value at the point at
   *    every step: a jump (x/x against sign(x)² at 0: limit 1, value 0; |x|/x against sign(x));
   *  - "removable" when at the closest step both sides are equal (in float64, or precisely where
   *    float64 cannot tell, as for (x² − 1)/(x − 1) − (x + 1) against 0) and the defined side
   *    is within the tolerance, plus a steep slope (10⁴) times that step, of its value;
   *  - "undefined" when the other side stays undefined for two steps (√x left of 0);
   *  - "unknown" otherwise: log(x²) − 2·log|x| against 0 at 0, where both sides cancel below
   *    every precision next to it, or √|x|, which closes in more slowly than any slope.
   * See combine for the verdict from all directions. Beyond REMOVABLE_BUDGET points per
   * comparison the answer is "unknown" unexamined. The loaded point is restored.
   */
  private removableAt(a: Evaluator, b: Evaluator, tol: number, aDefined: boolean): Approach {
    const dims = this.domains.length;
    const here = this.values.slice(0, dims);
    // A point can be sampled more than once (0 at the end of [0, 1e-10]): judged once per comparison.
    const pair = `${this.idOf(a)},${this.idOf(b)}`;
    const key = `${pair}:${here.join(',')}`;
    const known = this.removableSeen.get(key);
    if (known) return known;
    const spent = this.removableSpent.get(pair) ?? 0;
    this.removableSpent.set(pair, spent + 1);
    if (spent >= REMOVABLE_BUDGET) return 'unknown';
    const [lastA, lastB] = [this.lastA, this.lastB];
    // A hair per coordinate: 1e-9 relative (or absolute at 0), and well inside a narrow domain ([0, 1e-10]).
    const hairs = this.domains.map((domain, j) => Math.min(Math.abs(here[j]!) * 1e-9 || 1e-9, (domain.hi - domain.lo) * 1e-3));
    const inside = (move: Float64Array) => move.every((delta, j) => isInside(this.domains[j]!, here[j]! + delta));
    const byDirection: Approach[] = [];
    try {
      for (let j = 0; j < dims; j++) {
        const sides: Approach[] = [];
        for (const sign of [-1, 1]) {
          const move = new Float64Array(dims);
          move[j] = sign * hairs[j]!;
          if (inside(move)) sides.push(this.approach(a, b, tol, here, move, aDefined, lastA, lastB));
        }
        byDirection.push(sides.length === 0 ? 'unknown' : combine(sides, true));
      }
      // Along the diagonals too: x·y/(x² + y²) tends to 0 along each axis at (0, 0), to 1/2 along x = y.
      for (const sign of dims > 1 ? [-1, 1] : []) {
        for (const flip of [1, -1]) {
          const move = Float64Array.from(hairs, (hair, j) => sign * hair * (j === 0 ? 1 : flip));
          if (inside(move)) byDirection.push(this.approach(a, b, tol, here, move, aDefined, lastA, lastB));
        }
      }
    } finally {
      // Also when the work runs out on the way (OutOfWork).
      this.load(here);
      [this.lastA, this.lastB] = [lastA, lastB];
    }
    // Undefined in every direction, diagonals included: not an isolated point or line (√x·y at x < 0).
    const combined = combine(byDirection, dims === 1);
    const verdict = combined === 'undefined' ? 'differ' : combined;
    this.removableSeen.set(key, verdict);
    return verdict;
  }

  /**
   * One direction of removableAt's judgement: the point moved by `move`, then by a hundredth of
   * it, and so on. `definedA`: the side with a value at the point is `a` (values `lastA`, `lastB`).
   */
  private approach(a: Evaluator, b: Evaluator, tol: number, here: Float64Array, move: Float64Array, aDefined: boolean, lastA: number, lastB: number): Approach {
    const definedValue = aDefined ? lastA : lastB;
    const loose = Math.max(tol, 1e-6);
    const distances: number[] = [];
    let undefinedSteps = 0;
    let closest = { step: 0, near: 0, error: 0 };
    for (let scale = 1, k = 0; k < 5; scale *= 1e-2, k++) {
      const coords = here.map((value, j) => value + move[j]! * scale);
      if (coords.every((value, j) => value === here[j])) break;
      this.load(coords);
      const valueA = a(this.values, this.errors);
      const errorA = errorOfLast();
      const valueB = b(this.values, this.errors);
      const errorB = errorOfLast();
      const near = aDefined ? valueA : valueB;
      const far = aDefined ? valueB : valueA;
      if (!Number.isFinite(far) && Number.isFinite(near) && this.undefinedPrecisely(aDefined ? b : a)) {
        // Undefined a hair away and a hundredth of a hair away: not an isolated point.
        if (++undefinedSteps === 2 && distances.length === 0) return 'undefined';
        continue;
      }
      if (!Number.isFinite(far) || !Number.isFinite(near)) return 'unknown';
      const seen = floatVerdict(valueA, errorA, valueB, errorB, loose);
      const equal = seen === 'equal' || (seen !== 'differ' && this.equalPrecisely(a, b, loose));
      if (!equal) return distances.length === 0 && seen === 'differ' && this.differsAtPrecision(a, b, loose) ? 'differ' : 'unknown';
      distances.push(Math.abs(near - definedValue));
      const step = Math.max(...coords.map((value, j) => Math.abs(value - here[j]!)));
      closest = { step, near, error: aDefined ? errorA : errorB };
    }
    const noise = 2 * ERROR_SAFETY * closest.error;
    if (distances.length === 0 || !Number.isFinite(noise)) return 'unknown';
    const within = tol * Math.max(Math.abs(closest.near), Math.abs(definedValue)) + noise;
    // The same distance, past the tolerance, at every step down to a hundred-millionth of the
    // hair: a jump, however small (1e-14·x/x against 1e-14·sign(x)² at 0).
    const first = distances[0]!;
    if (distances.length >= 3 && first > within && distances.every((distance) => Math.abs(distance - first) <= 1e-6 * first + noise)) return 'differ';
    // Continuous there: within the tolerance, a steep slope (10⁴) times the closest step, and rounding.
    if (distances[distances.length - 1]! <= within + 1e4 * closest.step) return 'removable';
    return 'unknown';
  }

  /** Has the evaluator no value at the loaded point in high precision? */
  private undefinedPrecisely(run: Evaluator): boolean {
    const expr = this.exprOf.get(run);
    return expr !== undefined && this.preciseAtLoadedPoint(PRECISE_DIGITS).evaluate(expr) === UNDEFINED;
  }

  /** The two sides at the loaded point in 56 digits, or "undefined" where either has no value. */
  private judgePrecisely(a: Evaluator, b: Evaluator, tol: number): 'equal' | 'differ' | 'unsure' | 'undefined' {
    const exprA = this.exprOf.get(a);
    const exprB = this.exprOf.get(b);
    if (!exprA || !exprB) return 'unsure';
    const precise = this.preciseAtLoadedPoint(PRECISE_DIGITS);
    const preciseA = precise.evaluate(exprA);
    const preciseB = precise.evaluate(exprB);
    return preciseA === UNDEFINED || preciseB === UNDEFINED ? 'undefined' : compareExact(preciseA, preciseB, tol);
  }

  /** Do both sides have values at the loaded point that differ in high precision? */
  private differsAtPrecision(a: Evaluator, b: Evaluator, tol: number): boolean {
    return this.judgePrecisely(a, b, tol) === 'differ';
  }

  /** Are both sides defined and equal at the loaded point, in high precision or, where that cannot tell, exactly? */
  private equalPrecisely(a: Evaluator, b: Evaluator, tol: number): boolean {
    const verdict = this.judgePrecisely(a, b, tol);
    if (verdict !== 'unsure') return verdict === 'equal';
    const exprA = this.exprOf.get(a);
    const exprB = this.exprOf.get(b);
    if (!exprA || !exprB) return false;
    const exact = this.exactAtLoadedPoint();
    const exactA = exact.evaluate(exprA);
    const exactB = exact.evaluate(exprB);
    return typeof exactA === 'object' && typeof exactB === 'object' && exactlyWithin(exactA, exactB, tol);
  }

  /** The scaled float64 judge at the loaded point; equal there is evidence, and is counted as such. */
  private judgeScaled(a: Evaluator, b: Evaluator, tol: number): 'equal' | 'differ' | 'unknown' {
    const exprA = this.exprOf.get(a);
    const exprB = this.exprOf.get(b);
    if (!exprA || !exprB) return 'unknown';
    const scaled = this.scaledAtLoadedPoint();
    const valueA = scaled.evaluate(exprA);
    const valueB = scaled.evaluate(exprB);
    if (shownEqual(valueA, valueB, tol)) {
      preciseStats.scaledEqual++;
      this.preciseEqualPoints++;
      return 'equal';
    }
    return shownDifferent(valueA, valueB, tol) ? 'differ' : 'unknown';
  }

  private scaledAtLoadedPoint(): ScaledEvaluator {
    const scope = new Map<string, ReturnType<ScaledEvaluator['evaluate']>>();
    const evaluator = new ScaledEvaluator(scope);
    this.fillScope(scope, exact, (expr) => evaluator.evaluate(expr));
    return evaluator;
  }

  private exactAtLoadedPoint(): ExactEvaluator {
    const scope = new Map<string, ExactResult>();
    const evaluator = new ExactEvaluator(scope);
    this.fillScope(scope, rationalOf, (expr) => evaluator.evaluate(expr));
    return evaluator;
  }

  private preciseAtLoadedPoint(digits: number): PreciseEvaluator {
    preciseStats.evaluations++;
    if (digits > PRECISE_DIGITS) preciseStats.retries++;
    const scope = new Map<string, PreciseResult>();
    const evaluator = new PreciseEvaluator(digits, scope, this.meter);
    this.fillScope(scope, (value) => evaluator.exact(value), (expr) => evaluator.evaluate(expr));
    return evaluator;
  }

  /** Puts the loaded point into a judge's scope: each sampled or fixed value as `exactly` reads it, then each `let` in order. */
  private fillScope<T>(scope: Map<string, T>, exactly: (value: number) => T, evaluate: (expr: Expr) => T): void {
    const letSlots = new Set(this.lets.map((definition) => definition.slot));
    for (const [name, slot] of this.slots) {
      if (!letSlots.has(slot)) scope.set(name, exactly(this.values[slot]!));
    }
    for (const definition of this.lets) scope.set(definition.name, evaluate(definition.expr));
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
 * What float64 can tell at a point:
 *  - "equal": both values finite, their rounding bounds finite and below half their size,
 *    and |a − b| ≤ tol·max(|a|, |b|) + 4·(bounds);
 *  - "differ": they clearly do (to be confirmed in high precision);
 *  - "loose": within a finite rounding bound too wide to tell (log(1/pt) next to pt = 1):
 *    no evidence either way, and not worth a high-precision check;
 *  - "unsure": a side not finite, a bound that is NaN or ∞ (0^0.5, 1/exp(1000)), or both
 *    values underflowed (below the smallest normal double, with a bound as large as they):
 *    never evidence of equality, so it goes to high precision.
 * Tiny values are compared on their own scale: there is no absolute floor.
 */
export function floatVerdict(a: number, errorA: number, b: number, errorB: number, tol: number): 'equal' | 'differ' | 'loose' | 'unsure' {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return 'unsure';
  const slack = ERROR_SAFETY * (errorA + errorB);
  if (!Number.isFinite(slack)) return 'unsure';
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  const gap = Math.abs(a - b);
  const tight = isTight(slack, magnitude);
  // Both values underflowed (exp(−920) against 2·exp(−920), both 0 here): float64 cannot tell.
  if (!tight && magnitude < SMALLEST_NORMAL) return 'unsure';
  if (gap > tol * magnitude + slack) return tight ? 'differ' : 'loose';
  return tight ? 'equal' : 'loose';
}

/** floatVerdict(...) === 'equal', alone and allocation-free: the common case of the sampling loops. */
export function plainlyEqual(a: number, errorA: number, b: number, errorB: number, tol: number): boolean {
  const slack = ERROR_SAFETY * (errorA + errorB);
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  // NaN fails every comparison; an infinite magnitude or slack fails the first or the last.
  return magnitude < Infinity && Math.abs(a - b) <= tol * magnitude + slack && isTight(slack, magnitude);
}

/**
 * Equal whatever the rounding: the values could not be further apart than the tolerance.
 * Stricter than plainlyEqual, which gives a difference within the rounding bound the benefit
 * of the doubt.
 */
export function surelyEqual(a: number, errorA: number, b: number, errorB: number, tol: number): boolean {
  const slack = ERROR_SAFETY * (errorA + errorB);
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  return magnitude < Infinity && Math.abs(a - b) + slack <= tol * magnitude && isTight(slack, magnitude);
}

/** The first index from `from` (below `to`) where plainlyEqual fails for the two columns; `to` if none. */
export function firstNotPlainlyEqual(
  va: Float64Array,
  ea: Float64Array,
  vb: Float64Array,
  eb: Float64Array,
  tol: number,
  from: number,
  to: number,
): number {
  for (let i = from; i < to; i++) {
    if (!plainlyEqual(va[i]!, ea[i]!, vb[i]!, eb[i]!, tol)) return i;
  }
  return to;
}

/**
 * A bound below half the values is tight; so is a bound of a few subnormals (an exact 0 from a
 * product) next to values a double holds normally, but not next to values that underflowed.
 */
function isTight(slack: number, magnitude: number): boolean {
  return slack <= 0.5 * magnitude || (slack <= 1e-300 && magnitude >= SMALLEST_NORMAL);
}

function asNumber(result: PreciseResult, fallback: number): number {
  if (result === UNDEFINED) return Number.NaN;
  if (result === UNSURE) return fallback;
  const value = result.v.toNumber();
  return Number.isFinite(value) ? value : fallback;
}

/**
 * What moving a point where one side has no value shows ("undefined": the other side stays
 * undefined next to it), in one direction, or combined.
 */
type Approach = 'removable' | 'differ' | 'undefined' | 'unknown';

/**
 * The verdict from several directions: along one coordinate (`oneCoordinate`, both ways), or
 * along the coordinates and diagonals. A difference along any is one. Along one coordinate,
 * undefined on one side only is one too (only one side has a value there). With several,
 * "undefined" along some directions is no evidence where the others show the limit (x·y/x is
 * undefined all along y at x = 0), and no verdict where they do not (x·y/(x·y) at (0, 0) is
 * undefined along both axes, yet tends to 1).
 */
function combine(parts: readonly Approach[], oneCoordinate: boolean): Approach {
  if (parts.includes('differ')) return 'differ';
  if (parts.every((part) => part === 'undefined')) return 'undefined';
  if (parts.includes('unknown')) return 'unknown';
  if (!parts.includes('undefined')) return 'removable';
  return oneCoordinate ? 'differ' : 'removable';
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
  const [shownA, shownB] = formatPair(a, b);
  const shown = layout.lastShown ?? { a: shownA, b: shownB };
  return { point: layout.pointRecord(coords), a: definedOrNull(a), b: definedOrNull(b), shown };
}

/**
 * Two confirmed values as text that tells them apart: each in its double's short form where
 * the double holds it (0.5 against 0.25), else the high-precision value in exponent form
 * (1.0e-400 against 2.0e-400), with as many digits as it takes for the two to differ.
 */
function showPair(preciseA: PreciseResult, a: number, preciseB: PreciseResult, b: number): { a: string; b: string } {
  const text = (result: PreciseResult, value: number, digits: number): string => {
    if (result === UNDEFINED) return 'undefined';
    if (result === UNSURE || (heldByDouble(result, value) && digits <= 17)) return formatValue(value, Math.max(6, digits));
    return formatPrecise(result, digits);
  };
  for (let digits = 2; ; digits++) {
    const shown = { a: text(preciseA, a, digits), b: text(preciseB, b, digits) };
    if (shown.a !== shown.b || digits >= 60) return shown;
  }
}

/** Is the double a faithful stand-in for the precise value (not one that overflowed or underflowed)? */
function heldByDouble(result: PreciseResult, value: number): boolean {
  if (typeof result === 'string') return true;
  if (!Number.isFinite(value)) return false;
  return value === 0 ? result.v.isZero() : Math.abs(value) >= 2 ** -1022;
}
