import { join, resolve } from 'node:path';
import { compileExpression } from '../math/index.js';
import { graderOf } from '../grading/grade.js';
import { describeSet, setsOf } from './answer-checks.js';
import { packDirsIn } from './bundled.js';
import type { FieldIssue } from './issues.js';
import { formatPath } from './issues.js';
import { evaluatePlaceholder } from './instantiate.js';
import { isParametric } from './instance.js';
import { loadPacks, type Locator } from './load.js';
import { questionPlaceholders } from './placeholders.js';
import { displayPath, sortProblems, type Problem } from './problems.js';
import type { Pack, Question } from './types.js';

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
    if (clash) problems.push({ file: join(pack.dir, 'pack.yaml'), path: 'id', message: { key: 'pack.duplicatePackId', params: { id: pack.id, dir: displayPath(clash.dir) } } });
    for (const question of pack.questions) {
      const earlier = questionIds.get(question.id);
      if (!earlier) continue;
      problems.push({ file: question.file, ...locate(question, ['id']), id: question.id, path: 'id', message: { key: 'pack.duplicateId', params: { where: displayPath(earlier.file) } } });
    }
  }
  return problems;
}

/** The checks of one question's answer key that need evaluation; structure was checked on load. */
export function checkAnswerKey(question: Question): FieldIssue[] {
  return [...checkPlaceholderValues(question), ...graderOf(question).checkAnswerKey(question)];
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
      issues.push({ path, message: { key: 'pack.placeholderInvalid', params: { source: placeholder.source, problem: compiled.error.said } } });
      continue;
    }
    const bad = setsOf(question).find((set) => evaluatePlaceholder(placeholder.source, set) === undefined);
    if (bad) issues.push({ path, message: { key: 'pack.placeholderNotFinite', params: { source: placeholder.source, set: describeSet(bad) } } });
  }
  return issues;
}
