/**
 * Prints an expression the way it is written on paper, for live previews and messages:
 * `-(1-pt)^gamma*log(pt)` → `−(1 − pₜ)^γ · log(pₜ)`. Parentheses appear only where the
 * tree needs them; the output parses back to the same expression.
 */
import type { Expr } from './ast.js';

const PRETTY_NAMES: Record<string, string> = {
  gamma: 'γ',
  alpha: 'α',
  beta: 'β',
  delta: 'δ',
  epsilon: 'ε',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  tau: 'τ',
  pt: 'pₜ',
  alpha_t: 'αₜ',
};

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Binding strength: higher binds tighter. */
const enum Prec {
  Sum = 1,
  Product = 2,
  Unary = 3,
  Power = 4,
  Atom = 5,
}

interface Printed {
  text: string;
  prec: Prec;
}

export function prettyName(name: string): string {
  if (Object.hasOwn(PRETTY_NAMES, name)) return PRETTY_NAMES[name]!;
  return name.endsWith('_t') && name.length > 2 ? `${prettyName(name.slice(0, -2))}ₜ` : name;
}

export function prettyNumber(value: number): string {
  return value < 0 ? `−${-value}` : String(value);
}

export function prettyPrint(expr: Expr): string {
  return print(expr).text;
}

/** `a + (−b · c)` reads better than `a + −b · c`. */
const startsWithMinus = (printed: Printed): boolean => printed.text.startsWith('−');

const wrap = (printed: Printed, needsParens: boolean): string => (needsParens ? `(${printed.text})` : printed.text);

function print(expr: Expr): Printed {
  switch (expr.kind) {
    case 'num':
      return { text: prettyNumber(expr.value), prec: expr.value < 0 ? Prec.Unary : Prec.Atom };
    case 'const':
      return { text: expr.name === 'pi' ? 'π' : 'e', prec: Prec.Atom };
    case 'var':
      return { text: prettyName(expr.name), prec: Prec.Atom };
    case 'neg': {
      const arg = print(expr.arg);
      return { text: `−${wrap(arg, arg.prec <= Prec.Unary)}`, prec: Prec.Unary };
    }
    case 'call': {
      const name = expr.fn === 'sigmoid' ? 'σ' : expr.fn === 'kinkSign' ? 'sign' : expr.fn;
      return { text: `${name}(${expr.args.map((arg) => print(arg).text).join(', ')})`, prec: Prec.Atom };
    }
    case 'argpick':
      return { text: `${expr.op}′(${expr.args.map((arg) => print(arg).text).join(', ')})`, prec: Prec.Atom };
    case 'add':
    case 'sub': {
      const left = print(expr.left);
      const right = print(expr.right);
      const rightParens = startsWithMinus(right) || (expr.kind === 'sub' && right.prec <= Prec.Sum);
      const op = expr.kind === 'add' ? '+' : '−';
      return { text: `${left.text} ${op} ${wrap(right, rightParens)}`, prec: Prec.Sum };
    }
    case 'mul':
    case 'div': {
      const left = print(expr.left);
      const right = print(expr.right);
      // a · (b · c) reads the same without parentheses; a / (b · c) and a · (−b) do not.
      const rightParens = startsWithMinus(right) || (right.prec <= Prec.Unary && (right.prec !== Prec.Product || expr.kind === 'div'));
      const op = expr.kind === 'mul' ? '·' : '/';
      return { text: `${wrap(left, left.prec < Prec.Product)} ${op} ${wrap(right, rightParens)}`, prec: Prec.Product };
    }
    case 'pow': {
      const base = print(expr.left);
      const baseText = wrap(base, base.prec <= Prec.Power);
      const exponent = expr.right;
      if (exponent.kind === 'num' && Number.isInteger(exponent.value) && exponent.value >= 0 && exponent.value < 1e6) {
        const digits = String(exponent.value).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
        return { text: `${baseText}${digits}`, prec: Prec.Power };
      }
      const printed = print(exponent);
      return { text: `${baseText}^${wrap(printed, printed.prec < Prec.Atom)}`, prec: Prec.Power };
    }
  }
}
