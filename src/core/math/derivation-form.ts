/**
 * The written form of a derivation step, up to changes that show no work: the order of
 * terms and factors, brackets, `+ 0`, `· 1`, arithmetic on constants (`2/2`, `exp(0)`,
 * `1/exp(1000)`), double negation, like terms that add up or cancel (`+ x − x`) and powers
 * of one base that add up (`x·x`).
 * Two steps with the same form key say the same thing in the same way, so the second is
 * not a step. Let names are kept as written (pₜ stays pₜ): substituting a definition is work.
 *
 * A factor against its reciprocal (`pₜ · (1/pₜ)`) cancels in the key too, so `goal · x/x` is
 * the goal; the factors stay as written in the form, where checkpoints look for the work a
 * chain-rule step writes out (derivation-checkpoints.ts).
 */
import { variablesOf, type Expr } from './ast.js';
import { compileEvaluator } from './evaluate.js';
import { parseExpression } from './sandbox.js';

/** A product: a numeric coefficient times factors, each a base raised to an exponent. */
export interface Term {
  coef: number;
  factors: Factor[];
}

export interface Factor {
  base: Form;
  /** A number, or a form for a symbolic exponent. */
  exponent: number | Form;
  key: string;
}

/** A variable, a named constant or a call (its arguments in canonical form). */
export interface AtomForm {
  kind: 'atom';
  expr: Expr;
  args: Form[];
  key: string;
}

/** A canonical sum of terms; 0 is the empty sum. */
export interface SumForm {
  kind: 'sum';
  terms: Term[];
  key: string;
}

export type Form = AtomForm | SumForm;

const SIGNIFICANT = 12;

const rounded = (value: number): number => (value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(SIGNIFICANT)));
const numberKey = (value: number): string => (Number.isFinite(value) ? String(rounded(value)) : 'undefined');
const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The canonical form of `expr`. Recursion follows the tree, whose depth the parser bounds. */
export function formOf(expr: Expr): Form {
  const terms: Term[] = [];
  collectTerms(expr, 1, terms);
  return sumForm(terms);
}

/** The key two steps are compared by. */
export function formKey(expr: Expr): string {
  return formOf(expr).key;
}

function constantValue(expr: Expr): number | undefined {
  if (expr.kind === 'num') return expr.value;
  if (hasVariables(expr)) return undefined;
  return compileEvaluator(expr, new Map())(new Float64Array(0), new Float64Array(0));
}

/** Memoized: forms ask it of every subtree, which would be quadratic otherwise. */
const variableMemo = new WeakMap<Expr, boolean>();
function hasVariables(expr: Expr): boolean {
  let known = variableMemo.get(expr);
  if (known === undefined) {
    known = variablesOf(expr).length > 0;
    variableMemo.set(expr, known);
  }
  return known;
}

function collectTerms(expr: Expr, sign: number, into: Term[]): void {
  switch (expr.kind) {
    case 'add':
      collectTerms(expr.left, sign, into);
      collectTerms(expr.right, sign, into);
      return;
    case 'sub':
      collectTerms(expr.left, sign, into);
      collectTerms(expr.right, -sign, into);
      return;
    case 'neg':
      collectTerms(expr.arg, -sign, into);
      return;
    default: {
      const term: Term = { coef: sign, factors: [] };
      collectFactors(expr, 1, term);
      into.push(term);
    }
  }
}

/** Multiplies `expr^power` (power ±1) into `term`. */
function collectFactors(expr: Expr, power: number, term: Term): void {
  const constant = constantValue(expr);
  if (constant !== undefined) {
    term.coef *= power === 1 ? constant : 1 / constant;
    return;
  }
  switch (expr.kind) {
    case 'mul':
      collectFactors(expr.left, power, term);
      collectFactors(expr.right, power, term);
      return;
    case 'div':
      collectFactors(expr.left, power, term);
      collectFactors(expr.right, -power, term);
      return;
    case 'neg':
      term.coef = -term.coef;
      collectFactors(expr.arg, power, term);
      return;
    case 'pow': {
      const exponent = constantValue(expr.right);
      if (exponent === 1) return collectFactors(expr.left, power, term);
      const base = baseForm(expr.left);
      if (exponent !== undefined) return pushFactor(term, base, rounded(exponent * power));
      return pushFactor(term, base, formOf(power === 1 ? expr.right : { kind: 'neg', arg: expr.right }));
    }
    case 'var':
    case 'const':
    case 'call':
    case 'argpick':
      return pushFactor(term, atomForm(expr), power);
    default: {
      // A bracketed sum: a single product inside (`(2·x)`) merges into this one.
      const inner = formOf(expr);
      if (power === 1 && inner.kind === 'sum' && inner.terms.length === 1) {
        const only = inner.terms[0]!;
        term.coef *= only.coef;
        term.factors.push(...only.factors);
        return;
      }
      pushFactor(term, inner, power);
    }
  }
}

/** The form of a power's base: a single plain factor stands for itself (`(x)^2` is `x^2`). */
function baseForm(expr: Expr): Form {
  if (expr.kind === 'var' || expr.kind === 'const' || expr.kind === 'call') return atomForm(expr);
  const form = formOf(expr);
  const only = form.kind === 'sum' && form.terms.length === 1 ? form.terms[0]! : undefined;
  if (only && only.coef === 1 && only.factors.length === 1 && only.factors[0]!.exponent === 1) return only.factors[0]!.base;
  return form;
}

function pushFactor(term: Term, base: Form, exponent: number | Form): void {
  if (base.kind === 'sum' && base.terms.length === 0) {
    // The base is 0.
    term.coef *= typeof exponent === 'number' ? 0 ** exponent : Number.NaN;
    return;
  }
  const exponentKey = typeof exponent === 'number' ? numberKey(exponent) : exponent.key;
  term.factors.push({ base, exponent, key: exponentKey === '1' ? `(${base.key})` : `(${base.key})^(${exponentKey})` });
}

function sumForm(terms: Term[]): SumForm {
  // Like terms (same factors) add up; zero terms vanish.
  const byFactors = new Map<string, Term>();
  for (const term of terms) {
    term.factors.sort(byKey);
    const key = productKey(term.factors);
    const known = byFactors.get(key);
    if (known) known.coef += term.coef;
    else byFactors.set(key, { coef: term.coef, factors: term.factors });
  }
  const kept = [...byFactors.entries()]
    .filter(([, term]) => rounded(term.coef) !== 0)
    .map(([factors, term]) => ({ term, key: factors === '' ? numberKey(term.coef) : `${numberKey(term.coef)}*${factors}` }))
    .sort(byKey);
  return { kind: 'sum', terms: kept.map(({ term }) => term), key: kept.length === 0 ? '0' : kept.map(({ key }) => key).join(' + ') };
}

/**
 * The key of a product: numeric powers of the same base add up (`x·x` is `x²`, `x·(1/x)` is
 * nothing), while the factors themselves stay as written for checkpoints to find.
 */
function productKey(factors: Factor[]): string {
  const powers = new Map<string, number>();
  const symbolic: string[] = [];
  for (const factor of factors) {
    if (typeof factor.exponent === 'number') powers.set(factor.base.key, (powers.get(factor.base.key) ?? 0) + factor.exponent);
    else symbolic.push(factor.key);
  }
  const numeric = [...powers]
    .filter(([, power]) => rounded(power) !== 0)
    .map(([base, power]) => (rounded(power) === 1 ? `(${base})` : `(${base})^(${numberKey(power)})`));
  return [...numeric, ...symbolic].sort().join('*');
}

function atomForm(expr: Expr): AtomForm {
  switch (expr.kind) {
    case 'var':
    case 'const':
      return { kind: 'atom', expr, args: [], key: expr.name };
    case 'call': {
      const args = expr.args.map(formOf);
      return { kind: 'atom', expr, args, key: `${expr.fn}(${args.map((arg) => arg.key).join(', ')})` };
    }
    default:
      return { kind: 'atom', expr, args: [], key: 'argpick' };
  }
}

/** The form key of an expression as written, or undefined if it does not parse. */
export function formKeyOf(source: string): string | undefined {
  const parsed = parseExpression(source);
  return parsed.ok ? formKey(parsed.value.expr) : undefined;
}
