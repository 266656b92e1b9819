import { join, resolve } from 'node:path';
import { checkDerivation as checkSteps, checkEquivalence, withinTolerance, compileExpression, parseDomains } from '../math/index.js';
import { grade } from '../grading/grade.js';
import { expectedValue } from '../grading/numeric.js';
import { gradeExpressionAllowing } from '../grading/expression.js';
import { packDirsIn } from './bundled.js';
import type { FieldIssue } from './issues.js';
import { formatPath } from './issues.js';
import { instantiate, evaluatePlaceholder } from './instantiate.js';
import { isParametric } from './instance.js';
import { loadPacks, type Locator } from './load.js';
import { parameterSets, formatNumber } from './params.js';
import { questionPlaceholders } from './placeholders.js';
import { displayPath, sortProblems, type Problem } from './problems.js';
import type { DerivationQuestion, ExpressionQuestion, NumericQuestion, Pack, Question } from './types.js';

// The deep checks of `focal questions validate`: everything that needs the expression
// evaluator or the grader. The answer key must check out: reference answers evaluate,
// wrong answers grade wrong, model derivations grade correct, for every parameter set.

export interface ValidationReport {
  packs: Pack[];
  /** Questions read (valid or not, counted once each). */
  questionCount: number;
  problems: Problem[];
  /** Texts without zh and the like: reported, but the pack is valid. */
  warnings: Problem[];
}

/** Parameter sets tried: all combinations up to this many, otherwise this many drawn deterministically. */
const MAX_PARAMETER_SETS = 200;
/** Expensive checks (equivalence, derivations) run on fewer sets. */
const MAX_SYMBOLIC_SETS = 12;

/**
 * Validates pack folders (a folder holding packs, such as `questions/`, counts as its packs).
 * Ids are also checked against `others` (the bundled packs), since packs are loaded together.
 */
export function validatePackDirs(dirs: string[], others: string[] = []): ValidationReport {
  const expanded = dirs.flatMap((dir) => {
    const inside = packDirsIn(dir);
    return inside.length > 0 && !inside.includes(resolve(dir)) ? inside : [resolve(dir)];
  });
  const load = loadPacks(expanded);
  const problems = [...load.problems];
  for (const pack of load.packs) {
    for (const question of pack.questions) {
      for (const issue of checkAnswerKey(question)) {
        problems.push({ file: question.file, ...load.locate(question, issue.path), id: question.id, path: formatPath(issue.path) || undefined, message: issue.message });
      }
    }
  }
  const extra = others.map((dir) => resolve(dir)).filter((dir) => !expanded.includes(dir));
  if (extra.length > 0) problems.push(...clashesWith(loadPacks(extra).packs, load.packs, load.locate));
  return { packs: load.packs, questionCount: load.questionCount, problems: sortProblems(problems), warnings: load.warnings };
}

/** Ids of `ours` that `others` (packs always loaded alongside, such as the bundled ones) already use. */
function clashesWith(others: Pack[], ours: Pack[], locate: Locator): Problem[] {
  const packIds = new Map(others.map((pack) => [pack.id, pack]));
  const questionIds = new Map(others.flatMap((pack) => pack.questions.map((question) => [question.id, question] as const)));
  const problems: Problem[] = [];
  for (const pack of ours) {
    const clash = packIds.get(pack.id);
    if (clash) problems.push({ file: join(pack.dir, 'pack.yaml'), path: 'id', message: `duplicate pack id "${pack.id}": also ${displayPath(clash.dir)}` });
    for (const question of pack.questions) {
      const earlier = questionIds.get(question.id);
      if (!earlier) continue;
      problems.push({ file: question.file, ...locate(question, ['id']), id: question.id, path: 'id', message: `duplicate id: also in ${displayPath(earlier.file)}` });
    }
  }
  return problems;
}

/** The checks of one question's answer key that need evaluation; structure was checked on load. */
export function checkAnswerKey(question: Question): FieldIssue[] {
  const issues = checkPlaceholderValues(question);
  switch (question.kind) {
    case 'numeric':
      return [...issues, ...checkNumeric(question)];
    case 'expression':
      return [...issues, ...checkExpression(question)];
    case 'derivation':
      return [...issues, ...checkDerivation(question)];
    default:
      return issues;
  }
}

function setsOf(question: Question, limit = MAX_PARAMETER_SETS): Record<string, number>[] {
  return isParametric(question) ? parameterSets(question.params!, limit) : [{}];
}

function describeSet(set: Record<string, number>): string {
  return Object.entries(set)
    .map(([name, value]) => `${name} = ${formatNumber(value)}`)
    .join(', ');
}

/** `{=expr}` placeholders must evaluate to a finite number for every parameter set. */
function checkPlaceholderValues(question: Question): FieldIssue[] {
  if (!isParametric(question)) return [];
  const names = Object.keys(question.params!);
  const issues: FieldIssue[] = [];
  for (const { placeholder, path } of questionPlaceholders(question)) {
    if (placeholder.type !== 'expression') continue;
    const compiled = compileExpression(placeholder.source, { allowedVariables: names });
    if (!compiled.ok) {
      issues.push({ path, message: `placeholder {=${placeholder.source}}: ${compiled.error.message}` });
      continue;
    }
    const bad = setsOf(question).find((set) => evaluatePlaceholder(placeholder.source, set) === undefined);
    if (bad) issues.push({ path, message: `placeholder {=${placeholder.source}} is not finite for ${describeSet(bad)}` });
  }
  return issues;
}

function checkNumeric(question: NumericQuestion): FieldIssue[] {
  const names = Object.keys(question.params ?? {});
  const compiled = compileExpression(question.answer, { allowedVariables: names });
  if (!compiled.ok) return [{ path: ['answer'], message: `does not evaluate: ${compiled.error.message}` }];
  const sets = setsOf(question);
  const issues: FieldIssue[] = [];
  const bad = sets.find((set) => !Number.isFinite(expectedValue(question, set)));
  if (bad) {
    const where = names.length > 0 ? ` for ${describeSet(bad)}` : '';
    issues.push({ path: ['answer'], message: `is not a finite number${where}` });
    return issues;
  }
  question.wrongAnswers.forEach((wrong, index) => {
    const path = ['wrongAnswers', index];
    const wrongCompiled = compileExpression(wrong, { allowedVariables: names });
    if (!wrongCompiled.ok) return issues.push({ path, message: `does not evaluate: ${wrongCompiled.error.message}` });
    const accepted = sets.filter((set) => {
      const value = wrongCompiled.value.evaluate(set);
      return value !== undefined && withinTolerance(value, expectedValue(question, set), question.tolerance);
    });
    if (accepted.length > 0) issues.push({ path, message: gradesCorrect(accepted, sets.length) });
  });
  return issues;
}

function checkExpression(question: ExpressionQuestion): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const names = Object.keys(question.params ?? {});
  if (question.where) {
    const domains = parseDomains(question.where);
    if (!domains.ok) return [{ path: ['where'], message: domains.error.message }];
  }
  const compiled = compileExpression(question.answer, { allowedVariables: [...question.variables, ...names] });
  if (!compiled.ok) return [{ path: ['answer'], message: `${compiled.error.message} (variables: ${question.variables.join(', ')})` }];
  const sets = setsOf(question, MAX_SYMBOLIC_SETS);
  const undefinedFor = sets.find((set) => {
    const self = checkEquivalence(question.answer, question.answer, { where: question.where, fixed: set });
    return !self.ok || !self.value.equivalent;
  });
  if (undefinedFor) {
    const where = names.length > 0 ? ` for ${describeSet(undefinedFor)}` : '';
    issues.push({ path: ['answer'], message: `cannot be evaluated anywhere on the domain${where} (not defined, or beyond float64 and high precision)` });
  }
  question.wrongAnswers.forEach((wrong, index) => {
    const path = ['wrongAnswers', index];
    const results = sets.map((set) => {
      const instance = { ...instantiate(question, null), params: set };
      return { set, result: gradeExpressionAllowing(question, instance, wrong, [...question.variables, ...names], 'en') };
    });
    const invalid = results.find(({ result }) => result.verdict === 'invalid');
    if (invalid) return issues.push({ path, message: `cannot be graded: ${invalid.result.feedback}` });
    const accepted = results.filter(({ result }) => result.correct).map(({ set }) => set);
    if (accepted.length > 0) issues.push({ path, message: gradesCorrect(accepted, sets.length) });
  });
  return issues;
}

function checkDerivation(question: DerivationQuestion): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (question.where) {
    const domains = parseDomains(question.where);
    if (!domains.ok) return [{ path: ['where'], message: domains.error.message }];
  }
  const checkpoints = checkCheckpoints(question);
  issues.push(...checkpoints.issues);
  // An unreadable checkpoint would fail every grading below for the same reason.
  if (!checkpoints.readable) return issues;
  for (const set of setsOf(question, MAX_SYMBOLIC_SETS)) {
    const instance = { ...instantiate(question, null), params: set };
    const model = grade({ instance, answer: question.model, lang: 'en' });
    if (model.verdict === 'partial') {
      const gaps = model.feedback.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
      issues.push({ path: ['requires'], message: `the model derivation does not meet them: ${gaps.join(' ')}` });
      break;
    }
    if (!model.correct) {
      const where = Object.keys(set).length > 0 ? ` (${describeSet(set)})` : '';
      issues.push({ path: ['model'], message: `the model derivation does not check out${where}: ${firstLine(model.feedback)}` });
      break;
    }
  }
  const instance = instantiate(question, null);
  question.wrongAnswers.forEach((wrong, index) => {
    const result = grade({ instance, answer: wrong, lang: 'en' });
    if (result.correct) issues.push({ path: ['wrongAnswers', index], message: 'grades correct; a wrong answer must grade wrong' });
    else if (result.verdict === 'partial') issues.push({ path: ['wrongAnswers', index], message: 'grades partly right; a wrong answer must grade wrong' });
    else if (result.verdict === 'invalid') issues.push({ path: ['wrongAnswers', index], message: `cannot be graded: ${result.feedback}` });
  });
  return issues;
}

/**
 * Each checkpoint must read as an expression of the question's names, and must not be shown
 * by the start or the goal themselves: then it could not tell a derivation from a restated goal.
 */
function checkCheckpoints(question: DerivationQuestion): { issues: FieldIssue[]; readable: boolean } {
  const issues: FieldIssue[] = [];
  const checkpoints = question.requires.shows.map((checkpoint) => checkpoint.expr);
  if (checkpoints.length === 0) return { issues, readable: true };
  const header = [...(question.where ? [`where: ${question.where}`] : []), ...question.let.map((definition) => `let: ${definition}`)];
  const params = setsOf(question, 1)[0] ?? {};
  for (const [field, source] of [['start', question.start], ['goal', question.goal]] as const) {
    const report = checkSteps([...header, source].join('\n'), { fixed: params, checkpoints });
    if (!report.ok) {
      const index = checkpoints.findIndex((expr) => report.error.message.startsWith(`checkpoint ${expr}:`));
      issues.push({ path: index >= 0 ? ['requires', 'shows', index, 'expr'] : ['requires'], message: report.error.message });
      return { issues, readable: false };
    }
    report.value.checkpoints.forEach((lines, index) => {
      if (lines.length > 0) {
        issues.push({ path: ['requires', 'shows', index, 'expr'], message: `the ${field} already shows it, so it cannot tell a derivation from a restated ${field}` });
      }
    });
  }
  return { issues, readable: true };
}

/**
 * A wrong answer must grade wrong for every parameter set: one that coincides with the right
 * answer for some values (1/(1 − p) when γ may be 1) would teach nothing there, so choose the
 * parameters or the mistake so that they never meet.
 */
function gradesCorrect(accepted: Record<string, number>[], total: number): string {
  if (total === 1) return 'grades correct; a wrong answer must grade wrong';
  return `grades correct for ${accepted.length} of ${total} parameter sets (e.g. ${describeSet(accepted[0]!)}); a wrong answer must grade wrong`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
