/**
 * Exact symbolic derivatives of our expression trees, so a derivation step can be checked
 * against the true derivative at every sampled point (no finite-difference error to
 * tolerate). `let` names are handled by the chain rule: with pt = sigmoid(x), d/dx of pt is
 * d/dx of sigmoid(x), while the value of pt itself stays a slot computed once per point.
 * Differentiating by a `let` name (d/dpt) holds the other variables fixed.
 */
import { add, call, div, mul, neg, num, pow, sub, type Expr } from './ast.js';

export class Differentiator {
  private readonly dependsMemo = new Map<string, boolean>();
  private readonly letDerivatives = new Map<string, Expr>();

  constructor(
    private readonly variable: string,
    /** `let` definitions by name; a definition may use earlier ones. */
    private readonly lets: ReadonlyMap<string, Expr> = new Map(),
  ) {}

  private readonly dependsOf = new WeakMap<Expr, boolean>();

  /** Does `expr` change with the variable (directly or through a `let`)? Memoized: derivatives share subtrees. */
  depends(expr: Expr): boolean {
    let known = this.dependsOf.get(expr);
    if (known === undefined) {
      known = this.dependsUncached(expr);
      this.dependsOf.set(expr, known);
    }
    return known;
  }

  private dependsUncached(expr: Expr): boolean {
    switch (expr.kind) {
      case 'num':
      case 'const':
        return false;
      case 'var':
        return this.nameDepends(expr.name);
      case 'neg':
        return this.depends(expr.arg);
      case 'call':
        return expr.args.some((arg) => this.depends(arg));
      case 'argpick':
        return [...expr.args, ...expr.picks].some((arg) => this.depends(arg));
      default:
        return this.depends(expr.left) || this.depends(expr.right);
    }
  }

  private nameDepends(name: string): boolean {
    if (name === this.variable) return true;
    const definition = this.lets.get(name);
    if (!definition) return false;
    let known = this.dependsMemo.get(name);
    if (known === undefined) {
      known = this.depends(definition);
      this.dependsMemo.set(name, known);
    }
    return known;
  }

  private readonly derivativeOf = new WeakMap<Expr, Expr>();

  derivative(expr: Expr): Expr {
    let known = this.derivativeOf.get(expr);
    if (!known) {
      known = this.derivativeUncached(expr);
      this.derivativeOf.set(expr, known);
    }
    return known;
  }

  private derivativeUncached(expr: Expr): Expr {
    if (!this.depends(expr)) return num(0);
    switch (expr.kind) {
      case 'num':
      case 'const':
        return num(0);
      case 'var':
        return this.ofName(expr.name);
      case 'neg':
        return neg(this.derivative(expr.arg));
      case 'add':
        return add(this.derivative(expr.left), this.derivative(expr.right));
      case 'sub':
        return sub(this.derivative(expr.left), this.derivative(expr.right));
      case 'mul':
        return add(mul(this.derivative(expr.left), expr.right), mul(expr.left, this.derivative(expr.right)));
      case 'div': {
        // (u/v)' = u'/v − (u/v)·(v'/v): no v², which would overflow sooner.
        const { left: u, right: v } = expr;
        return sub(div(this.derivative(u), v), mul(div(u, v), div(this.derivative(v), v)));
      }
      case 'pow':
        return this.ofPower(expr.left, expr.right);
      case 'call':
        return this.ofCall(expr.fn, expr.args);
      case 'argpick':
        return { kind: 'argpick', op: expr.op, args: expr.args, picks: expr.picks.map((pick) => this.derivative(pick)) };
    }
  }

  private ofName(name: string): Expr {
    if (name === this.variable) return num(1);
    const definition = this.lets.get(name)!;
    let derivative = this.letDerivatives.get(name);
    if (!derivative) {
      derivative = this.derivative(definition);
      this.letDerivatives.set(name, derivative);
    }
    return derivative;
  }

  private ofPower(base: Expr, exponent: Expr): Expr {
    if (!this.depends(exponent)) {
      // Power rule; valid for negative bases with integer exponents too.
      const lowered = exponent.kind === 'num' ? num(exponent.value - 1) : sub(exponent, num(1));
      return mul(mul(exponent, pow(base, lowered)), this.derivative(base));
    }
    const power = pow(base, exponent);
    if (!this.depends(base)) return mul(mul(power, call('log', base)), this.derivative(exponent));
    // d(u^v) = u^v · (v′·log u + v·u′/u)
    const inner = add(mul(this.derivative(exponent), call('log', base)), div(mul(exponent, this.derivative(base)), base));
    return mul(power, inner);
  }

  private ofCall(fn: string, args: Expr[]): Expr {
    const u = args[0]!;
    const du = this.derivative(u);
    switch (fn) {
      case 'log':
        if (args.length === 2) return this.derivative(div(call('log', u), call('log', args[1]!)));
        return div(du, u);
      case 'log10':
        return div(du, mul(u, num(Math.LN10)));
      case 'log2':
        return div(du, mul(u, num(Math.LN2)));
      case 'exp':
        return mul(call('exp', u), du);
      case 'sqrt':
        return div(du, mul(num(2), call('sqrt', u)));
      case 'abs':
        return mul(call('kinkSign', u), du);
      case 'sign':
      case 'kinkSign':
      case 'step':
        // Flat wherever defined; 0/u keeps "no derivative at the jump".
        return { kind: 'div', left: num(0), right: u };
      case 'relu':
        return mul(call('step', u), du);
      case 'sigmoid':
        // σ′(u) = σ(u)·σ(−u), accurate where 1 − σ(u) would cancel.
        return mul(mul(call('sigmoid', u), call('sigmoid', neg(u))), du);
      case 'softplus':
        return mul(call('sigmoid', u), du);
      case 'logsigmoid':
        return mul(call('sigmoid', neg(u)), du);
      case 'logit':
        return div(du, mul(u, sub(num(1), u)));
      case 'log1p':
        return div(du, add(num(1), u));
      case 'expm1':
        return mul(call('exp', u), du);
      case 'sin':
        return mul(call('cos', u), du);
      case 'cos':
        return neg(mul(call('sin', u), du));
      case 'tan':
        return div(du, pow(call('cos', u), num(2)));
      case 'sinh':
        return mul(call('cosh', u), du);
      case 'cosh':
        return mul(call('sinh', u), du);
      case 'tanh':
        return div(du, pow(call('cosh', u), num(2)));
      case 'erf':
        // erf′(u) = 2/√π · e^(−u²)
        return mul(mul(div(num(2), call('sqrt', { kind: 'const', name: 'pi' })), call('exp', neg(pow(u, num(2))))), du);
      case 'clip':
        return this.derivative(call('min', call('max', u, args[1]!), args[2]!));
      case 'min':
      case 'max':
        return { kind: 'argpick', op: fn, args, picks: args.map((arg) => this.derivative(arg)) };
      default:
        throw new Error(`no derivative rule for ${fn}`);
    }
  }
}

export function differentiate(expr: Expr, variable: string, lets: ReadonlyMap<string, Expr> = new Map()): Expr {
  return new Differentiator(variable, lets).derivative(expr);
}
