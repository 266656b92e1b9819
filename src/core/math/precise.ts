/**
 * High-precision evaluation (decimal.js, 64 significant digits or more), the judge of every
 * difference float64 suspects. Each value carries a running bound on its rounding error, and
 * definedness is decided only when it is certain: log of a value within its error bound of
 * zero is "unsure", not "undefined", so that 1 − σ(1000), which rounds to 0 even here, is
 * never taken for a point where log(1 − σ(x)) is undefined.
 */
import { Decimal } from 'decimal.js';
import { sameExpr, type Expr } from './ast.js';
import { erfSeriesFixed, erfSeriesPlaces, expFixed, lnFixed } from './fixed-point.js';

/** A value and a bound on its absolute error. */
export interface Precise {
  v: Decimal;
  e: Decimal;
}

export const UNDEFINED = 'undefined';
export const UNSURE = 'unsure';
export type PreciseResult = Precise | typeof UNDEFINED | typeof UNSURE;

/** Error bounds need few digits. */
const Err = Decimal.clone({ precision: 6, rounding: Decimal.ROUND_UP, toExpNeg: -9e15, toExpPos: 9e15 });
const ZERO_ERR = new Err(0);

const isValue = (r: PreciseResult): r is Precise => typeof r !== 'string';

/** Thrown when a WorkMeter's units are spent: the evaluation stops, and its caller claims nothing. */
export class OutOfWork extends Error {}

/**
 * High-precision work left, in units of about a microsecond of this evaluator's own work at 56
 * digits, charged before each operation runs (so an expensive one is refused, not finished).
 * Deterministic, unlike a clock: the same check gives the same verdict on any machine. Without
 * a limit, eighty erf terms judged at 240 digits at every point float64 cannot judge would take
 * minutes.
 */
export class WorkMeter {
  constructor(private left: number) {}

  charge(units: number): void {
    this.left -= units;
    if (this.left < 0) throw new OutOfWork();
  }
}

/** A meter for evaluations outside a check's limits (tests, a value to show). */
const UNLIMITED = new WorkMeter(Number.POSITIVE_INFINITY);

/** Units of one step of the work, at 56 digits (measured; their cost grows about linearly with the digits). */
const COST = { arithmetic: 10, power: 120, root: 30, elementary: 70, trigonometric: 150, seriesTerm: 20, fixedSeriesTerm: 0.45, erf: 60 } as const;
/** Digits of π decimal.js holds, and its working guard digits beyond what is asked (LOG_BASE). */
const PI_DIGITS = 1025;
const LOG_BASE_GUARD = 7;
/** erf's Taylor series serves up to x² = this times the digits; beyond, erf is ±1 to those digits. */
const ERF_SERIES_LIMIT = 3;
const CHEAP_FUNCTIONS = new Set(['abs', 'relu', 'sign', 'kinkSign', 'step', 'min', 'max', 'clip']);
const TRIGONOMETRIC = new Set(['sin', 'cos', 'tan']);
const EXPONENTIAL = new Set(['exp', 'expm1', 'sigmoid', 'softplus', 'logsigmoid', 'sinh', 'cosh', 'tanh']);

/** Per precision: the Decimal classes (cloning one costs tens of µs), the unit rounding, e and π. */
interface Context {
  D: typeof Decimal;
  work: typeof Decimal;
  u: Decimal;
  e: Decimal;
  pi: Decimal;
}
const contexts = new Map<number, Context>();

/** Is `error` decimal.js refusing a precision it cannot reach (π or ln 10 past 1025 digits)? */
export function isDecimalLimit(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('[DecimalError]');
}

/**
 * Forgets the Decimal classes made so far: a decimal.js function that throws can leave its class
 * at a raised precision, and every later value of that class would be computed at it.
 */
export function discardPreciseContexts(): void {
  contexts.clear();
}

function contextFor(digits: number): Context {
  const D = Decimal.clone({ precision: digits, rounding: Decimal.ROUND_HALF_EVEN });
  const work = Decimal.clone({ precision: digits + 6, rounding: Decimal.ROUND_HALF_EVEN });
  const context = { D, work, u: new Err(10).pow(1 - digits).times(4), e: D.exp(1), pi: D.acos(-1) };
  if (contexts.size > 8) contexts.clear();
  contexts.set(digits, context);
  return context;
}

export class PreciseEvaluator {
  private readonly D: typeof Decimal;
  /** Relative rounding of one operation. */
  private readonly u: Decimal;
  private readonly work: typeof Decimal;
  private readonly memo = new Map<Expr, PreciseResult>();
  private readonly constE: Decimal;
  private readonly constPi: Decimal;

  /** The cost of a unit of work at these digits, relative to 56. */
  private readonly scale: number;

  constructor(
    readonly digits: number,
    private readonly scope: ReadonlyMap<string, PreciseResult>,
    private readonly meter: WorkMeter = UNLIMITED,
  ) {
    this.scale = Math.max(1, digits / 56);
    const known = contexts.get(digits) ?? contextFor(digits);
    this.D = known.D;
    this.work = known.work;
    this.u = known.u;
    this.constE = known.e;
    this.constPi = known.pi;
  }

  evaluate(expr: Expr): PreciseResult {
    let known = this.memo.get(expr);
    if (known === undefined) {
      known = this.compute(expr);
      // Past decimal.js's exponent range (exp(exp(exp(6)))) a value becomes ±Infinity or NaN,
      // and two infinities would compare equal: such a value is not known.
      if (isValue(known) && !(known.v.isFinite() && known.e.isFinite())) known = UNSURE;
      this.memo.set(expr, known);
    }
    return known;
  }

  /** An exact input (a double as written, or a sampled coordinate). */
  exact(value: number): Precise {
    return { v: new this.D(value), e: ZERO_ERR };
  }

  private round(v: Decimal, extra: Decimal.Value = ZERO_ERR, factor = 1): Precise {
    const e = new Err(extra).plus(this.u.times(v.abs()).times(factor));
    return { v, e };
  }

  private compute(expr: Expr): PreciseResult {
    switch (expr.kind) {
      case 'num':
        return this.exact(expr.value);
      case 'const': {
        const v = expr.name === 'e' ? this.constE : this.constPi;
        return this.round(v);
      }
      case 'var':
        return this.scope.get(expr.name) ?? UNDEFINED;
      case 'neg': {
        const a = this.evaluate(expr.arg);
        return isValue(a) ? { v: a.v.neg(), e: a.e } : a;
      }
      case 'call':
        return this.call(expr.fn, expr.args);
      case 'argpick':
        return this.argpick(expr.op, expr.args, expr.picks);
      case 'sub':
        // f − f is exactly 0 wherever f has a value: two evaluations of f round alike.
        if (sameExpr(expr.left, expr.right)) {
          const f = this.evaluate(expr.left);
          return isValue(f) ? { v: new this.D(0), e: ZERO_ERR } : f;
        }
        return this.binary('sub', this.evaluate(expr.left), this.evaluate(expr.right));
      default:
        return this.binary(expr.kind, this.evaluate(expr.left), this.evaluate(expr.right));
    }
  }

  private binary(kind: 'add' | 'sub' | 'mul' | 'div' | 'pow', a: PreciseResult, b: PreciseResult): PreciseResult {
    if (a === UNDEFINED || b === UNDEFINED) return UNDEFINED;
    if (a === UNSURE || b === UNSURE) return UNSURE;
    this.charge(kind !== 'pow' ? COST.arithmetic : !(b.e.isZero() && b.v.isInteger()) ? powerCost(a.v, b.v) : integerPowerCost(b.v));
    switch (kind) {
      case 'add':
        return this.round(a.v.plus(b.v), a.e.plus(b.e));
      case 'sub':
        return this.round(a.v.minus(b.v), a.e.plus(b.e));
      case 'mul':
        return this.round(a.v.times(b.v), a.e.times(b.v.abs()).plus(b.e.times(a.v.abs())).plus(a.e.times(b.e)));
      case 'div':
        return this.divide(a, b);
      case 'pow':
        return this.power(a, b);
    }
  }

  private divide(a: Precise, b: Precise): PreciseResult {
    if (isZero(b)) return UNDEFINED;
    const margin = b.v.abs().minus(b.e);
    if (margin.lte(b.v.abs().div(2))) return UNSURE;
    const v = a.v.div(b.v);
    return this.round(v, a.e.plus(b.e.times(v.abs())).div(margin));
  }

  private power(a: Precise, b: Precise): PreciseResult {
    const D = this.D;
    const exponentExactInteger = b.e.isZero() && b.v.isInteger();
    if (isZero(a)) {
      if (b.v.gt(b.e)) return { v: new D(0), e: ZERO_ERR };
      if (isZero(b)) return { v: new D(1), e: ZERO_ERR };
      return b.v.lt(b.e.neg()) ? UNDEFINED : UNSURE;
    }
    const nearZero = a.v.abs().lte(a.e.times(2));
    if (exponentExactInteger) {
      if (nearZero) {
        if (b.v.isNeg()) return UNSURE;
        // |a^n| ≤ (|a| + e)^n: a tiny value of unknown sign.
        const bound = a.v.abs().plus(a.e).pow(b.v);
        return { v: a.v.pow(b.v), e: new Err(bound).times(2) };
      }
      const v = a.v.pow(b.v);
      const relative = b.v.abs().times(a.e).div(a.v.abs());
      if (relative.gt(1e-3)) return UNSURE;
      return this.round(v, v.abs().times(relative).times(2), 2);
    }
    if (nearZero) return UNSURE;
    if (a.v.isNeg()) {
      // JavaScript (and mathematics over the reals): a negative base with a fractional exponent has no value.
      if (b.e.isZero()) return UNDEFINED;
      const distance = b.v.minus(b.v.round()).abs();
      return distance.gt(b.e) ? UNDEFINED : UNSURE;
    }
    const W = this.work;
    const logA = this.lnIn(W, a.v);
    const v = new this.D(this.expIn(W, logA.times(b.v)));
    const relative = b.v.abs().times(a.e).div(a.v).plus(logA.abs().times(b.e));
    if (relative.gt(1e-3)) return UNSURE;
    return this.round(v, v.abs().times(relative).times(2), 2 + logA.times(b.v).abs().toNumber());
  }

  private call(fn: string, argExprs: Expr[]): PreciseResult {
    const args = argExprs.map((arg) => this.evaluate(arg));
    if (fn === 'min' || fn === 'max' || fn === 'clip') return this.minMax(fn, args);
    if (args.includes(UNDEFINED)) return UNDEFINED;
    if (args.includes(UNSURE)) return UNSURE;
    const values = args as Precise[];
    const x = values[0]!;
    // sin, cos or tan of an argument known only to within 1 (or too large to reduce by 2π here)
    // can settle nothing: not computed, not charged.
    if (TRIGONOMETRIC.has(fn) && (!this.reducible(x.v) || new Err(x.e).plus(this.u.times(x.v.abs())).gte(1))) return UNSURE;
    this.chargeCall(fn, x);
    // log(x, base) takes the logarithm of its base too.
    if (fn === 'log' && values.length === 2) this.chargeCall(fn, values[1]!);
    const D = this.D;
    const W = this.work;
    switch (fn) {
      case 'log':
        if (values.length === 2) {
          const base = values[1]!;
          if (certainlyNotPositive(base)) return UNDEFINED;
          return this.binary('div', this.ln(x), this.ln(base));
        }
        return this.ln(x);
      case 'log10':
        return this.binary('div', this.ln(x), this.round(this.lnIn(D, new D(10))));
      case 'log2':
        return this.binary('div', this.ln(x), this.round(this.lnIn(D, new D(2))));
      case 'exp': {
        const v = this.expIn(D, x.v);
        return this.round(v, v.abs().times(x.e), 2);
      }
      case 'expm1': {
        const v = this.expm1(x.v);
        return this.round(v, v.abs().plus(1).times(x.e), 2);
      }
      case 'log1p': {
        const onePlus = { v: x.v.plus(1), e: x.e };
        const check = this.positive(onePlus);
        if (check !== true) return check;
        const v = this.log1p(x.v);
        return this.round(v, new Err(x.e).div(new Err(onePlus.v)), 2);
      }
      case 'sqrt': {
        if (isZero(x)) return { v: new D(0), e: ZERO_ERR };
        const check = this.positive(x);
        if (check !== true) return check;
        const v = x.v.sqrt();
        return this.round(v, new Err(x.e).div(new Err(v).times(2)), 2);
      }
      case 'abs':
        return { v: x.v.abs(), e: x.e };
      case 'relu':
        if (x.v.gt(x.e)) return x;
        if (x.v.lt(x.e.neg())) return { v: new D(0), e: ZERO_ERR };
        return { v: this.D.max(x.v, 0), e: x.e };
      case 'sign':
      case 'kinkSign':
      case 'step': {
        if (isZero(x)) return fn === 'sign' ? { v: new D(0), e: ZERO_ERR } : UNDEFINED;
        if (x.v.abs().lte(x.e)) return UNSURE;
        const positive = x.v.isPos();
        return { v: new D(fn === 'step' ? (positive ? 1 : 0) : positive ? 1 : -1), e: ZERO_ERR };
      }
      case 'sigmoid': {
        const v = this.sigmoid(x.v);
        return this.round(v, v.times(new D(1).minus(v)).times(x.e), 2);
      }
      case 'softplus':
        // |softplus′| ≤ 1 and |logsigmoid′| ≤ 1: error slopes need no second exponential.
        return this.round(this.softplus(x.v), x.e, 2);
      case 'logsigmoid':
        return this.round(this.softplus(x.v.neg()).neg(), x.e, 2);
      case 'logit': {
        const oneMinus = { v: new D(1).minus(x.v), e: x.e };
        if (certainlyNotPositive(x) || certainlyNotPositive(oneMinus)) return UNDEFINED;
        if (this.positive(x) !== true || this.positive(oneMinus) !== true) return UNSURE;
        const logP = this.lnIn(W, x.v);
        const log1mP = this.log1p(x.v.neg());
        const v = new D(logP.minus(log1mP));
        const rounding = this.u.times(logP.abs().plus(log1mP.abs()).toNumber());
        return { v, e: new Err(x.e).div(new Err(x.v.times(oneMinus.v))).plus(rounding).plus(this.u.times(v.abs())) };
      }
      case 'sin':
        return this.round(D.sin(x.v), new Err(x.e).plus(this.u.times(x.v.abs())), 2);
      case 'cos':
        return this.round(D.cos(x.v), new Err(x.e).plus(this.u.times(x.v.abs())), 2);
      case 'tan': {
        const cos = D.cos(x.v);
        const cosError = this.u.times(x.v.abs().plus(1)).plus(x.e);
        if (cos.abs().lte(cosError.times(4))) return UNSURE;
        const v = D.sin(x.v).div(cos);
        return this.round(v, new Err(x.e).plus(this.u.times(x.v.abs())).div(new Err(cos.times(cos))), 2);
      }
      case 'sinh': {
        const v = this.sinh(x.v);
        return this.round(v, v.abs().plus(1).times(x.e), 2);
      }
      case 'cosh': {
        // (eˣ + e⁻ˣ)/2: no cancellation. decimal.js's own cosh sums a series whose length grows with x.
        const v = new D(this.expIn(W, x.v).plus(this.expIn(W, x.v.neg())).div(2));
        return this.round(v, v.times(x.e), 2);
      }
      case 'tanh': {
        const v = this.tanh(x.v);
        return this.round(v, new D(1).minus(v.times(v)).abs().times(x.e), 2);
      }
      case 'erf': {
        const v = this.erf(x.v);
        return this.round(v, new Err(x.e).times(1.1284).plus(this.u), 2);
      }
      default:
        throw new Error(`no precise evaluation for function ${fn}`);
    }
  }

  private charge(units: number): void {
    this.meter.charge(units * this.scale);
  }

  /** A function's cost before it runs; series charge their terms as they go. */
  private chargeCall(fn: string, x: Precise): void {
    if (CHEAP_FUNCTIONS.has(fn)) return this.charge(1);
    if (fn === 'sqrt') return this.charge(COST.root);
    if (fn === 'erf') return this.charge(COST.erf);
    const exponent = Math.max(0, x.v.e);
    // sinh and cosh take two exps.
    if (EXPONENTIAL.has(fn)) return this.charge(exponentialCost(exponent) * (fn === 'sinh' || fn === 'cosh' ? 2 : 1));
    // logit takes a logarithm and a log1p.
    if (fn === 'logit') return this.charge(2 * COST.elementary);
    if (!TRIGONOMETRIC.has(fn)) return this.charge(COST.elementary);
    // Reducing a large argument by 2π takes digits in proportion to its size: sin(1e15) costs five
    // times sin(0.7). tan takes a sin and a cos.
    this.charge(COST.trigonometric * (1 + exponent / 4) * (fn === 'tan' ? 2 : 1));
  }

  /** ln(v) at the precision of `C` (this.D or this.work): the fixed-point one where it can, else decimal.js's. */
  private lnIn(C: typeof Decimal, v: Decimal): Decimal {
    if (v.eq(1)) return new C(0);
    const fast = lnFixed(v, C.precision);
    return fast ? new C(fast).toSignificantDigits(C.precision) : C.ln(v);
  }

  private expIn(C: typeof Decimal, v: Decimal): Decimal {
    if (v.isZero()) return new C(1);
    const fast = expFixed(v, C.precision);
    return fast ? new C(fast).toSignificantDigits(C.precision) : C.exp(v);
  }

  /** `true` when certainly > 0; otherwise whether it is certainly not (UNDEFINED) or unknown. */
  private positive(x: Precise): true | typeof UNDEFINED | typeof UNSURE {
    if (x.v.gt(x.e.times(2))) return true;
    return certainlyNotPositive(x) ? UNDEFINED : UNSURE;
  }

  private ln(x: Precise): PreciseResult {
    const check = this.positive(x);
    if (check !== true) return check;
    const v = this.lnIn(this.D, x.v);
    return this.round(v, new Err(x.e).div(new Err(x.v)).times(2).plus(this.u), 2);
  }

  private sigmoid(x: Decimal): Decimal {
    const W = this.work;
    if (x.isNeg()) {
      const e = this.expIn(W, x);
      return new this.D(e.div(e.plus(1)));
    }
    return new this.D(new W(1).div(this.expIn(W, x.neg()).plus(1)));
  }

  private softplus(x: Decimal): Decimal {
    const tail = this.log1p(this.expIn(this.work, x.abs().neg()));
    return new this.D(tail.plus(x.isPos() ? x : 0));
  }

  /** sinh by decimal.js's series near 0, else (eˣ − e⁻ˣ)/2 (its series would need about |x| terms). */
  private sinh(x: Decimal): Decimal {
    if (x.abs().lt(1)) return this.D.sinh(x);
    const W = this.work;
    return new this.D(this.expIn(W, x).minus(this.expIn(W, x.neg())).div(2));
  }

  /**
   * Can sin, cos or tan of `x` be reduced by 2π at this precision? That takes π to the digits
   * of x's integer part and ours, and decimal.js holds π to 1025 digits only (past them it
   * throws, leaving its class at the raised precision).
   */
  private reducible(x: Decimal): boolean {
    return x.e + this.digits + 2 * LOG_BASE_GUARD < PI_DIGITS;
  }

  private tanh(x: Decimal): Decimal {
    // tanh(x) = −expm1(−2x) / (expm1(−2x) + 2), for x ≥ 0 (odd function).
    const m = this.expm1(x.abs().times(-2));
    const v = m.neg().div(m.plus(2));
    return new this.D(x.isNeg() ? v.neg() : v);
  }

  /** log(1 + x), keeping tiny x. */
  private log1p(x: Decimal.Value): Decimal {
    const W = this.work;
    const y = new W(x);
    if (y.abs().gte(1e-4)) return new this.D(this.lnIn(W, y.plus(1)));
    // x − x²/2 + x³/3 − …
    let sum = new W(0);
    let power = y;
    for (let n = 1; n < 200; n++) {
      this.charge(COST.seriesTerm);
      const term = power.div(n);
      sum = n % 2 === 1 ? sum.plus(term) : sum.minus(term);
      if (term.abs().lte(sum.abs().times(new W(10).pow(-this.digits - 8)))) break;
      power = power.times(y);
    }
    return new this.D(sum);
  }

  /** exp(x) − 1, keeping tiny x. */
  private expm1(x: Decimal.Value): Decimal {
    const W = this.work;
    const y = new W(x);
    if (y.abs().gte(1e-4)) return new this.D(this.expIn(W, y).minus(1));
    let sum = new W(0);
    let term = y;
    for (let n = 2; n < 200; n++) {
      this.charge(COST.seriesTerm);
      sum = sum.plus(term);
      if (term.abs().lte(sum.abs().times(new W(10).pow(-this.digits - 8)))) break;
      term = term.times(y).div(n);
    }
    return new this.D(sum);
  }

  /**
   * erf by its Taylor series (erfSeriesFixed). Beyond x² = 3·digits it is ±1 to these digits:
   * 1 − |erf(x)| = erfc(|x|) < e^(−x²) < 10^(−1.3·digits), far inside the rounding bound.
   */
  private erf(x: Decimal): Decimal {
    const x2 = x.times(x).toNumber();
    if (x2 > ERF_SERIES_LIMIT * this.digits) return new this.D(x.isPos() ? 1 : -1);
    this.charge((COST.fixedSeriesTerm * (Math.E * x2 + 20) * erfSeriesPlaces(x2, this.digits)) / this.digits);
    return new this.D(erfSeriesFixed(x, this.digits));
  }

  private minMax(fn: 'min' | 'max' | 'clip', args: PreciseResult[]): PreciseResult {
    if (args.includes(UNDEFINED)) return UNDEFINED;
    if (args.includes(UNSURE)) return UNSURE;
    const values = args as Precise[];
    if (fn === 'clip') {
      const [x, lo, hi] = values as [Precise, Precise, Precise];
      return this.minMax('min', [this.minMax('max', [x, lo]), hi]);
    }
    let best = values[0]!;
    let error = best.e;
    for (const value of values.slice(1)) {
      if (fn === 'min' ? value.v.lt(best.v) : value.v.gt(best.v)) best = value;
      if (value.e.gt(error)) error = value.e;
    }
    // min and max move no more than their arguments do.
    return { v: best.v, e: error };
  }

  /** The derivative of min/max: the pick of the argument that attains it; a tie between different picks has no value. */
  private argpick(op: 'min' | 'max', argExprs: Expr[], pickExprs: Expr[]): PreciseResult {
    const args = argExprs.map((arg) => this.evaluate(arg));
    if (args.includes(UNDEFINED)) return UNDEFINED;
    if (args.includes(UNSURE)) return UNSURE;
    const values = args as Precise[];
    let best = 0;
    for (let i = 1; i < values.length; i++) {
      if (op === 'min' ? values[i]!.v.lt(values[best]!.v) : values[i]!.v.gt(values[best]!.v)) best = i;
    }
    const picked = this.evaluate(pickExprs[best]!);
    for (let i = 0; i < values.length; i++) {
      if (i === best) continue;
      const gap = values[i]!.v.minus(values[best]!.v).abs();
      if (gap.gt(values[i]!.e.plus(values[best]!.e))) continue;
      // Tied (or too close to tell): fine only when both picks agree.
      const other = this.evaluate(pickExprs[i]!);
      if (!isValue(other) || !isValue(picked)) return UNSURE;
      if (!other.v.minus(picked.v).abs().lte(other.e.plus(picked.e))) return gap.isZero() && values[i]!.e.isZero() ? UNDEFINED : UNSURE;
    }
    return picked;
  }
}

/**
 * exp of an argument with decimal exponent `exponent`: the fixed point's reduction and squarings
 * grow with the argument's size (exp(2.5e5) costs several times exp(0.7)); past 10⁶ decimal.js's
 * own exp costs one to two milliseconds at 56 digits, until 10¹⁸, where its result leaves the
 * exponent range at once (measured).
 */
function exponentialCost(exponent: number): number {
  if (exponent >= 18) return COST.elementary * 4;
  if (exponent >= 6) return COST.elementary * 20;
  return COST.elementary * (1 + exponent / 2);
}

/**
 * a^b as exp(b·ln a): priced as that exp, by the decimal exponent of b·ln a, from those of b and
 * of ln a (about a − 1 near 1, else about 2.3 times a's exponent).
 */
function powerCost(a: Decimal, b: Decimal): number {
  const nearOne = a.minus(1).abs();
  if (a.isZero() || b.isZero() || nearOne.isZero()) return COST.power;
  const lnExponent = nearOne.lt(0.5) ? nearOne.e : Math.log10(Math.abs(a.e) + 1);
  return COST.power - COST.elementary + exponentialCost(Math.max(0, b.e + lnExponent));
}

/**
 * x^n by squaring takes about log₂|n| products, of growing length when |n| is large (x^1e16: 2.5
 * ms); past 2⁵³ decimal.js takes exp(n·ln x) instead.
 */
function integerPowerCost(n: Decimal): number {
  const bits = Math.min(53, Math.max(1, n.abs().toNumber() > 1 ? Math.log2(n.abs().toNumber()) : 1));
  return bits <= 2 ? COST.arithmetic : COST.arithmetic * bits * (1 + bits / 8);
}

function isZero(x: Precise): boolean {
  return x.v.isZero() && x.e.isZero();
}

/** Certainly ≤ 0 (a zero is certain only when exact). */
function certainlyNotPositive(x: Precise): boolean {
  return isZero(x) || x.v.lt(x.e.neg());
}

/** A value with `digits` significant digits, in exponent form: 1.0e-400, -2.5e+12. */
export function formatPrecise(result: Precise, digits: number): string {
  return result.v.toExponential(Math.max(1, digits - 1));
}

export type Verdict = 'differ' | 'equal' | 'unsure';

/**
 * Compares two precise results: a difference must exceed the tolerance after both error
 * bounds are taken off; equality needs error bounds small enough to tell.
 */
export function compareExact(a: PreciseResult, b: PreciseResult, tol: number): Verdict {
  if (a === UNSURE || b === UNSURE) return 'unsure';
  if (a === UNDEFINED || b === UNDEFINED) return a === b ? 'equal' : 'differ';
  const scale = Decimal.max(a.v.abs(), b.v.abs()).times(tol);
  const slack = a.e.plus(b.e).times(4);
  const gap = a.v.minus(b.v).abs();
  if (gap.minus(slack).gt(scale)) return 'differ';
  const magnitude = Decimal.max(a.v.abs(), b.v.abs());
  // No absolute floor: 1 − tanh(100) rounds to 0 at 56 digits, and is 2.8e-87.
  if (slack.lte(scale) || slack.lte(magnitude.times(1e-30))) return 'equal';
  return 'unsure';
}
