import * as z from 'zod/mini';
import { common, expressionText, identifier, params, text } from '../bank/schema.js';
import type { QuestionBase, QuestionInstance } from '../bank/types.js';
import { describeSet, feedbackInBoth, gradesCorrect, MAX_SYMBOLIC_SETS, setsOf } from '../bank/answer-checks.js';
import type { FieldIssue } from '../bank/issues.js';
import type { Lang } from '../i18n.js';
import { messages } from '../grading/messages.js';
import { invalid, scored } from '../grading/result.js';
import type { GradeResult } from '../grading/types.js';
import { labelled, type Evaluator, type KindGrader, type KindSpec } from './spec.js';
import { ownSaid, ownWords } from '../words/own.js';

export interface ExpressionQuestion extends QuestionBase {
  kind: 'expression';
  answer: string;
  /** The variable names the learner may use. */
  variables: string[];
  /** Domains, in the `--where` syntax; defaults apply to variables not named. */
  where?: string;
  wrongAnswers: string[];
}

const schema = z.strictObject({
  ...common,
  ...params,
  kind: z.literal('expression'),
  answer: expressionText,
  variables: z.array(identifier).check(z.minLength(1)),
  where: z.optional(text),
  wrongAnswers: z._default(z.array(expressionText), []),
});

const words = {
  howTo: { en: 'Answer with an expression in {variables}.', zh: '用 {variables} 写出表达式。' },
  equivalent: { en: 'Equal to the expected expression on the whole domain.', zh: '在整个定义域上与标准答案相等。' },
  notShownEqual: {
    en: 'Could not be compared with the expected expression: at almost no point of the domain can both be evaluated, so it is not counted as equal.',
    zh: '无法与标准答案比较：定义域上几乎没有能同时计算两边的点，因此不算相等。',
  },
  notShownUndecided: {
    en: 'Not shown equal to the expected expression: at {point} only one of them has a value, and whether the other tends to it there could not be told, so it is not counted as equal.',
    zh: '未能证明与标准答案相等：在 {point} 处只有一边有值，无法判断另一边在该点附近是否趋于这个值，因此不算相等。',
  },
  notShownWork: {
    en: 'Not shown equal to the expected expression: where float64 cannot tell, comparing them needs more high-precision work than one check may do, so it is not counted as equal.',
    zh: '未能证明与标准答案相等：在 float64 无法判断的点上，比较两者所需的高精度计算量超出了单次检查的上限，因此不算相等。',
  },
  unknownName: { en: 'Unknown name {names}: use only {allowed}.', zh: '未知的名字 {names}：只能使用 {allowed}。' },
  // problems of a pack (questions validate)
  withVariables: { en: '{problem} (variables: {names})', zh: '{problem}（变量：{names}）' },
  nowhereOnDomain: {
    en: 'cannot be evaluated anywhere on the domain (not defined, or beyond float64 and high precision)',
    zh: '在定义域上处处无法计算（无定义，或超出 float64 和高精度计算的范围）',
  },
  nowhereOnDomainFor: {
    en: 'cannot be evaluated anywhere on the domain for {set} (not defined, or beyond float64 and high precision)',
    zh: '在 {set} 时，在定义域上处处无法计算（无定义，或超出 float64 和高精度计算的范围）',
  },
};
const word = ownWords(words);
const packProblem = ownSaid(words);

/** The expression evaluator, loaded by `grader` (a pack's loading must not load it). */
let math: Evaluator;

/** An expression of the question's variables, equal to the answer on the domain `where`. */
export const expressionKind: KindSpec<ExpressionQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: () => [],
  details: (question, lang) => [
    labelled('details.variables', question.variables.join(', '), lang),
    ...(question.where ? [labelled('details.where', question.where, lang)] : []),
  ],
  jsonExtras: () => ({}),
  answerInput: 'line',
  howToAnswer: (question, lang) => word(lang, 'howTo', { variables: question.variables.join(', ') }),
  words,
  grader: async () => {
    math = await import('../grading/evaluator.js');
    return expressionGrader;
  },
  skeleton: `    prompt:
      en: Write the focal loss of a positive example in terms of pt and gamma (no α).
      zh: 用 pt 和 gamma 写出正样本的焦点损失（不含 α）。
    explanation:
      en: FL = −(1 − pₜ)^γ log pₜ.
      zh: FL = −(1 − pₜ)^γ log pₜ。
    answer: -(1-pt)^gamma*log(pt)
    variables: [pt, gamma]       # the names an answer may use
    where: "pt in (0,1), gamma in [0,5]"   # where answers are compared
    wrongAnswers: ["-(1-pt)^gamma*log(1-pt)", "-pt^gamma*log(pt)"]`,
};

/** Sampling is seeded so that the same answer always gets the same verdict and counterexample. */
const EQUIVALENCE_SEED = 0x5eed;

function expressionExpected(question: ExpressionQuestion, params: Record<string, number>): string {
  return math.pretty(math.substituteParams(question.answer, params));
}

/**
 * The learner may use only the question's variables; the answer must equal the reference
 * at every sampled point of `where`, with the instance's parameters held fixed.
 */
function gradeExpression(question: ExpressionQuestion, instance: QuestionInstance, answer: string, lang: Lang): GradeResult {
  return gradeExpressionAllowing(question, instance, answer, question.variables, lang);
}

/**
 * The same, with a chosen set of names allowed; validation uses it to grade the pack's own
 * wrong answers, which may be written with the parameters.
 */
function gradeExpressionAllowing(
  question: ExpressionQuestion,
  instance: QuestionInstance,
  answer: string,
  allowed: string[],
  lang: Lang,
): GradeResult {
  const say = messages(lang);
  const expected = expressionExpected(question, instance.params);
  if (!answer.trim()) return invalid(expected, say.empty);
  const compiled = math.compileExpression(answer, { allowedVariables: allowed });
  if (!compiled.ok) {
    const { said, column } = compiled.error;
    const unknown = said.key === 'expr.unknownVariable' || said.key === 'expr.unknownVariableNone' ? said.params?.['name'] : undefined;
    if (typeof unknown === 'string') return invalid(expected, word(lang, 'unknownName', { names: unknown, allowed: { join: question.variables, with: 'grading.listSeparator' } }));
    return invalid(expected, say.problem(said, column));
  }
  const report = math.checkEquivalence(answer, question.answer, { where: question.where, fixed: instance.params, seed: EQUIVALENCE_SEED });
  if (!report.ok) return invalid(expected, say.problem(report.error.said));
  if (report.value.equivalent) return scored(1, expected, word(lang, 'equivalent'));
  const counterexample = report.value.counterexample;
  if (!counterexample) {
    const { undecided, workLimited } = report.value;
    if (undecided) return scored(0, expected, word(lang, 'notShownUndecided', { point: math.describePoint(undecided) || { key: 'expr.anyPoint' } }));
    return scored(0, expected, word(lang, workLimited ? 'notShownWork' : 'notShownEqual'));
  }
  const { a, b } = counterexample.shown;
  const feedback = math.describeDifference(counterexample, counterexample.a, counterexample.b, Object.keys(instance.params), lang, [a, b]);
  return scored(0, expected, feedback);
}

const expressionGrader: KindGrader<ExpressionQuestion> = {
  grade: (question, { instance, answer, lang }) => gradeExpression(question, instance, answer, lang),
  answerKey: (question, { params }) => ({
    data: { expression: math.substituteParams(question.answer, params), variables: question.variables, where: question.where ?? null },
    text: expressionExpected(question, params),
  }),
  checkAnswerKey: checkExpression,
};

/** The answer is defined on the domain for every parameter set; every wrong answer grades wrong. */
function checkExpression(question: ExpressionQuestion): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const names = Object.keys(question.params ?? {});
  if (question.where) {
    const domains = math.parseDomains(question.where);
    if (!domains.ok) return [{ path: ['where'], message: domains.error.said }];
  }
  const compiled = math.compileExpression(question.answer, { allowedVariables: [...question.variables, ...names] });
  if (!compiled.ok) return [{ path: ['answer'], message: packProblem('withVariables', { problem: compiled.error.said, names: question.variables.join(', ') }) }];
  const sets = setsOf(question, MAX_SYMBOLIC_SETS);
  const undefinedFor = sets.find((set) => {
    const self = math.checkEquivalence(question.answer, question.answer, { where: question.where, fixed: set });
    return !self.ok || !self.value.equivalent;
  });
  if (undefinedFor) {
    issues.push({ path: ['answer'], message: names.length > 0 ? packProblem('nowhereOnDomainFor', { set: describeSet(undefinedFor) }) : packProblem('nowhereOnDomain') });
  }
  question.wrongAnswers.forEach((wrong, index) => {
    const path = ['wrongAnswers', index];
    const gradeAt = (set: Record<string, number>, lang: Lang) =>
      gradeExpressionAllowing(question, { ...math.instantiate(question, null), params: set }, wrong, [...question.variables, ...names], lang);
    const results = sets.map((set) => ({ set, result: gradeAt(set, 'en') }));
    const invalid = results.find(({ result }) => result.verdict === 'invalid');
    if (invalid) return issues.push({ path, message: { key: 'pack.cannotBeGraded', params: { reason: feedbackInBoth((lang) => gradeAt(invalid.set, lang).feedback) } } });
    const accepted = results.filter(({ result }) => result.correct).map(({ set }) => set);
    if (accepted.length > 0) issues.push({ path, message: gradesCorrect(accepted, sets.length) });
  });
  return issues;
}
