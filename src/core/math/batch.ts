/**
 * The float64 evaluator of evaluate.ts, run over a block of points at once: each node of the
 * tree becomes one loop over the block, writing its values and rounding-error bounds into
 * arrays it owns. The per-node dispatch is paid once per block instead of once per point, and
 * the loops are the same few functions for every expression, so they stay optimized from one
 * check to the next. Values and bounds are those of evaluate.ts (the same formulas
 * in the same order), except powers, computed as exp(b·log a) where that is accurate enough,
 * with a bound that covers the difference (test/unit/math/batch.test.ts checks both).
 *
 * It serves the equivalence sampling loop, which is where the points are many. A node it does
 * not run (the derivative-only argpick) makes `add` return undefined, and the caller falls
 * back to the point-by-point evaluator.
 */
import type { Expr } from './ast.js';
import { erf } from './erf.js';
import { literalError, quotientError } from './evaluate.js';
import { logit, logSigmoid, sigmoid, softplus } from './functions.js';

/** Points per block: enough to amortize the dispatch, small enough that a node's arrays stay in cache. */
export const BLOCK = 256;

const U = Number.EPSILON;
const TINY = Number.MIN_VALUE;

/** A node's values and error bounds for the current block. */
export interface Column {
  readonly v: Float64Array;
  readonly e: Float64Array;
}

type Step = (n: number) => void;

/** Arrays of BLOCK doubles, reused from one check to the next (a fresh typed array costs a zeroed allocation). */
const spare: Float64Array[] = [];

/**
 * Expressions compiled over shared inputs into one list of loops. A subexpression that occurs
 * more than once (the (1 − pₜ)^γ of both sides of a focal-loss identity) is computed once.
 */
export class BlockProgram {
  /** One input column per slot: the caller writes sampled values into `inputs[slot].v`. */
  readonly inputs: Column[];
  private readonly steps: Step[] = [];
  private readonly ids = new Map<string, number>();
  private readonly columns: Column[] = [];
  private readonly owned: Float64Array[] = [];

  constructor(
    private readonly slots: ReadonlyMap<string, number>,
    /** A value per slot for the slots that are not sampled (fixed parameters). */
    fixedValues: ArrayLike<number>,
    /** How many of the slots are sampled (the first ones). */
    private readonly sampled: number,
  ) {
    this.inputs = [...slots.values()].map((slot) => this.constant(slot < sampled ? 0 : fixedValues[slot]!, 0));
  }

  /** Adds `expr` to the program; undefined when it holds a node that cannot run in blocks. */
  add(expr: Expr): Column | undefined {
    try {
      return this.columns[this.compile(expr)];
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
  }

  /** Writes points `start` to `start + n − 1` of `coords` (rows of one value per input) into the inputs. */
  load(coords: Float64Array, start: number, n: number): void {
    const dims = this.sampled;
    for (let j = 0; j < dims; j++) loadColumn(coords, dims, j, start, n, this.inputs[j]!.v);
  }

  run(n: number): void {
    for (const step of this.steps) step(n);
  }

  /** Gives the arrays back for the next program; the columns must not be used after. */
  release(): void {
    spare.push(...this.owned.splice(0));
  }

  private array(): Float64Array {
    const array = spare.pop() ?? new Float64Array(BLOCK);
    this.owned.push(array);
    return array;
  }

  private constant(value: number, error: number): Column {
    return { v: this.array().fill(value), e: this.array().fill(error) };
  }

  /** The id of the column of `expr`, computing it once per distinct subexpression. */
  private compile(expr: Expr): number {
    let key: string;
    let make: () => Column;
    switch (expr.kind) {
      case 'num': {
        const value = expr.value;
        key = `n${Object.is(value, -0) ? '-0' : value}`;
        make = () => this.constant(value, literalError(value));
        break;
      }
      case 'const': {
        const value = expr.name === 'e' ? Math.E : Math.PI;
        key = expr.name;
        make = () => this.constant(value, value * U);
        break;
      }
      case 'var': {
        const slot = this.slots.get(expr.name);
        key = `v${expr.name}`;
        make = () => (slot === undefined ? this.constant(Number.NaN, 0) : this.inputs[slot]!);
        break;
      }
      case 'neg': {
        const arg = this.compile(expr.arg);
        key = `-${arg}`;
        make = () => this.emit((out) => negate(this.columns[arg]!, out));
        break;
      }
      case 'call': {
        const args = expr.args.map((arg) => this.compile(arg));
        key = `${expr.fn}(${args.join(',')})`;
        make = () => this.emitCall(expr.fn, args.map((id) => this.columns[id]!));
        break;
      }
      case 'argpick':
        throw new Unsupported();
      default: {
        const kind = expr.kind;
        const left = this.compile(expr.left);
        const right = this.compile(expr.right);
        key = `${kind}(${left},${right})`;
        make = () => this.emit((out) => binary(kind, this.columns[left]!, this.columns[right]!, out));
        break;
      }
    }
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.columns.length;
      this.columns.push(make());
      this.ids.set(key, id);
    }
    return id;
  }

  /** A new output column and the step that fills it. */
  private emit(build: (out: Column) => Step): Column {
    const out = { v: this.array(), e: this.array() };
    this.steps.push(build(out));
    return out;
  }

  private emitCall(fn: string, args: Column[]): Column {
    const first = args[0]!;
    if (fn === 'log' && args.length === 2) {
      // log(x, base) = log(x)/log(base), with no value for a base that is not positive.
      const quotient = this.emit((out) => binary('div', this.emit((o) => logOf(first, o)), this.emit((o) => logOf(args[1]!, o)), out));
      const base = args[1]!.v;
      this.steps.push((n) => {
        for (let i = 0; i < n; i++) {
          if (!(base[i]! > 0)) {
            quotient.v[i] = Number.NaN;
            quotient.e[i] = 0;
          }
        }
      });
      return quotient;
    }
    if (fn === 'clip') {
      const lower = this.emit((out) => extreme('max', [first, args[1]!], out));
      return this.emit((out) => extreme('min', [lower, args[2]!], out));
    }
    if (fn === 'min' || fn === 'max') return this.emit((out) => extreme(fn, args, out));
    return this.emit((out) => call(fn, first, out));
  }
}

class Unsupported extends Error {}

function loadColumn(coords: Float64Array, dims: number, j: number, start: number, n: number, column: Float64Array): void {
  for (let i = 0; i < n; i++) column[i] = coords[(start + i) * dims + j]!;
}

// Each kernel is a top-level function that takes its arrays as arguments, called by a small
// closure per node. A loop inside the closure would read each array from the closure's context
// at every point, which V8 does not hoist: the same loop runs about twice as fast this way.

function negate(arg: Column, out: Column): Step {
  const { v: av, e: ae } = arg;
  const { v, e } = out;
  return (n) => negateKernel(av, ae, v, e, n);
}

function negateKernel(av: Float64Array, ae: Float64Array, v: Float64Array, e: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    v[i] = -av[i]!;
    e[i] = ae[i]!;
  }
}

type BinaryKernel = (av: Float64Array, ae: Float64Array, bv: Float64Array, be: Float64Array, v: Float64Array, e: Float64Array, n: number) => void;

function binary(kind: 'add' | 'sub' | 'mul' | 'div' | 'pow', left: Column, right: Column, out: Column): Step {
  const { v: av, e: ae } = left;
  const { v: bv, e: be } = right;
  const { v, e } = out;
  const kernel = BINARY_KERNELS[kind];
  return (n) => kernel(av, ae, bv, be, v, e, n);
}

const BINARY_KERNELS: Record<'add' | 'sub' | 'mul' | 'div' | 'pow', BinaryKernel> = {
  add(av, ae, bv, be, v, e, n) {
    for (let i = 0; i < n; i++) {
      const r = av[i]! + bv[i]!;
      v[i] = r;
      e[i] = ae[i]! + be[i]! + U * Math.abs(r);
    }
  },
  sub(av, ae, bv, be, v, e, n) {
    for (let i = 0; i < n; i++) {
      const r = av[i]! - bv[i]!;
      v[i] = r;
      e[i] = ae[i]! + be[i]! + U * Math.abs(r);
    }
  },
  mul(av, ae, bv, be, v, e, n) {
    for (let i = 0; i < n; i++) {
      const a = av[i]!;
      const b = bv[i]!;
      const r = a * b;
      const ea = ae[i]!;
      const eb = be[i]!;
      v[i] = r;
      e[i] = Math.abs(b) * ea + Math.abs(a) * eb + ea * eb + U * Math.abs(r) + TINY;
    }
  },
  div(av, ae, bv, be, v, e, n) {
    for (let i = 0; i < n; i++) {
      const b = bv[i]!;
      const r = av[i]! / b;
      v[i] = r;
      e[i] = quotientError(r, ae[i]!, b, be[i]!);
    }
  },
  pow(av, ae, bv, be, v, e, n) {
    for (let i = 0; i < n; i++) {
      const a = av[i]!;
      const ea = ae[i]!;
      const b = bv[i]!;
      const eb = be[i]!;
      // exp(b·log a) is about three times as fast as a ** b; its own rounding grows with
      // |b·log a| (the product's relative error becomes an absolute one in the exponent),
      // so it is used only where that stays small, and its bound says so.
      // (For a ≤ 0, t is NaN or infinite: the exact power is taken.)
      const t = b * Math.log(a);
      let r = Math.exp(t);
      let own = (2 * Math.abs(t) + 3) * U;
      if (b === 2 || !(t <= 32 && t >= -32)) {
        r = b === 2 ? a * a : a ** b;
        own = 2 * U;
      }
      // |b·a^(b−1)| = |b·r/a|, without a second power.
      const fromBase = ea === 0 ? 0 : Math.abs((b * r) / a) * ea;
      const fromExponent = eb === 0 ? 0 : Math.abs(r * Math.log(Math.abs(a))) * eb;
      v[i] = r;
      e[i] = fromBase + fromExponent + own * Math.abs(r) + TINY;
    }
  },
};

/** A one-argument function with |f′| for the propagated error and `ulps` of its own rounding. */
function unary(arg: Column, out: Column, f: (x: number) => number, slope: (x: number, r: number) => number, ulps = 2): Step {
  const { v: av, e: ae } = arg;
  const { v, e } = out;
  const own = ulps * U;
  return (n) => unaryKernel(av, ae, v, e, n, f, slope, own);
}

function unaryKernel(
  av: Float64Array,
  ae: Float64Array,
  v: Float64Array,
  e: Float64Array,
  n: number,
  f: (x: number) => number,
  slope: (x: number, r: number) => number,
  own: number,
): void {
  for (let i = 0; i < n; i++) {
    const x = av[i]!;
    const ex = ae[i]!;
    const r = f(x);
    v[i] = r;
    e[i] = (ex === 0 ? 0 : Math.abs(slope(x, r)) * ex) + own * Math.abs(r) + TINY;
  }
}

// The two commonest functions get kernels of their own (no call through a parameter per point).
function logOf(arg: Column, out: Column): Step {
  const { v: av, e: ae } = arg;
  const { v, e } = out;
  return (n) => logKernel(av, ae, v, e, n);
}

function logKernel(av: Float64Array, ae: Float64Array, v: Float64Array, e: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = av[i]!;
    const ex = ae[i]!;
    const r = Math.log(x);
    v[i] = r;
    e[i] = (ex === 0 ? 0 : Math.abs(1 / x) * ex) + 2 * U * Math.abs(r) + TINY;
  }
}

function expOf(arg: Column, out: Column): Step {
  const { v: av, e: ae } = arg;
  const { v, e } = out;
  return (n) => expKernel(av, ae, v, e, n);
}

function expKernel(av: Float64Array, ae: Float64Array, v: Float64Array, e: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const ex = ae[i]!;
    const r = Math.exp(av[i]!);
    v[i] = r;
    e[i] = (ex === 0 ? 0 : Math.abs(r) * ex) + 2 * U * Math.abs(r) + TINY;
  }
}

const relu = (x: number): number => (x > 0 ? x : x < 0 ? 0 : x === 0 ? 0 : Number.NaN);
const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : Number.NaN);

function call(fn: string, first: Column, out: Column): Step {
  switch (fn) {
    case 'log':
      return logOf(first, out);
    case 'log10':
      return unary(first, out, Math.log10, (x) => 1 / (x * Math.LN10));
    case 'log2':
      return unary(first, out, Math.log2, (x) => 1 / (x * Math.LN2));
    case 'exp':
      return expOf(first, out);
    case 'expm1':
      return unary(first, out, Math.expm1, (x) => Math.exp(x));
    case 'sqrt':
      return unary(first, out, Math.sqrt, (_x, r) => 1 / (2 * r));
    case 'abs':
      return unary(first, out, Math.abs, () => 1);
    case 'sign':
      return unary(first, out, sign, () => 0);
    case 'kinkSign':
      return unary(first, out, (x) => (x > 0 ? 1 : x < 0 ? -1 : Number.NaN), () => 0);
    case 'step':
      return unary(first, out, (x) => (x > 0 ? 1 : x < 0 ? 0 : Number.NaN), () => 0);
    case 'relu':
      return unary(first, out, relu, (x) => (x > 0 ? 1 : 0));
    case 'sigmoid':
      return unary(first, out, sigmoid, (_x, r) => r * (1 - r));
    case 'logsigmoid':
      return unary(first, out, logSigmoid, (x) => sigmoid(-x));
    case 'logit':
      return unary(first, out, (p) => (p > 0 && p < 1 ? logit(p) : Number.NaN), (p) => 1 / (p * (1 - p)));
    case 'softplus':
      return unary(first, out, softplus, (x) => sigmoid(x));
    case 'log1p':
      return unary(first, out, Math.log1p, (x) => 1 / (1 + x));
    case 'sin':
      return unary(first, out, Math.sin, (x) => Math.cos(x), 4);
    case 'cos':
      return unary(first, out, Math.cos, (x) => Math.sin(x), 4);
    case 'tan':
      return unary(first, out, Math.tan, (x) => 1 / Math.cos(x) ** 2, 4);
    case 'sinh':
      return unary(first, out, Math.sinh, (x) => Math.cosh(x), 4);
    case 'cosh':
      return unary(first, out, Math.cosh, (x) => Math.sinh(x), 4);
    case 'tanh':
      return unary(first, out, Math.tanh, (_x, r) => 1 - r * r, 4);
    case 'erf':
      return unary(first, out, erf, (x) => 1.1283791670955126 * Math.exp(-x * x), 64);
    default:
      throw new Unsupported();
  }
}

/** min/max: the first extreme argument's value and bound; NaN (bound 0) if any argument is NaN. */
function extreme(op: 'min' | 'max', args: Column[], out: Column): Step {
  const { v, e } = out;
  const isMin = op === 'min';
  return (n) => {
    for (let i = 0; i < n; i++) {
      let best = Number.NaN;
      let bestError = 0;
      let nan = false;
      for (let k = 0; k < args.length; k++) {
        const value = args[k]!.v[i]!;
        if (Number.isNaN(value)) {
          nan = true;
          break;
        }
        if (k === 0 || (isMin ? value < best : value > best)) {
          best = value;
          bestError = args[k]!.e[i]!;
        }
      }
      v[i] = nan ? Number.NaN : best;
      e[i] = nan ? 0 : bestError;
    }
  };
}
