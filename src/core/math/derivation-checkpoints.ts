/**
 * Does a step show a checkpoint, an expression a question wants to see written out (the
 * inner derivative pₜ(1 − pₜ), say)? A step shows it when some part of its canonical form
 * has the checkpoint's value at every probe point: the whole step, a bracket, an argument,
 * or any sub-product of a term's factors (with or without its coefficient), up to sign, so
 * `−(1/pₜ)·pₜ·(1 − pₜ)` shows pₜ(1 − pₜ), and so does `σ(x)·σ(−x)` in its place.
 */
import type { Expr } from './ast.js';
import type { Evaluator } from './evaluate.js';
import type { Form, Term } from './derivation-form.js';
import type { Layout } from './pointwise.js';
import type { PointSet } from './sampling.js';

/** Probe points: a handful, spread over the sampled set, tell values apart reliably. */
const PROBES = 8;
/** Agreement needed at the probes where the checkpoint is defined (and at least this many such probes). */
const MIN_DEFINED = 4;
const RELATIVE = 1e-9;
/** Sub-products are tried only over this many factors of a term (2^10 subsets at most). */
const MAX_SUBSET_FACTORS = 10;

type Print = Float64Array;

export class CheckpointProbe {
  private readonly probes: number[];
  private readonly atoms = new Map<string, Print>();

  constructor(
    private readonly layout: Layout,
    private readonly points: PointSet,
  ) {
    this.probes = Array.from({ length: Math.min(PROBES, points.count) }, (_, k) => Math.floor(((k + 0.5) * points.count) / PROBES));
  }

  /** The values of `expr` at the probe points. */
  valuesOf(expr: Expr): Print {
    return this.run(this.layout.compile(expr));
  }

  /** Does `form` show (somewhere inside) an expression with the values `wanted`? */
  shows(form: Form, wanted: Print): boolean {
    if (wanted.filter(Number.isFinite).length < MIN_DEFINED) return false;
    // Up to sign: a chain-rule factor shows even where its sign merged into the coefficient.
    const negated = wanted.map((value) => -value);
    let found = false;
    this.visit(form, (print) => {
      if (!found && (samePrint(print, wanted) || samePrint(print, negated))) found = true;
    });
    return found;
  }

  private run(evaluator: Evaluator): Print {
    const print = new Float64Array(this.probes.length);
    this.probes.forEach((index, k) => {
      this.layout.load(this.points.coords, index * this.points.dims);
      print[k] = evaluator(this.layout.values, this.layout.errors);
    });
    return print;
  }

  /** Calls `see` with the values of every part of `form`, and returns the values of the whole. */
  private visit(form: Form, see: (print: Print) => void): Print {
    if (form.kind === 'atom') {
      for (const arg of form.args) this.visit(arg, see);
      let print = this.atoms.get(form.key);
      if (!print) this.atoms.set(form.key, (print = this.run(this.layout.compile(form.expr))));
      see(print);
      return print;
    }
    const total = new Float64Array(this.probes.length);
    for (const term of form.terms) {
      const print = this.visitTerm(term, see);
      for (let k = 0; k < total.length; k++) total[k] = total[k]! + print[k]!;
    }
    see(total);
    return total;
  }

  private visitTerm(term: Term, see: (print: Print) => void): Print {
    const factors = term.factors.map((factor) => {
      const base = this.visit(factor.base, see);
      const exponent = typeof factor.exponent === 'number' ? undefined : this.visit(factor.exponent, see);
      const print = base.map((value, k) => value ** (exponent ? exponent[k]! : (factor.exponent as number)));
      see(print);
      return print;
    });
    const coef = new Float64Array(this.probes.length).fill(term.coef);
    if (factors.length <= MAX_SUBSET_FACTORS) {
      for (let mask = 1; mask < 1 << factors.length; mask++) {
        const product = coef.map(() => 1);
        factors.forEach((print, i) => {
          if (mask & (1 << i)) for (let k = 0; k < product.length; k++) product[k] = product[k]! * print[k]!;
        });
        see(product);
        see(product.map((value) => value * term.coef));
      }
    }
    const whole = factors.reduce((product, print) => product.map((value, k) => value * print[k]!), coef);
    see(whole);
    return whole;
  }
}

function samePrint(a: Print, b: Print): boolean {
  let defined = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (!Number.isFinite(y)) continue;
    if (!Number.isFinite(x) || Math.abs(x - y) > RELATIVE * Math.max(Math.abs(x), Math.abs(y)) + 1e-300) return false;
    defined++;
  }
  return defined >= MIN_DEFINED;
}
