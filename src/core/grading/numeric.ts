import type { Lang } from '../i18n.js';
import type { QuestionInstance } from '../bank/types.js';
import type { NumericQuestion } from '../kinds/numeric.js';
import { describeSet, gradesCorrect, setsOf } from '../bank/answer-checks.js';
import type { FieldIssue } from '../bank/issues.js';
import type { KindGrader } from '../kinds/spec.js';
import { withinTolerance, compileExpression, type CompiledExpression } from '../math/index.js';
import { describeTolerance, displayValue, isPlainNumber, pretty, substituteParams } from './display.js';
import { messages } from './messages.js';
import { invalid, scored, sentences } from './result.js';
import type { GradeResult } from './types.js';

// Reference answers are compiled once per expression and kept: a drill grades the same
// questions again and again.
const references = new Map<string, CompiledExpression | null>();

function compiledReference(question: NumericQuestion): CompiledExpression | null {
  const key = `${question.answer}\u0000${Object.keys(question.params ?? {}).join(',')}`;
  if (!references.has(key)) {
    const compiled = compileExpression(question.answer, { allowedVariables: Object.keys(question.params ?? {}) });
    references.set(key, compiled.ok ? compiled.value : null);
  }
  return references.get(key)!;
}

/** The expected value of a numeric question for the instance's parameters (NaN when the key is broken). */
export function expectedValue(question: NumericQuestion, params: Record<string, number>): number {
  return compiledReference(question)?.evaluate(params) ?? Number.NaN;
}

/** `976.5625 = 1 / (1 − 0.968)²`: the value, and how it is computed when that is not obvious. */
export function numericExpected(question: NumericQuestion, params: Record<string, number>): string {
  const value = displayValue(expectedValue(question, params));
  if (isPlainNumber(question.answer)) return value;
  return `${value} = ${pretty(substituteParams(question.answer, params))}`;
}

/**
 * The answer may be any arithmetic expression (`1/(1-0.968)^2`) but no variable: it is
 * evaluated in the sandbox and compared with the expected value within the tolerance.
 */
export function gradeNumeric(question: NumericQuestion, instance: QuestionInstance, answer: string, lang: Lang): GradeResult {
  const say = messages(lang);
  const expected = numericExpected(question, instance.params);
  const tolerance = describeTolerance(question.tolerance, lang);
  if (!answer.trim()) return invalid(expected, say.empty);
  const compiled = compileExpression(answer, { allowedVariables: [] });
  if (!compiled.ok) {
    const { said, column } = compiled.error;
    const problem = say.problem(said, column);
    return invalid(expected, said.key === 'expr.unknownVariableNone' ? sentences(say.noVariables, problem) : problem);
  }
  const given = compiled.value.evaluate({});
  if (given === undefined) return invalid(expected, say.notANumber);
  const within = withinTolerance(given, expectedValue(question, instance.params), question.tolerance);
  const yours = isPlainNumber(answer) ? displayValue(given) : `${displayValue(given)} = ${compiled.value.pretty()}`;
  return scored(within ? 1 : 0, expected, sentences(say.yours(yours), say.tolerance(tolerance)));
}

export const numericGrader: KindGrader<NumericQuestion> = {
  grade: (question, { instance, answer, lang }) => gradeNumeric(question, instance, answer, lang),
  // 15 significant digits drop binary noise (0.024999999999999994 → 0.025) and nothing else.
  answerKey: (question, { params }) => ({ data: Number(expectedValue(question, params).toPrecision(15)), text: numericExpected(question, params) }),
  checkAnswerKey: checkNumeric,
};

/** The answer evaluates to a finite number for every parameter set; no wrong answer is within the tolerance. */
function checkNumeric(question: NumericQuestion): FieldIssue[] {
  const names = Object.keys(question.params ?? {});
  const compiled = compileExpression(question.answer, { allowedVariables: names });
  if (!compiled.ok) return [{ path: ['answer'], message: { key: 'pack.doesNotEvaluate', params: { problem: compiled.error.said } } }];
  const sets = setsOf(question);
  const issues: FieldIssue[] = [];
  const bad = sets.find((set) => !Number.isFinite(expectedValue(question, set)));
  if (bad) {
    issues.push({ path: ['answer'], message: names.length > 0 ? { key: 'pack.notFiniteFor', params: { set: describeSet(bad) } } : { key: 'pack.notFinite' } });
    return issues;
  }
  question.wrongAnswers.forEach((wrong, index) => {
    const path = ['wrongAnswers', index];
    const wrongCompiled = compileExpression(wrong, { allowedVariables: names });
    if (!wrongCompiled.ok) return issues.push({ path, message: { key: 'pack.doesNotEvaluate', params: { problem: wrongCompiled.error.said } } });
    const accepted = sets.filter((set) => {
      const value = wrongCompiled.value.evaluate(set);
      return value !== undefined && withinTolerance(value, expectedValue(question, set), question.tolerance);
    });
    if (accepted.length > 0) issues.push({ path, message: gradesCorrect(accepted, sets.length) });
  });
  return issues;
}
