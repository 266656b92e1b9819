/**
 * Reads a derivation document into its parts: `where:` domains, `let:` definitions and the
 * expression lines with their relation (start, `= expr`, `d/dVAR = expr`). Expressions are
 * not parsed here (derivation.ts does that once every name is known); a broken `where:` or
 * `let:` line makes the whole document unreadable and is reported with its line and column.
 */
import type { Expr } from './ast.js';
import { parseDomains } from './domains.js';
import { DERIVATION_LIMITS } from './limits.js';
import { lookupConstant, lookupFunction } from './functions.js';
import { normalizeInput } from './normalize.js';
import { canonicalName, parseExpression } from './sandbox.js';
import type { Said } from '../words/index.js';
import { fail, ok, type Domain, type MathResult } from './types.js';

export interface LetLine {
  line: number;
  name: string;
  expr: Expr;
  variables: string[];
  /** Nesting depth with earlier lets written out (expandedDepth). */
  depth: number;
}

export interface StepLine {
  line: number;
  /** 1-based column where the expression starts in the line. */
  column: number;
  relation: 'start' | '=' | `d/d${string}`;
  /** The differentiation variable of a `d/dVAR` step (canonical spelling), and its column. */
  by?: string;
  byColumn?: number;
  /** The relation as written could not be read (e.g. a second start). */
  problem?: Said;
  source: string;
}

export interface DerivationDocument {
  domains: { domain: Domain; line: number }[];
  lets: LetLine[];
  steps: StepLine[];
}

const IDENTIFIER = /^[A-Za-z_\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]*$/;
const DERIVATIVE = /^d\s*\/\s*d\s*([^\s=]+)\s*=/;

/** Domains and definitions given outside the text (by a question), as if written before line 1. */
export interface Preamble {
  where?: string;
  let?: readonly string[];
}

export function readDerivation(text: string, preamble: Preamble = {}): MathResult<DerivationDocument> {
  const document: DerivationDocument = { domains: [], lets: [], steps: [] };
  const given = readPreamble(document, preamble);
  if (given) return given;
  if (text.length > DERIVATION_LIMITS.length) {
    return fail({ key: 'steps.tooLong', params: { length: text.length, limit: DERIVATION_LIMITS.length } });
  }
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const content = lines[index]!.replace(/#.*$/, '');
    const indent = content.length - content.trimStart().length;
    const body = content.trim();
    if (body === '') continue;

    const keyword = /^(where|let)\s*:/i.exec(body);
    if (keyword) {
      const restColumn = indent + keyword[0].length + 1;
      const rest = body.slice(keyword[0].length);
      const problem =
        keyword[1]!.toLowerCase() === 'where'
          ? readWhere(document, rest, line, restColumn)
          : readLet(document, rest, line, restColumn);
      if (problem) return problem;
      continue;
    }
    if (document.steps.length === DERIVATION_LIMITS.steps) {
      return fail({ key: 'steps.tooManySteps', params: { limit: DERIVATION_LIMITS.steps } }, { line });
    }
    document.steps.push(readStep(body, line, indent + 1, document.steps.length === 0));
  }
  if (document.steps.length === 0) return fail({ key: 'steps.noExpression' });
  return ok(document);
}

/** Line 0 stands for "before the text": such lets are known on every line. */
function readPreamble(document: DerivationDocument, preamble: Preamble): MathResult<never> | undefined {
  const whereProblem = preamble.where === undefined ? undefined : readWhere(document, preamble.where, 0, 1);
  if (whereProblem) return unlocated(whereProblem);
  for (const definition of preamble.let ?? []) {
    const letProblem = readLet(document, definition, 0, 1);
    if (letProblem) return unlocated(letProblem);
  }
  return undefined;
}

/** A problem in the preamble has no line in the text: "given where: ...", "given let pt: ...". */
function unlocated(problem: MathResult<never>): MathResult<never> {
  return problem.ok ? problem : fail({ key: 'steps.given', params: { problem: problem.error.said } });
}

function readWhere(document: DerivationDocument, spec: string, line: number, column: number): MathResult<never> | undefined {
  const domains = parseDomains(spec);
  if (!domains.ok) return fail({ key: 'steps.where', params: { problem: domains.error.said } }, { line, column: column + (domains.error.column ?? 1) - 1 });
  for (const domain of domains.value) {
    if (document.domains.some((known) => known.domain.name === domain.name)) {
      return fail({ key: 'steps.whereTwice', params: { name: domain.name } }, { line, column });
    }
    if (document.lets.some((known) => known.name === domain.name)) {
      return fail({ key: 'steps.whereIsLet', params: { name: domain.name } }, { line, column });
    }
    document.domains.push({ domain, line });
  }
  return undefined;
}

function readLet(document: DerivationDocument, definition: string, line: number, column: number): MathResult<never> | undefined {
  if (document.lets.length === DERIVATION_LIMITS.lets) {
    return fail({ key: 'steps.tooManyLets', params: { limit: DERIVATION_LIMITS.lets } }, { line, column });
  }
  const match = /^(\s*)([^=\s]+)\s*=(?!=)(.*)$/.exec(definition);
  const leading = definition.length - definition.trimStart().length;
  if (!match) return fail({ key: 'steps.letForm' }, { line, column: column + leading });
  const rawName = match[2]!;
  const name = nameOf(rawName);
  const nameColumn = column + match[1]!.length;
  if (!IDENTIFIER.test(name) || name.startsWith('__') || name in Object.prototype) {
    return fail({ key: 'steps.letBadName', params: { name: rawName } }, { line, column: nameColumn });
  }
  if (lookupFunction(name) || lookupConstant(name)) {
    return fail({ key: 'steps.letBuiltin', params: { name: rawName } }, { line, column: nameColumn });
  }
  if (document.lets.some((known) => known.name === name)) {
    return fail({ key: 'steps.letTwice', params: { name: rawName } }, { line, column: nameColumn });
  }
  const usedEarlier = firstUse(document, name);
  if (usedEarlier !== undefined) {
    return fail({ key: 'steps.letUsedEarlier', params: { name: rawName, line: usedEarlier } }, { line, column: nameColumn });
  }
  if (document.domains.some((known) => known.domain.name === name)) {
    return fail({ key: 'steps.letHasDomain', params: { name: rawName } }, {
      line,
      column: nameColumn,
    });
  }
  const exprSource = match[3]!;
  const exprColumn = column + definition.length - exprSource.length;
  const parsed = parseExpression(exprSource);
  if (!parsed.ok) {
    return fail({ key: 'steps.letProblem', params: { name: rawName, problem: parsed.error.said } }, { line, column: exprColumn + (parsed.error.column ?? 1) - 1 });
  }
  if (parsed.value.variables.includes(name)) {
    return fail({ key: 'steps.letSelf', params: { name: rawName } }, { line, column: exprColumn });
  }
  const depth = expandedDepth(parsed.value.expr, document.lets);
  if (depth > DERIVATION_LIMITS.depth) {
    return fail({ key: 'steps.letTooDeep', params: { name: rawName, depth, limit: DERIVATION_LIMITS.depth } }, {
      line,
      column: exprColumn,
    });
  }
  document.lets.push({ line, name, expr: parsed.value.expr, variables: parsed.value.variables, depth });
  return undefined;
}

/**
 * The depth of `expr` with each let name replaced by its definition. The expression itself
 * is at most the parser's depth deep, so this recursion is bounded too.
 */
export function expandedDepth(expr: Expr, lets: readonly LetLine[]): number {
  switch (expr.kind) {
    case 'num':
    case 'const':
      return 1;
    case 'var':
      return lets.find((definition) => definition.name === expr.name)?.depth ?? 1;
    case 'neg':
      return 1 + expandedDepth(expr.arg, lets);
    case 'call':
    case 'argpick':
      return 1 + Math.max(0, ...expr.args.map((arg) => expandedDepth(arg, lets)));
    default:
      return 1 + Math.max(expandedDepth(expr.left, lets), expandedDepth(expr.right, lets));
  }
}

/** A name as the core spells it: pₜ → pt, γ → gamma. */
function nameOf(raw: string): string {
  return canonicalName(normalizeInput(raw).text);
}

/** The first line (a let or a step) that already uses `name`, if any. */
function firstUse(document: DerivationDocument, name: string): number | undefined {
  const uses = [
    ...document.lets.filter((known) => known.variables.includes(name)).map((known) => known.line),
    ...document.steps.filter((step) => usesName(step.source, name)).map((step) => step.line),
  ];
  return uses.length > 0 ? Math.min(...uses) : undefined;
}

function usesName(source: string, name: string): boolean {
  const parsed = parseExpression(source);
  return parsed.ok && parsed.value.variables.includes(name);
}

/**
 * One step line, trimmed (`body`), starting at `column`: its relation and the expression
 * after it. `first`: a bare expression is the start rather than a step missing its '='.
 */
export function readStep(body: string, line: number, column: number, first: boolean): StepLine {
  const derivative = DERIVATIVE.exec(body);
  if (derivative) {
    const by = nameOf(derivative[1]!);
    const byColumn = column + derivative[0].lastIndexOf(derivative[1]!);
    return { line, column: column + derivative[0].length, relation: `d/d${by}`, by, byColumn, ...rest(body, derivative[0].length) };
  }
  if (body.startsWith('=')) return { line, column: column + 1, relation: '=', ...rest(body, 1) };
  if (first) return { line, column, relation: 'start', source: body };
  return {
    line,
    column,
    relation: '=',
    source: body,
    problem: { key: 'steps.stepRelation' },
  };
}

/** The expression after a relation prefix, keeping its column. */
function rest(body: string, prefixLength: number): { source: string } {
  return { source: body.slice(prefixLength) };
}
