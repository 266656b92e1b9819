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
import type { Said } from '../words/index.js';
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

/** A refusal while converting: what (a catalog word) and near which text of the input. */
class SandboxError extends Error {
  constructor(
    readonly said: Said,
    readonly near?: string | RegExp,
  ) {
    super(said.key);
  }
}

/** The normalized text being converted, for messages that depend on how a value was written. */
let currentText: string | undefined;

/**
 * Parsed texts, for texts parsed more than once (a model answer graded against every reply, a
 * derivation's lines). A text is cached the second time it is parsed: most answers are typed
 * once, and a cached tree that outlives a few young-generation collections is copied by each of
 * them and then kept in the old generation, which made one-off answers cost every check a
 * slower collection. Of a text parsed once only a hash is kept, so it holds no memory (a hash
 * collision merely caches a text at its first parse).
 */
const cache = new Map<string, MathResult<Parsed>>();
const parsedOnce = new Set<number>();
const CACHE_SIZE = 500;

/** Parses `source` into the sandboxed tree, or explains (with a column) why it cannot. */
export function parseExpression(source: string, options: ParseOptions = {}): MathResult<Parsed> {
  // Callers reading YAML or JSON may pass anything.
  if (typeof source !== 'string') return fail({ key: 'expr.notText' });
  const key = `${options.allowedVariables?.join(',') ?? '*'}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = withColumn(parseUncached(source, options));
  const hash = hashOf(key);
  if (parsedOnce.delete(hash)) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
  } else {
    if (parsedOnce.size >= CACHE_SIZE) parsedOnce.delete(parsedOnce.values().next().value!);
    parsedOnce.add(hash);
  }
  return result;
}

/** FNV-1a of the text's UTF-16 code units, cut to 30 bits so it stays a small integer (no heap number). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

/** Every parse error points somewhere: where nothing better is known, at the start. */
function withColumn(result: MathResult<Parsed>): MathResult<Parsed> {
  return result.ok || result.error.column !== undefined ? result : { ok: false, error: { ...result.error, column: 1 } };
}

function parseUncached(source: string, options: ParseOptions): MathResult<Parsed> {
  if (source.length > MAX_LENGTH) {
    return fail({ key: 'expr.tooLong', params: { length: source.length, limit: MAX_LENGTH } });
  }
  if (source.trim() === '') return fail({ key: 'expr.empty' }, { column: 1 });
  // Trailing blanks mean nothing, and mathjs steps over each one slowly (about 0.1 µs).
  const normalized = normalizeInput(withoutTrailingBlanks(source));
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
    if (depthOf(expr) > MAX_DEPTH) return fail({ key: 'expr.tooDeepLimit', params: { limit: MAX_DEPTH } });
    if (countNodes(expr) > MAX_NODES) return fail({ key: 'expr.tooLarge', params: { limit: MAX_NODES } });
    return ok({ expr, variables: variablesOf(expr) });
  } catch (error) {
    if (error instanceof SandboxError) {
      const index = error.near === undefined ? -1 : indexOf(normalized, error.near);
      if (index < 0) return fail(error.said);
      const echoed = echoTyped(error, source, normalized, index);
      return fail(echoed.said, { column: echoed.start === undefined ? originalColumn(normalized, index + 1) : echoed.start + 1 });
    }
    if (error instanceof RangeError) return fail({ key: 'expr.tooDeep' });
    throw error;
  }
}

/** `text` without its trailing spaces and tabs (a line break stays: it separates expressions). */
function withoutTrailingBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Brackets deeper than MAX_NESTING are refused before mathjs's recursive parser sees them. */
function checkNesting(normalized: Normalized): MathResult<Parsed> | undefined {
  let depth = 0;
  for (let i = 0; i < normalized.text.length; i++) {
    const ch = normalized.text[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (depth > MAX_NESTING) {
      return fail({ key: 'expr.bracketsTooDeep', params: { limit: MAX_NESTING } }, {
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
    return fail({ key: 'expr.hash' }, {
      column: originalColumn(normalized, comment + 1),
    });
  }
  const percent = normalized.text.indexOf('%');
  if (percent >= 0) {
    return fail({ key: 'expr.percent' }, {
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
      return fail({ key: 'expr.incompleteNumber', params: { typed: short(typed), number: match[0] } }, {
        column: originalColumn(normalized, match.index + 1),
      });
    }
    // 1e-400 would read as 0 (and 0 is not what was written): refused like 1e400.
    if (Number(match[0]) === 0 && /[1-9]/.test(match[0].split(/[eE]/)[0]!)) {
      return fail({ key: 'expr.numberTooSmall', params: { number: short(match[0]) } }, {
        column: originalColumn(normalized, match.index + 1),
      });
    }
  }
  return undefined;
}

function parseFailure(error: unknown, normalized: Normalized): MathResult<Parsed> {
  if (error instanceof RangeError) return fail({ key: 'expr.tooDeep' });
  if (!(error instanceof Error)) return fail({ key: 'expr.doesNotParse' });
  const char = (error as { char?: unknown }).char;
  const said = parserProblem(error.message.replace(/\s*\(char \d+\)\s*$/, ''));
  return typeof char === 'number' ? fail(said, { column: originalColumn(normalized, char) }) : fail(said);
}

/**
 * mathjs's parser explains itself in English: each of its messages is said again with a word
 * of our catalog (the column stays mathjs's). What it can only reach through syntax the
 * sandbox refuses anyway (matrices, objects, conditionals, assignment) is refused as such;
 * anything else is "does not parse" at that column.
 */
const PARSER_PROBLEMS: [RegExp, (match: RegExpExecArray) => Said][] = [
  [/^Unexpected end of expression$/, () => ({ key: 'expr.unexpectedEnd' })],
  [/^Value expected$/, () => ({ key: 'expr.valueExpected' })],
  [/^Parenthesis \) expected$/, () => ({ key: 'expr.closeParenthesis' })],
  [/^Parenthesis ] expected$/, () => ({ key: 'expr.closeBracket' })],
  [/^Unexpected part "([^]*)"$/, (match) => ({ key: 'expr.unexpectedPart', params: { part: short(match[1]!) } })],
  [/^Unexpected operator ([^]*)$/, (match) => ({ key: 'expr.unexpectedOperator', params: { operator: short(match[1]!) } })],
  [/^Syntax error in part "([^]*)"$/, (match) => ({ key: 'expr.syntaxErrorIn', params: { part: short(match[1]!) } })],
  [/^Digit expected, got "([^]*)"$/, (match) => ({ key: 'expr.digitExpected', params: { got: short(match[1]!) } })],
  [/^End of string (.) expected$/, (match) => ({ key: 'expr.unclosedString', params: { quote: match[1]! } })],
  [/^End of matrix ] expected|^Column dimensions mismatch/, () => ({ key: 'expr.refused.array' })],
  [/object key|after object value/, () => ({ key: 'expr.refused.object' })],
  [/conditional/, () => ({ key: 'expr.refused.conditional' })],
  [/assignment|assign to/, () => ({ key: 'expr.refused.assignment' })],
  [/^Property name expected/, () => ({ key: 'expr.refused.accessor' })],
  [/^Invalid unicode character|^Bad escape character/, () => ({ key: 'expr.strings' })],
];

function parserProblem(message: string): Said {
  for (const [pattern, said] of PARSER_PROBLEMS) {
    const match = pattern.exec(message);
    if (match) return said(match);
  }
  return { key: 'expr.doesNotParse' };
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
function echoTyped(error: SandboxError, source: string, normalized: Normalized, index: number): { said: Said; start?: number } {
  const near = error.near;
  const plain = { said: error.said };
  if (typeof near !== 'string' || !/^[\w\u0370-\u03ff]/.test(near)) return plain;
  // The quoted name is the word's `name` parameter.
  if (error.said.params?.['name'] !== short(near)) return plain;
  let start = originOf(normalized, index);
  let end = originOf(normalized, index + near.length - 1) + 1;
  const part = /[\w.\u0370-\u03ff\u2080-\u2089\u209c]/;
  while (start > 0 && part.test(source[start - 1]!)) start--;
  while (end < source.length && part.test(source[end]!)) end++;
  const typed = source.slice(start, end);
  return typed === near ? plain : { said: { ...error.said, params: { ...error.said.params, name: short(typed) } }, start };
}

const OPERATORS: Record<string, 'add' | 'sub' | 'mul' | 'div' | 'pow'> = {
  add: 'add',
  subtract: 'sub',
  multiply: 'mul',
  divide: 'div',
  pow: 'pow',
};

const REFUSED_NODES: Record<string, [Said, RegExp | string]> = {
  AccessorNode: [{ key: 'expr.refused.accessor' }, /[.[]/],
  IndexNode: [{ key: 'expr.refused.index' }, '['],
  ArrayNode: [{ key: 'expr.refused.array' }, '['],
  AssignmentNode: [{ key: 'expr.refused.assignment' }, '='],
  FunctionAssignmentNode: [{ key: 'expr.refused.functionAssignment' }, '='],
  BlockNode: [{ key: 'expr.refused.block' }, /[;\n]/],
  ConditionalNode: [{ key: 'expr.refused.conditional' }, '?'],
  ObjectNode: [{ key: 'expr.refused.object' }, '{'],
  RangeNode: [{ key: 'expr.refused.range' }, ':'],
  RelationalNode: [{ key: 'expr.refused.relational' }, /[<>=!]=?/],
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
      throw new SandboxError(refused?.[0] ?? { key: 'expr.refused.other', params: { type: node.type } }, refused?.[1]);
    }
  }
}

function convertConstant(value: unknown): Expr {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new SandboxError({ key: 'expr.nanName' }, 'NaN');
    if (!Number.isFinite(value)) {
      if (currentText !== undefined && /(?<![\w\u0370-\u03ff])Infinity(?![\w\u0370-\u03ff])/.test(currentText)) {
        throw new SandboxError({ key: 'expr.infinityName' }, 'Infinity');
      }
      throw new SandboxError({ key: 'expr.numberTooLarge' }, /\d[\d.]*e\d+/i);
    }
    return num(value);
  }
  if (typeof value === 'string') throw new SandboxError({ key: 'expr.strings' }, /["']/);
  if (typeof value === 'boolean') throw new SandboxError({ key: 'expr.notANumber', params: { name: String(value) } }, String(value));
  throw new SandboxError({ key: 'expr.notANumber', params: { name: short(String(value)) } }, String(value));
}

function convertSymbol(rawName: string, options: ParseOptions): Expr {
  const name = canonicalName(rawName);
  const constant = lookupConstant(name);
  if (constant) return { kind: 'const', name: constant };
  if (lookupFunction(name)) throw new SandboxError({ key: 'expr.isFunction', params: { name: rawName, fn: rawName } }, rawName);
  checkVariableName(rawName, name, options);
  return variable(name);
}

function checkVariableName(rawName: string, name: string, options: ParseOptions): void {
  if (isForbiddenName(name) || !VALID_NAME.test(name)) {
    throw new SandboxError({ key: 'expr.badName', params: { name: short(rawName) } }, rawName);
  }
  const allowed = options.allowedVariables;
  if (allowed && !allowed.includes(name)) {
    const name = short(rawName);
    const said: Said =
      allowed.length > 0
        ? { key: 'expr.unknownVariable', params: { name, known: { join: [...allowed], with: 'expr.listSeparator' } } }
        : { key: 'expr.unknownVariableNone', params: { name } };
    throw new SandboxError(said, rawName);
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
  throw new SandboxError({ key: 'expr.operator', params: { operator: symbol } }, symbol);
}

function convertCall(node: RawNode, options: ParseOptions): Expr {
  const callee = node.fn;
  const args = node.args ?? [];
  if (typeof callee !== 'object' || callee.type !== 'SymbolNode') {
    throw new SandboxError({ key: 'expr.onlyBuiltins' }, '(');
  }
  const rawName = callee.name ?? '';
  const name = canonicalName(rawName);
  if (name === 'pow') {
    if (args.length !== 2) throw new SandboxError({ key: 'expr.arity.many', params: { fn: rawName, expected: 2, n: args.length } }, rawName);
    return { kind: 'pow', left: convert(args[0]!, options), right: convert(args[1]!, options) };
  }
  const known = lookupFunction(name);
  if (known) {
    const { min, max } = known.arity;
    if (args.length < min || args.length > max) {
      const n = args.length;
      const said: Said =
        min !== max
          ? { key: 'expr.arity.range', params: { fn: rawName, min, max, n } }
          : min === 1
            ? { key: 'expr.arity.one', params: { fn: rawName, n } }
            : { key: 'expr.arity.many', params: { fn: rawName, expected: min, n } };
      throw new SandboxError(said, rawName);
    }
    return call(known.fn, ...args.map((arg) => convert(arg, options)));
  }
  // `pt(1 - pt)` is a product when pt is one of the expression's variables.
  if (options.allowedVariables?.includes(name) && args.length === 1 && !isForbiddenName(name)) {
    return mul(variable(name), convert(args[0]!, options));
  }
  throw new SandboxError({ key: 'expr.unknownFunction', params: { name: short(rawName) } }, rawName);
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
