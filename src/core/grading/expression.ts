import type { Lang } from '../i18n.js';
import type { QuestionInstance } from '../bank/types.js';
import type { ExpressionQuestion } from '../kinds/expression.js';
import { describeSet, feedbackInBoth, gradesCorrect, MAX_SYMBOLIC_SETS, setsOf } from '../bank/answer-checks.js';
import { instantiate } from '../bank/instantiate.js';
import type { FieldIssue } from '../bank/issues.js';
import type { KindGrader } from '../kinds/spec.js';
import { checkEquivalence, compileExpression, parseDomains } from '../math/index.js';
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
    const { said, column } = compiled.error;
    const unknown = said.key === 'expr.unknownVariable' || said.key === 'expr.unknownVariableNone' ? said.params?.['name'] : undefined;
    if (typeof unknown === 'string') return invalid(expected, say.unknownName([unknown], question.variables));
    return invalid(expected, say.problem(said, column));
  }
  const report = checkEquivalence(answer, question.answer, { where: question.where, fixed: instance.params, seed: EQUIVALENCE_SEED });
  if (!report.ok) return invalid(expected, say.problem(report.error.said));
  if (report.value.equivalent) return scored(1, expected, say.equivalent);
  const counterexample = report.value.counterexample;
  if (!counterexample) return scored(0, expected, say.notShownEqual);
  const { a, b } = counterexample.shown;
  const feedback = describeDifference(counterexample, counterexample.a, counterexample.b, Object.keys(instance.params), lang, [a, b]);
  return scored(0, expected, feedback);
}

export const expressionGrader: KindGrader<ExpressionQuestion> = {
  grade: (question, { instance, answer, lang }) => gradeExpression(question, instance, answer, lang),
  answerKey: (question, { params }) => ({
    data: { expression: substituteParams(question.answer, params), variables: question.variables, where: question.where ?? null },
    text: expressionExpected(question, params),
  }),
  checkAnswerKey: checkExpression,
};

/** The answer is defined on the domain for every parameter set; every wrong answer grades wrong. */
function checkExpression(question: ExpressionQuestion): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const names = Object.keys(question.params ?? {});
  if (question.where) {
    const domains = parseDomains(question.where);
    if (!domains.ok) return [{ path: ['where'], message: domains.error.said }];
  }
  const compiled = compileExpression(question.answer, { allowedVariables: [...question.variables, ...names] });
  if (!compiled.ok) return [{ path: ['answer'], message: { key: 'pack.withVariables', params: { problem: compiled.error.said, names: question.variables.join(', ') } } }];
  const sets = setsOf(question, MAX_SYMBOLIC_SETS);
  const undefinedFor = sets.find((set) => {
    const self = checkEquivalence(question.answer, question.answer, { where: question.where, fixed: set });
    return !self.ok || !self.value.equivalent;
  });
  if (undefinedFor) {
    issues.push({ path: ['answer'], message: names.length > 0 ? { key: 'pack.nowhereOnDomainFor', params: { set: describeSet(undefinedFor) } } : { key: 'pack.nowhereOnDomain' } });
  }
  question.wrongAnswers.forEach((wrong, index) => {
    const path = ['wrongAnswers', index];
    const gradeAt = (set: Record<string, number>, lang: Lang) =>
      gradeExpressionAllowing(question, { ...instantiate(question, null), params: set }, wrong, [...question.variables, ...names], lang);
    const results = sets.map((set) => ({ set, result: gradeAt(set, 'en') }));
    const invalid = results.find(({ result }) => result.verdict === 'invalid');
    if (invalid) return issues.push({ path, message: { key: 'pack.cannotBeGraded', params: { reason: feedbackInBoth((lang) => gradeAt(invalid.set, lang).feedback) } } });
    const accepted = results.filter(({ result }) => result.correct).map(({ set }) => set);
    if (accepted.length > 0) issues.push({ path, message: gradesCorrect(accepted, sets.length) });
  });
  return issues;
}
