/**
 * The one place an expression is read. mathjs (a minimal instance: its parser and nothing
 * else, so there is no evaluate/import/createUnit to reach) turns text into nodes; this file
 * turns those nodes into our closed Expr tree, refusing everything that is not arithmetic
 * on numbers and variables. Limits on length and nesting keep hostile input cheap.
 */
import { create, parseDependencies } from 'mathjs/number';
import { call, countNodes, mul, num, variable, variablesOf, type Expr } from './ast.js';
import { lookupConstant, lookupFunction } from './functions.js';
import { normalizeInput, originalColumn, originOf, type Normalized } from './normalize.js';
import { escapeControls } from '../terminal-text.js';
import { fail, ok, type MathResult } from './types.js';

export const MAX_LENGTH = 2000;
export const MAX_NESTING = 64;
const MAX_DEPTH = 256;
const MAX_NODES = 4000;

/** The subset of a mathjs node this file reads. */
interface RawNode {
  type: string;
  value?: unknown;
  name?: string;
  op?: string;
  fn?: RawNode | string;
  args?: RawNode[];
  content?: RawNode;
}

let parser: ((text: string) => RawNode) | undefined;
function mathjsParse(text: string): RawNode {
  parser ??= create({ parseDependencies: parseDependencies! }).parse as unknown as (text: string) => RawNode;
  return parser(text);
}

/** A name or fragment quoted in a message, cut short so that a message stays one short line. */
function short(text: string): string {
  return escapeControls(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}


/** Names that must never be variables: they would reach into JavaScript objects. */
function isForbiddenName(name: string): boolean {
  return name.startsWith('__') || name in Object.prototype || name === 'prototype';
}

/** How a name the user typed is spelled inside the core. */
const NAME_ALIASES: Record<string, string> = {
  γ: 'gamma',
  α: 'alpha',
  β: 'beta',
  δ: 'delta',
  ε: 'epsilon',
  θ: 'theta',
  λ: 'lambda',
  μ: 'mu',
  τ: 'tau',
  p_t: 'pt',
  α_t: 'alpha_t',
};

export function canonicalName(name: string): string {
  return Object.hasOwn(NAME_ALIASES, name) ? NAME_ALIASES[name]! : name;
}

const VALID_NAME = /^[A-Za-z\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]*$/;

export interface ParseOptions {
  /** When given, any other variable is an error; `name(...)` with such a name is a product. */
  allowedVariables?: readonly string[];
}

export interface Parsed {
  expr: Expr;
  variables: string[];
}

class SandboxError extends Error {
  constructor(
    message: string,
    readonly near?: string | RegExp,
  ) {
    super(message);
  }
}

/** The normalized text being converted, for messages that depend on how a value was written. */
let currentText: string | undefined;

const cache = new Map<string, MathResult<Parsed>>();
const CACHE_SIZE = 500;

/** Parses `source` into the sandboxed tree, or explains (with a column) why it cannot. */
export function parseExpression(source: string, options: ParseOptions = {}): MathResult<Parsed> {
  // Callers reading YAML or JSON may pass anything.
  if (typeof source !== 'string') return fail('the expression must be text');
  const key = `${options.allowedVariables?.join(',') ?? '*'}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = withColumn(parseUncached(source, options));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** Every parse error points somewhere: where nothing better is known, at the start. */
function withColumn(result: MathResult<Parsed>): MathResult<Parsed> {
  return result.ok || result.error.column !== undefined ? result : { ok: false, error: { ...result.error, column: 1 } };
}

function parseUncached(source: string, options: ParseOptions): MathResult<Parsed> {
  if (source.length > MAX_LENGTH) {
    return fail(`the expression is too long (${source.length} characters; the limit is ${MAX_LENGTH})`);
  }
  if (source.trim() === '') return fail('the expression is empty', { column: 1 });
  const normalized = normalizeInput(source);
  const nesting = checkNesting(normalized);
  if (nesting) return nesting;
  const refused = checkRefusedCharacters(normalized) ?? checkNumbers(normalized);
  if (refused) return refused;

  let raw: RawNode;
  try {
    raw = mathjsParse(normalized.text);
  } catch (error) {
    return parseFailure(error, normalized);
  }
  try {
    currentText = normalized.text;
    const expr = convert(raw, options);
    if (depthOf(expr) > MAX_DEPTH) return fail(`the expression is nested too deeply (more than ${MAX_DEPTH} levels)`);
    if (countNodes(expr) > MAX_NODES) return fail(`the expression is too large (more than ${MAX_NODES} terms)`);
    return ok({ expr, variables: variablesOf(expr) });
  } catch (error) {
    if (error instanceof SandboxError) {
      const index = error.near === undefined ? -1 : indexOf(normalized, error.near);
      if (index < 0) return fail(error.message);
      const echoed = echoTyped(error, source, normalized, index);
      return fail(echoed.message, { column: echoed.start === undefined ? originalColumn(normalized, index + 1) : echoed.start + 1 });
    }
    if (error instanceof RangeError) return fail('the expression is nested too deeply');
    throw error;
  }
}

/** Brackets deeper than MAX_NESTING are refused before mathjs's recursive parser sees them. */
function checkNesting(normalized: Normalized): MathResult<Parsed> | undefined {
  let depth = 0;
  for (let i = 0; i < normalized.text.length; i++) {
    const ch = normalized.text[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (depth > MAX_NESTING) {
      return fail(`brackets are nested too deeply (more than ${MAX_NESTING} levels)`, {
        column: originalColumn(normalized, i + 1),
      });
    }
  }
  return undefined;
}

/**
 * mathjs reads `#` as the start of a comment (silently dropping the rest) and `%` as either
 * a percentage or modulo depending on what follows: both are refused rather than guessed.
 */
function checkRefusedCharacters(normalized: Normalized): MathResult<Parsed> | undefined {
  const comment = normalized.text.indexOf('#');
  if (comment >= 0) {
    return fail("'#' is not allowed in an expression (comments belong in derivation files)", {
      column: originalColumn(normalized, comment + 1),
    });
  }
  const percent = normalized.text.indexOf('%');
  if (percent >= 0) {
    return fail("'%' is not allowed: write a percentage as a fraction (5% is 0.05)", {
      column: originalColumn(normalized, percent + 1),
    });
  }
  return undefined;
}

const NUMBER = /(?<![A-Za-z0-9_.\u0370-\u03ff])(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;

/**
 * mathjs reads `1e` as 1·e and `2.e` as 2·e; people who type that meant an exponent they
 * did not finish, so a number directly followed by a lone e or E is refused. `2exp(x)` is fine.
 */
function checkNumbers(normalized: Normalized): MathResult<Parsed> | undefined {
  const text = normalized.text;
  for (const match of text.matchAll(NUMBER)) {
    const end = match.index + match[0].length;
    if (/^[eE](?![A-Za-z0-9_\u0370-\u03ff])/.test(text.slice(end))) {
      const typed = `${match[0]}${text[end]}`;
      return fail(`'${short(typed)}' is not a complete number: an exponent needs digits (1e-3), a product needs '*' (${match[0]}*e)`, {
        column: originalColumn(normalized, match.index + 1),
      });
    }
    // 1e-400 would read as 0 (and 0 is not what was written): refused like 1e400.
    if (Number(match[0]) === 0 && /[1-9]/.test(match[0].split(/[eE]/)[0]!)) {
      return fail(`the number ${short(match[0])} is too small (below 5e-324, the smallest positive double)`, {
        column: originalColumn(normalized, match.index + 1),
      });
    }
  }
  return undefined;
}

function parseFailure(error: unknown, normalized: Normalized): MathResult<Parsed> {
  if (error instanceof RangeError) return fail('the expression is nested too deeply');
  if (!(error instanceof Error)) return fail('the expression does not parse');
  const char = (error as { char?: unknown }).char;
  // mathjs quotes the offending part of the input: keep it short and on one line.
  const message = error.message
    .replace(/\s*\(char \d+\)\s*$/, '')
    .replace(/"([^]*)"/, (_, part: string) => `"${short(part)}"`);
  const readable = escapeControls(message.charAt(0).toLowerCase() + message.slice(1));
  return typeof char === 'number'
    ? fail(readable, { column: originalColumn(normalized, char) })
    : fail(readable);
}

function indexOf(normalized: Normalized, near: string | RegExp): number {
  if (typeof near !== 'string') return normalized.text.search(near);
  const escaped = near.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = /^\w/.test(near) ? `(?<![\\w\\u0370-\\u03ff])${escaped}(?![\\w\\u0370-\\u03ff])` : escaped;
  const index = normalized.text.search(new RegExp(word, 'u'));
  return index >= 0 ? index : normalized.text.indexOf(near);
}

/**
 * A name quoted in a message is shown as the user typed it: `0ₜ.8` was read as 0 · _t.8,
 * and "'_t' is not allowed" would point at something nobody wrote. The quote covers the
 * whole run of name and number characters around the name, in the original text.
 */
function echoTyped(error: SandboxError, source: string, normalized: Normalized, index: number): { message: string; start?: number } {
  const near = error.near;
  const plain = { message: error.message };
  if (typeof near !== 'string' || !/^[\w\u0370-\u03ff]/.test(near)) return plain;
  const quoted = `'${short(near)}'`;
  if (!error.message.includes(quoted)) return plain;
  let start = originOf(normalized, index);
  let end = originOf(normalized, index + near.length - 1) + 1;
  const part = /[\w.\u0370-\u03ff\u2080-\u2089\u209c]/;
  while (start > 0 && part.test(source[start - 1]!)) start--;
  while (end < source.length && part.test(source[end]!)) end++;
  const typed = source.slice(start, end);
  return typed === near ? plain : { message: error.message.replace(quoted, `'${short(typed)}'`), start };
}

const OPERATORS: Record<string, 'add' | 'sub' | 'mul' | 'div' | 'pow'> = {
  add: 'add',
  subtract: 'sub',
  multiply: 'mul',
  divide: 'div',
  pow: 'pow',
};

const REFUSED_NODES: Record<string, [string, RegExp | string]> = {
  AccessorNode: ["property access and indexing ('.' or '[…]') are not allowed", /[.[]/],
  IndexNode: ["indexing ('[…]') is not allowed", '['],
  ArrayNode: ["matrices and lists ('[…]') are not allowed", '['],
  AssignmentNode: ["assignment ('=') is not allowed", '='],
  FunctionAssignmentNode: ['defining functions is not allowed', '='],
  BlockNode: ["only one expression is allowed (found ';' or a line break)", /[;\n]/],
  ConditionalNode: ["conditional expressions ('? :') are not allowed", '?'],
  ObjectNode: ["objects ('{…}') are not allowed", '{'],
  RangeNode: ["ranges (':') are not allowed", ':'],
  RelationalNode: ['comparisons are not allowed', /[<>=!]=?/],
};

function convert(node: RawNode, options: ParseOptions): Expr {
  switch (node.type) {
    case 'ConstantNode':
      return convertConstant(node.value);
    case 'SymbolNode':
      return convertSymbol(node.name ?? '', options);
    case 'ParenthesisNode':
      return convert(node.content!, options);
    case 'OperatorNode':
      return convertOperator(node, options);
    case 'FunctionNode':
      return convertCall(node, options);
    default: {
      const refused = REFUSED_NODES[node.type];
      throw new SandboxError(refused?.[0] ?? `this kind of expression (${node.type}) is not allowed`, refused?.[1]);
    }
  }
}

function convertConstant(value: unknown): Expr {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new SandboxError(`unknown name 'NaN': an expression has no "not a number"`, 'NaN');
    if (!Number.isFinite(value)) {
      if (currentText !== undefined && /(?<![\w\u0370-\u03ff])Infinity(?![\w\u0370-\u03ff])/.test(currentText)) {
        throw new SandboxError(`unknown name 'Infinity': an expression has no infinite values`, 'Infinity');
      }
      throw new SandboxError('a number is too large (beyond 1.8e308)', /\d[\d.]*e\d+/i);
    }
    return num(value);
  }
  if (typeof value === 'string') throw new SandboxError('strings are not allowed', /["']/);
  if (typeof value === 'boolean') throw new SandboxError(`'${value}' is not a number`, String(value));
  throw new SandboxError(`'${String(value)}' is not a number`, String(value));
}

function convertSymbol(rawName: string, options: ParseOptions): Expr {
  const name = canonicalName(rawName);
  const constant = lookupConstant(name);
  if (constant) return { kind: 'const', name: constant };
  if (lookupFunction(name)) throw new SandboxError(`'${rawName}' is a function: write ${rawName}(…)`, rawName);
  checkVariableName(rawName, name, options);
  return variable(name);
}

function checkVariableName(rawName: string, name: string, options: ParseOptions): void {
  if (isForbiddenName(name) || !VALID_NAME.test(name)) {
    throw new SandboxError(`'${short(rawName)}' is not allowed as a name`, rawName);
  }
  const allowed = options.allowedVariables;
  if (allowed && !allowed.includes(name)) {
    const list = allowed.length > 0 ? ` (known: ${allowed.join(', ')})` : ' (this expression takes no variables)';
    throw new SandboxError(`unknown variable '${short(rawName)}'${list}`, rawName);
  }
}

function convertOperator(node: RawNode, options: ParseOptions): Expr {
  const args = node.args ?? [];
  const fn = typeof node.fn === 'string' ? node.fn : '';
  if (fn === 'unaryMinus' && args.length === 1) return { kind: 'neg', arg: convert(args[0]!, options) };
  if (fn === 'unaryPlus' && args.length === 1) return convert(args[0]!, options);
  const op = Object.hasOwn(OPERATORS, fn) ? OPERATORS[fn] : undefined;
  if (op && args.length === 2) {
    return { kind: op, left: convert(args[0]!, options), right: convert(args[1]!, options) };
  }
  const symbol = node.op ?? fn;
  throw new SandboxError(`the operator '${symbol}' is not allowed (use + − * / ^)`, symbol);
}

function convertCall(node: RawNode, options: ParseOptions): Expr {
  const callee = node.fn;
  const args = node.args ?? [];
  if (typeof callee !== 'object' || callee.type !== 'SymbolNode') {
    throw new SandboxError('only the built-in functions can be called', '(');
  }
  const rawName = callee.name ?? '';
  const name = canonicalName(rawName);
  if (name === 'pow') {
    if (args.length !== 2) throw new SandboxError(`pow takes 2 arguments, not ${args.length}`, rawName);
    return { kind: 'pow', left: convert(args[0]!, options), right: convert(args[1]!, options) };
  }
  const known = lookupFunction(name);
  if (known) {
    const { min, max } = known.arity;
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min} argument${min === 1 ? '' : 's'}` : `${min} to ${max} arguments`;
      throw new SandboxError(`${rawName} takes ${expected}, not ${args.length}`, rawName);
    }
    return call(known.fn, ...args.map((arg) => convert(arg, options)));
  }
  // `pt(1 - pt)` is a product when pt is one of the expression's variables.
  if (options.allowedVariables?.includes(name) && args.length === 1 && !isForbiddenName(name)) {
    return mul(variable(name), convert(args[0]!, options));
  }
  throw new SandboxError(`unknown function '${short(rawName)}'`, rawName);
}

function depthOf(expr: Expr): number {
  switch (expr.kind) {
    case 'num':
    case 'const':
    case 'var':
      return 1;
    case 'neg':
      return 1 + depthOf(expr.arg);
    case 'call':
    case 'argpick':
      return 1 + Math.max(0, ...expr.args.map(depthOf));
    default:
      return 1 + Math.max(depthOf(expr.left), depthOf(expr.right));
  }
}
