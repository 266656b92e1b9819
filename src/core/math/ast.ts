/**
 * The expression tree the math core works on. mathjs parses; the sandbox turns its nodes
 * into this small, closed set (numbers, variables, + − · / ^ and whitelisted functions), so
 * nothing downstream can meet a node type it did not expect.
 */
import type { FunctionName } from './functions.js';

export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'pow';

export type Expr =
  | { kind: 'num'; value: number }
  /** A named constant: e or pi. */
  | { kind: 'const'; name: 'e' | 'pi' }
  | { kind: 'var'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: BinaryOp; left: Expr; right: Expr }
  | { kind: 'call'; fn: FunctionName; args: Expr[] }
  /**
   * Internal (derivatives of min/max): the value of `picks[i]` where `args[i]` is the
   * smallest (op min) or largest (op max) argument.
   */
  | { kind: 'argpick'; op: 'min' | 'max'; args: Expr[]; picks: Expr[] };

export const num = (value: number): Expr => ({ kind: 'num', value });
export const variable = (name: string): Expr => ({ kind: 'var', name });
export const call = (fn: FunctionName, ...args: Expr[]): Expr => ({ kind: 'call', fn, args });

const isNum = (e: Expr, value: number): boolean => e.kind === 'num' && e.value === value;

// Builders that fold the trivial cases, so that derivatives stay small and printable.
export function neg(arg: Expr): Expr {
  if (arg.kind === 'num' && arg.value === 0) return arg;
  if (arg.kind === 'neg') return arg.arg;
  return { kind: 'neg', arg };
}

export function add(left: Expr, right: Expr): Expr {
  if (isNum(left, 0)) return right;
  if (isNum(right, 0)) return left;
  return { kind: 'add', left, right };
}

export function sub(left: Expr, right: Expr): Expr {
  if (isNum(right, 0)) return left;
  if (isNum(left, 0)) return neg(right);
  return { kind: 'sub', left, right };
}

export function mul(left: Expr, right: Expr): Expr {
  if (isNum(left, 0) || isNum(right, 0)) return num(0);
  if (isNum(left, 1)) return right;
  if (isNum(right, 1)) return left;
  return { kind: 'mul', left, right };
}

export function div(left: Expr, right: Expr): Expr {
  if (isNum(left, 0)) return num(0);
  if (isNum(right, 1)) return left;
  return { kind: 'div', left, right };
}

export function pow(left: Expr, right: Expr): Expr {
  if (isNum(right, 1)) return left;
  if (isNum(right, 0)) return num(1);
  return { kind: 'pow', left, right };
}

/** Variable names in order of first appearance (constants excluded). */
export function variablesOf(expr: Expr, into: string[] = []): string[] {
  switch (expr.kind) {
    case 'num':
    case 'const':
      break;
    case 'var':
      if (!into.includes(expr.name)) into.push(expr.name);
      break;
    case 'neg':
      variablesOf(expr.arg, into);
      break;
    case 'call':
      for (const arg of expr.args) variablesOf(arg, into);
      break;
    case 'argpick':
      for (const arg of [...expr.args, ...expr.picks]) variablesOf(arg, into);
      break;
    default:
      variablesOf(expr.left, into);
      variablesOf(expr.right, into);
  }
  return into;
}

/**
 * The size of `expr` as a tree, counting no further than `limit` (derivatives share
 * subtrees, so a tree can be far larger than the memory it takes).
 */
export function countNodesUpTo(expr: Expr, limit: number): number {
  let count = 0;
  const stack: Expr[] = [expr];
  while (stack.length > 0 && count <= limit) {
    const node = stack.pop()!;
    count++;
    stack.push(...childrenOf(node));
  }
  return count;
}

/** The depth of `expr`, measured without recursion and no further than `limit`. */
export function depthUpTo(expr: Expr, limit: number): number {
  let deepest = 0;
  const stack: [Expr, number][] = [[expr, 1]];
  while (stack.length > 0 && deepest <= limit) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of childrenOf(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A node's direct subexpressions, in order. */
export function childrenOf(node: Expr): readonly Expr[] {
  switch (node.kind) {
    case 'num':
    case 'const':
    case 'var':
      return [];
    case 'neg':
      return [node.arg];
    case 'call':
      return node.args;
    case 'argpick':
      return [...node.args, ...node.picks];
    default:
      return [node.left, node.right];
  }
}

export function countNodes(expr: Expr): number {
  switch (expr.kind) {
    case 'num':
    case 'const':
    case 'var':
      return 1;
    case 'neg':
      return 1 + countNodes(expr.arg);
    case 'call':
      return expr.args.reduce((sum, arg) => sum + countNodes(arg), 1);
    case 'argpick':
      return [...expr.args, ...expr.picks].reduce((sum, arg) => sum + countNodes(arg), 1);
    default:
      return 1 + countNodes(expr.left) + countNodes(expr.right);
  }
}

/** Are the two trees the same expression, node for node? */
export function sameExpr(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'num':
      return Object.is(a.value, (b as typeof a).value);
    case 'const':
    case 'var':
      return a.name === (b as typeof a).name;
    case 'neg':
      return sameExpr(a.arg, (b as typeof a).arg);
    case 'call': {
      const other = b as typeof a;
      return a.fn === other.fn && sameList(a.args, other.args);
    }
    case 'argpick': {
      const other = b as typeof a;
      return a.op === other.op && sameList(a.args, other.args) && sameList(a.picks, other.picks);
    }
    default: {
      const other = b as typeof a;
      return sameExpr(a.left, other.left) && sameExpr(a.right, other.right);
    }
  }
}

function sameList(a: readonly Expr[], b: readonly Expr[]): boolean {
  return a.length === b.length && a.every((item, i) => sameExpr(item, b[i]!));
}
