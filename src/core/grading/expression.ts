import type { Lang } from '../i18n.js';
import type { ExpressionQuestion, QuestionInstance } from '../bank/types.js';
import { checkEquivalence, compileExpression } from '../math/index.js';
import { describeDifference, pretty, substituteParams } from './display.js';
import { messages } from './messages.js';
import { invalid, scored } from './result.js';
import type { GradeResult } from './types.js';

/** Sampling is seeded so that the same answer always gets the same verdict and counterexample. */
const EQUIVALENCE_SEED = 0x5eed;

export function expressionExpected(question: ExpressionQuestion, params: Record<string, number>): string {
  return pretty(substituteParams(question.answer, params));
}

/**
 * The learner may use only the question's variables; the answer must equal the reference
 * at every sampled point of `where`, with the instance's parameters held fixed.
 */
export function gradeExpression(question: ExpressionQuestion, instance: QuestionInstance, answer: string, lang: Lang): GradeResult {
  return gradeExpressionAllowing(question, instance, answer, question.variables, lang);
}

/**
 * The same, with a chosen set of names allowed; validation uses it to grade the pack's own
 * wrong answers, which may be written with the parameters.
 */
export function gradeExpressionAllowing(
  question: ExpressionQuestion,
  instance: QuestionInstance,
  answer: string,
  allowed: string[],
  lang: Lang,
): GradeResult {
  const say = messages(lang);
  const expected = expressionExpected(question, instance.params);
  if (!answer.trim()) return invalid(expected, say.empty);
  const compiled = compileExpression(answer, { allowedVariables: allowed });
  if (!compiled.ok) {
    const { message, column } = compiled.error;
    const unknown = /unknown variable '([^']+)'/.exec(message);
    if (unknown) return invalid(expected, say.unknownName([unknown[1]!], question.variables));
    return invalid(expected, column === undefined ? message : `${message} (column ${column})`);
  }
  const report = checkEquivalence(answer, question.answer, { where: question.where, fixed: instance.params, seed: EQUIVALENCE_SEED });
  if (!report.ok) return invalid(expected, report.error.message);
  if (report.value.equivalent) return scored(1, expected, say.equivalent);
  const counterexample = report.value.counterexample;
  if (!counterexample) return scored(0, expected, say.notShownEqual);
  const { a, b } = counterexample.shown;
  const feedback = describeDifference(counterexample, counterexample.a, counterexample.b, Object.keys(instance.params), lang, [a, b]);
  return scored(0, expected, feedback);
}
