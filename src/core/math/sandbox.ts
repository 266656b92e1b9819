/**
 * The one place an expression is read. mathjs (a minimal instance: its parser and nothing
 * else, so there is no evaluate/import/createUnit to reach) turns text into nodes; this file
 * turns those nodes into our closed Expr tree, refusing everything that is not arithmetic
 * on numbers and variables. Limits on length and nesting keep hostile input cheap.
 */
import { create, parseDependencies } from 'mathjs/number';
import { call, countNodes, mul, num, variable, variablesOf, type Expr } from './ast.js';
import { lookupConstant, lookupFunction } from './functions.js';
import { normalizeInput, originalColumn, type Normalized } from './normalize.js';
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

/** Control and bidi characters would break the line or scramble the terminal: show them escaped. */
function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028-\u202e\u2066-\u2069]/g, (ch) =>
    ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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

const cache = new Map<string, MathResult<Parsed>>();
const CACHE_SIZE = 500;

/** Parses `source` into the sandboxed tree, or explains (with a column) why it cannot. */
export function parseExpression(source: string, options: ParseOptions = {}): MathResult<Parsed> {
  // Callers reading YAML or JSON may pass anything.
  if (typeof source !== 'string') return fail('the expression must be text');
  const key = `${options.allowedVariables?.join(',') ?? '*'}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = parseUncached(source, options);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

function parseUncached(source: string, options: ParseOptions): MathResult<Parsed> {
  if (source.length > MAX_LENGTH) {
    return fail(`the expression is too long (${source.length} characters; the limit is ${MAX_LENGTH})`);
  }
  if (source.trim() === '') return fail('the expression is empty', { column: 1 });
  const normalized = normalizeInput(source);
  const nesting = checkNesting(normalized);
  if (nesting) return nesting;
  const refused = checkRefusedCharacters(normalized);
  if (refused) return refused;

  let raw: RawNode;
  try {
    raw = mathjsParse(normalized.text);
  } catch (error) {
    return parseFailure(error, normalized);
  }
  try {
    const expr = convert(raw, options);
    if (depthOf(expr) > MAX_DEPTH) return fail(`the expression is nested too deeply (more than ${MAX_DEPTH} levels)`);
    if (countNodes(expr) > MAX_NODES) return fail(`the expression is too large (more than ${MAX_NODES} terms)`);
    return ok({ expr, variables: variablesOf(expr) });
  } catch (error) {
    if (error instanceof SandboxError) {
      const column = error.near === undefined ? undefined : columnOf(normalized, error.near);
      return fail(error.message, column === undefined ? {} : { column });
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

function columnOf(normalized: Normalized, near: string | RegExp): number | undefined {
  let index: number;
  if (typeof near === 'string') {
    const escaped = near.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const word = /^\w/.test(near) ? `(?<![\\w\\u0370-\\u03ff])${escaped}(?![\\w\\u0370-\\u03ff])` : escaped;
    index = normalized.text.search(new RegExp(word, 'u'));
  } else {
    index = normalized.text.search(near);
  }
  return index < 0 ? undefined : originalColumn(normalized, index + 1);
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
    if (!Number.isFinite(value)) throw new SandboxError('a number is too large (beyond 1.8e308)', /\d[\d.]*e\d+/i);
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
