/**
 * Checks a derivation step by step. Each step is compared at the sampled points with the
 * step before it: `= expr` must equal it, `d/dVAR = expr` must equal its exact symbolic
 * derivative (differentiate.ts, `let` definitions applied by the chain rule). A wrong step
 * does not stop the check: the next step is compared with the wrong one, as written. A step
 * that does not parse is skipped over: the next step is compared with the last readable one,
 * with any derivative the unreadable step claimed still applied.
 */
import { countNodesUpTo, depthUpTo, type Expr } from './ast.js';
import { CheckpointProbe } from './derivation-checkpoints.js';
import { formKey, formOf } from './derivation-form.js';
import { readDerivation, type DerivationDocument, type StepLine } from './derivation-document.js';
import { Differentiator } from './differentiate.js';
import { defaultDomain } from './domains.js';
import { DEFAULT_TOLERANCE, LOOSE_CHECKS, LOOSE_SHARE_FLOOR, MIN_EVIDENCE, spreadOver } from './equivalence.js';
import { describePoint } from './format.js';
import type { Evaluator } from './evaluate.js';
import { counterexampleAt, Layout, simplifyPoint } from './pointwise.js';
import { DEFAULT_SEED, isStratified, SAMPLE_COUNT, samplePoints, STRATIFIED_POINTS } from './sampling.js';
import { parseExpression } from './sandbox.js';
import type { Said } from '../words/index.js';
import { UNDEFINED } from './precise.js';
import { fail, ok, type Counterexample, type MathResult } from './types.js';

export interface DerivationStep {
  /** 1-based line in the document. */
  line: number;
  relation: 'start' | '=' | `d/d${string}`;
  /** The expression as written (after the relation). */
  expression: string;
  status: 'ok' | 'wrong' | 'invalid';
  /** Why a step is wrong or cannot be read (a catalog word, said in the reader's language). */
  said?: Said;
  /** For an invalid step: the 1-based column of the problem in the line. */
  column?: number;
  counterexample?: Counterexample;
  /** Variables differentiated by since the start, in order (`['x']` after one d/dx step). */
  differentiatedBy: string[];
  /**
   * The step's written form up to changes that show no work (order, brackets, `+ 0`, `· 1`,
   * constant arithmetic; derivation-form.ts); absent for a step that cannot be read.
   */
  form?: string;
}

export interface DerivationReport {
  ok: boolean;
  steps: DerivationStep[];
  /** For each of the options' checkpoints, the lines of the steps that show it. */
  checkpoints: number[][];
}

export interface DerivationOptions {
  /** Constants such as a question's parameters. */
  fixed?: Record<string, number>;
  /** Domains and `let` definitions that hold as if written before the first line (a question's). */
  where?: string;
  let?: readonly string[];
  /**
   * A given start (a question's). The text may then begin directly with `=` or `d/dx =`
   * steps; if its first line is a bare expression, that line must equal the given start.
   */
  start?: string;
  tol?: number;
  seed?: number;
  /** Expressions to look for inside the steps (derivation-checkpoints.ts). */
  checkpoints?: readonly string[];
}

interface Comparison {
  step: DerivationStep;
  reference: Evaluator;
  claim: Evaluator;
  /** What the step is compared with, for messages: "line 3", "d/dx of line 3". */
  against: Said;
  /** Derivatives need not exist where the function does: skip points where the reference is undefined. */
  lenient: boolean;
}

export function checkDerivation(text: string, options: DerivationOptions = {}): MathResult<DerivationReport> {
  const document = readDerivation(text, { ...(options.where === undefined ? {} : { where: options.where }), let: options.let ?? [] });
  if (!document.ok) return document;
  const fixed = options.fixed ?? {};
  const { lets, steps: lines } = document.value;
  const letNames = new Set(lets.map((definition) => definition.name));
  const givenStart = options.start === undefined ? undefined : parseExpression(options.start);
  if (givenStart && !givenStart.ok) return fail({ key: 'steps.givenStart', params: { problem: givenStart.error.said } });
  const freeNames = freeVariables(document.value, fixed, letNames, givenStart?.value.variables);
  const domains = freeNames.map(
    (name) => document.value.domains.find((entry) => entry.domain.name === name)?.domain ?? defaultDomain(name),
  );
  const layout = new Layout(domains, fixed, lets);
  const letDefinitions = new Map(lets.map((definition) => [definition.name, definition.expr] as const));

  const steps: DerivationStep[] = [];
  const written: { line: number; expr: Expr }[] = [];
  // Nodes evaluated at each point: the lets, and both sides of every comparison.
  let work = lets.reduce((sum, definition) => sum + countNodesUpTo(definition.expr, MAX_WORK), 0);
  if (work > MAX_WORK) return fail(TOO_MUCH_WORK);
  const comparisons: Comparison[] = [];
  let anchor: Anchor | undefined = givenStart && { expr: givenStart.value.expr, label: { key: 'steps.theStart' } };
  let pending: string[] = [];
  for (const line of lines) {
    const differentiatedBy = [...(steps.at(-1)?.differentiatedBy ?? []), ...(line.by ? [line.by] : [])];
    const step: DerivationStep = { line: line.line, relation: line.relation, expression: line.source.trim(), status: 'ok', differentiatedBy };
    steps.push(step);
    const known = [...freeNames, ...Object.keys(fixed), ...lets.filter((l) => l.line < line.line).map((l) => l.name)];
    const parsed = readStepExpression(line, known, steps.length === 1 && !givenStart, letNames, freeNames);
    if (!parsed.ok) {
      Object.assign(step, { status: 'invalid', said: parsed.said, column: parsed.column });
      if (parsed.unknownVariable) {
        // Nothing later can be compared through a derivative by a name that is not a variable.
        anchor = undefined;
        pending = [];
        continue;
      }
      if (line.by) pending.push(line.by);
      if (anchor === undefined && parsed.expr) anchor = { expr: parsed.expr, label: lineLabel(line.line) };
      continue;
    }
    // A bare first line is the start: with a given start it must equal it, otherwise it is the anchor.
    if (anchor && (line.relation !== 'start' || givenStart)) {
      const by = line.by ? [...pending, line.by] : pending;
      const reference = derivativeWithin(anchor.expr, by, letDefinitions);
      if (!reference) {
        Object.assign(step, { status: 'invalid', said: { key: 'steps.derivativeTooLarge', params: { anchor: anchor.label } } });
        anchor = undefined;
        pending = [];
        continue;
      }
      work += countNodesUpTo(reference, MAX_WORK) + countNodesUpTo(parsed.expr, MAX_WORK);
      if (work > MAX_WORK) {
        return fail(TOO_MUCH_WORK, { line: line.line });
      }
      comparisons.push({
        step,
        reference: layout.compile(reference),
        claim: layout.compile(parsed.expr),
        against: by.reduceRight<Said>((of, variable) => ({ key: 'steps.derivativeOf', params: { by: variable, of } }), anchor.label),
        lenient: by.length > 0,
      });
    }
    step.form = formKey(parsed.expr);
    written.push({ line: line.line, expr: parsed.expr });
    anchor = { expr: parsed.expr, label: lineLabel(line.line) };
    pending = [];
  }
  const seed = options.seed ?? DEFAULT_SEED;
  runComparisons(layout, comparisons, options.tol ?? DEFAULT_TOLERANCE, seed);
  const known = [...freeNames, ...Object.keys(fixed), ...letNames];
  const checkpoints = findCheckpoints(options.checkpoints ?? [], written, known, new CheckpointProbe(layout, samplePoints(layout.domains, seed)));
  if (!checkpoints.ok) return checkpoints;
  return ok({ ok: steps.every((step) => step.status === 'ok'), steps, checkpoints: checkpoints.value });
}

/** The lines of `written` that show each checkpoint. */
function findCheckpoints(
  sources: readonly string[],
  written: { line: number; expr: Expr }[],
  known: string[],
  probe: CheckpointProbe,
): MathResult<number[][]> {
  const found: number[][] = [];
  const forms = sources.length === 0 ? [] : written.map((step) => ({ line: step.line, form: formOf(step.expr) }));
  for (const source of sources) {
    const parsed = parseExpression(source, { allowedVariables: known });
    if (!parsed.ok) return fail({ key: 'steps.checkpoint', params: { source, problem: parsed.error.said } });
    const wanted = probe.valuesOf(parsed.value.expr);
    found.push(forms.filter((step) => probe.shows(step.form, wanted)).map((step) => step.line));
  }
  return ok(found);
}

/** Beyond this many nodes (as a tree) a reference is not evaluated 512 times. */
const MAX_REFERENCE_NODES = 20_000;
/** Differentiating and compiling recurse over the tree: a reference deeper than this is not checked. */
const MAX_REFERENCE_DEPTH = 1_000;
/**
 * Nodes evaluated at each sampled point, summed over every let, step and reference: 600,000
 * node evaluations in all bound the time to check any document (bench/derivation.bench.ts
 * times the worst one).
 */
export const MAX_WORK = Math.floor(600_000 / SAMPLE_COUNT);
const TOO_MUCH_WORK: Said = { key: 'steps.tooMuchWork', params: { limit: MAX_WORK } };

const lineLabel = (line: number): Said => ({ key: 'steps.line', params: { line } });

/** A value as a message shows it: its digits, or the word for no value. */
const shownValue = (shown: string): string | Said => (shown === UNDEFINED ? { key: 'expr.undefined' } : shown);

/** `expr` differentiated by each of `variables` in turn, or undefined if it grows too large. */
function derivativeWithin(expr: Expr, variables: string[], lets: ReadonlyMap<string, Expr>): Expr | undefined {
  let result = expr;
  for (const variable of variables) {
    result = new Differentiator(variable, lets).derivative(result);
    if (countNodesUpTo(result, MAX_REFERENCE_NODES) > MAX_REFERENCE_NODES) return undefined;
    if (depthUpTo(result, MAX_REFERENCE_DEPTH) > MAX_REFERENCE_DEPTH) return undefined;
  }
  return result;
}

/** What a step is compared with: its expression and how messages name it ("line 4", "the start"). */
interface Anchor {
  expr: Expr;
  label: Said;
}

/** Free variables: those with a domain, and those the lets and the start use; not lets or constants. */
function freeVariables(
  document: DerivationDocument,
  fixed: Record<string, number>,
  letNames: Set<string>,
  givenStartVariables: string[] | undefined,
): string[] {
  const names: string[] = document.domains.map((entry) => entry.domain.name);
  for (const definition of document.lets) names.push(...definition.variables);
  // The start introduces the variables: the given one, else the first line of the text.
  const start = givenStartVariables ? undefined : parseExpression(document.steps[0]!.source);
  names.push(...(givenStartVariables ?? (start?.ok ? start.value.variables : [])));
  return [...new Set(names)].filter((name) => !letNames.has(name) && !Object.hasOwn(fixed, name));
}

type StepExpression =
  | { ok: true; expr: Expr }
  | { ok: false; said: Said; column?: number; expr?: Expr; unknownVariable?: boolean };

function readStepExpression(
  line: StepLine,
  known: string[],
  first: boolean,
  letNames: Set<string>,
  freeNames: string[],
): StepExpression {
  const parsed = parseExpression(line.source, { allowedVariables: known });
  if (!parsed.ok) {
    const column = parsed.error.column === undefined ? undefined : line.column + parsed.error.column - 1;
    return { ok: false, said: parsed.error.said, ...(column === undefined ? {} : { column }) };
  }
  const expr = parsed.value.expr;
  if (line.problem) return { ok: false, said: line.problem, column: line.column, expr };
  if (first && line.relation !== 'start') {
    return { ok: false, said: { key: 'steps.startWithRelation', params: { relation: line.relation } }, column: line.column, expr };
  }
  if (line.by && !letNames.has(line.by) && !freeNames.includes(line.by)) {
    const said: Said = { key: 'steps.notAVariable', params: { by: line.by } };
    return { ok: false, said, ...(line.byColumn === undefined ? {} : { column: line.byColumn }), expr, unknownVariable: true };
  }
  return { ok: true, expr };
}

/** Points outer, comparisons inner: each point's lets are computed once for every step. */
function runComparisons(layout: Layout, comparisons: Comparison[], tol: number, seed: number): void {
  const points = samplePoints(layout.domains, seed);
  let open = comparisons.length;
  const settled = comparisons.map(() => false);
  const differsAt = (comparison: Comparison, coords: ArrayLike<number>): boolean => {
    layout.load(coords);
    return layout.differs(comparison.reference, comparison.claim, tol, comparison.lenient);
  };
  // Points where each comparison was shown equal: too few, and its step has not been checked.
  const evidence = comparisons.map(() => 0);
  // Comparisons that met a point where one side has no value and whether it is removable could
  // not be told, and comparisons that met a point the high-precision work left could not judge.
  const undecided = comparisons.map(() => false);
  const workLimited = comparisons.map(() => false);
  // Each comparison's loose points inside the domain, judged as equivalence.ts judges them.
  const loose = comparisons.map((): number[] => []);
  const markWrong = (c: number, sampled: ArrayLike<number>): void => {
    const comparison = comparisons[c]!;
    settled[c] = true;
    open--;
    const coords = simplifyPoint(layout.domains, sampled, (p) => differsAt(comparison, p));
    layout.showDifferenceAt(comparison.reference, comparison.claim, tol, coords, comparison.lenient);
    const counterexample = counterexampleAt(layout, coords, layout.lastA, layout.lastB);
    const where: string | Said = describePoint(counterexample.point, layout.letValues()) || { key: 'expr.anyPoint' };
    const { against, step } = comparison;
    const said: Said = { key: 'steps.differs', params: { where, against, a: shownValue(counterexample.shown.a), line: step.line, b: shownValue(counterexample.shown.b) } };
    Object.assign(step, { status: 'wrong', said, counterexample });
  };
  for (let i = 0; i < points.count && open > 0; i++) {
    const offset = i * points.dims;
    layout.load(points.coords, offset);
    for (let c = 0; c < comparisons.length; c++) {
      const comparison = comparisons[c]!;
      if (settled[c]) continue;
      const before = layout.shownEqual();
      const undecidedBefore = layout.undecidedPoints;
      const workLimitedBefore = layout.workLimitedPoints;
      const looseBefore = layout.loosePoints;
      const differs = layout.differs(comparison.reference, comparison.claim, tol, comparison.lenient);
      if (layout.shownEqual() > before) evidence[c]!++;
      if (layout.undecidedPoints > undecidedBefore) undecided[c] = true;
      if (layout.workLimitedPoints > workLimitedBefore) workLimited[c] = true;
      if (layout.loosePoints > looseBefore && isStratified(i, STRATIFIED_POINTS)) loose[c]!.push(i);
      if (!differs) continue;
      markWrong(c, points.coords.subarray(offset, offset + points.dims));
      layout.load(points.coords, offset);
    }
  }
  // Loose points inside the domain, when more than a few: judged in high precision as equiv does.
  comparisons.forEach((comparison, c) => {
    if (settled[c] || loose[c]!.length <= LOOSE_SHARE_FLOOR) return;
    for (const index of spreadOver(loose[c]!, points, LOOSE_CHECKS)) {
      const sampled = points.coords.subarray(index * points.dims, (index + 1) * points.dims);
      layout.load(sampled);
      const workLimitedBefore = layout.workLimitedPoints;
      const differs = layout.differsPrecisely(comparison.reference, comparison.claim, tol);
      // A loose point the work left could not judge: nothing claimed for this step.
      if (layout.workLimitedPoints > workLimitedBefore) workLimited[c] = true;
      if (!differs) continue;
      markWrong(c, sampled);
      return;
    }
  });
  comparisons.forEach((comparison, c) => {
    if (settled[c] || (evidence[c]! >= MIN_EVIDENCE && !undecided[c] && !workLimited[c])) return;
    const key = workLimited[c] ? 'steps.notShownEqualWork' : 'steps.notShownEqual';
    Object.assign(comparison.step, { status: 'wrong', said: { key, params: { against: comparison.against } } });
  });
}
