import * as z from 'zod/mini';
import { common, expressionText, params, toleranceSchema } from '../bank/schema.js';
import type { QuestionBase, QuestionInstance, Tolerance } from '../bank/types.js';
import { describeSet, gradesCorrect, setsOf } from '../bank/answer-checks.js';
import type { FieldIssue } from '../bank/issues.js';
import type { Lang } from '../i18n.js';
import type { CompiledExpression } from '../math/index.js';
import { messages } from '../grading/messages.js';
import { invalid, scored, sentences } from '../grading/result.js';
import type { GradeResult } from '../grading/types.js';
import type { Evaluator, KindGrader, KindSpec } from './spec.js';
import { ownSaid, ownWords } from '../words/own.js';

export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  /** An expression of the parameters (or a plain number) giving the expected value. */
  answer: string;
  tolerance: Tolerance;
  /** Plausible mistakes; each must grade wrong. */
  wrongAnswers: string[];
}

const schema = z.strictObject({
  ...common,
  ...params,
  kind: z.literal('numeric'),
  answer: expressionText,
  tolerance: toleranceSchema,
  wrongAnswers: z._default(z.array(expressionText), []),
});

const words = {
  howTo: { en: 'Answer with a number or an arithmetic expression.', zh: '填一个数或算式。' },
  tolerance: { en: '{description}.', zh: '允许误差：{description}。' },
  yours: { en: 'Yours: {value}.', zh: '你的答案：{value}。' },
  notANumber: { en: 'The answer does not evaluate to a finite number.', zh: '答案算不出有限的数值。' },
  noVariables: { en: 'A numeric answer uses numbers only, no variables.', zh: '数值答案只能用数字，不能含变量。' },
  // problems of a pack (questions validate)
  doesNotEvaluate: { en: 'does not evaluate: {problem}', zh: '无法计算：{problem}' },
  notFinite: { en: 'is not a finite number', zh: '不是有限的数' },
  notFiniteFor: { en: 'is not a finite number for {set}', zh: '在 {set} 时不是有限的数' },
};
const word = ownWords(words);
const packProblem = ownSaid(words);

/** The expression evaluator, loaded by `grader` (a pack's loading must not load it). */
let math: Evaluator;

/** A number (or arithmetic expression) compared with the answer within a tolerance. */
export const numericKind: KindSpec<NumericQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: () => [],
  details: () => [],
  jsonExtras: () => ({}),
  answerInput: 'line',
  howToAnswer: (_question, lang) => word(lang, 'howTo'),
  words,
  grader: async () => {
    math = await import('../grading/evaluator.js');
    return numericGrader;
  },
  skeleton: `    params:                      # optional: drawn per attempt, written {name} in texts
      p: { values: [0.9, 0.95] }
    prompt:
      en: With γ = 2 and pₜ = {p}, by what factor is the focal loss smaller than the cross entropy?
      zh: 取 γ = 2、pₜ = {p}，焦点损失比交叉熵小多少倍？
    explanation:
      en: FL/CE = (1 − {p})² = {=(1-p)^2}, so the factor is {=1/(1-p)^2}.   # {=expr} is computed
      zh: FL/CE = (1 − {p})² = {=(1-p)^2}，倍数为 {=1/(1-p)^2}。
    answer: 1/(1-p)^2             # an expression, evaluated for each parameter set
    tolerance: { relative: 0.01 } # or absolute, sigfigs, decimals
    wrongAnswers: ["(1-p)^2"]     # plausible mistakes; validate checks they grade wrong`,
};

const numericGrader: KindGrader<NumericQuestion> = {
  grade: (question, { instance, answer, lang }) => gradeNumeric(question, instance, answer, lang),
  // 15 significant digits drop binary noise (0.024999999999999994 → 0.025) and nothing else.
  answerKey: (question, { params }) => ({ data: Number(expectedValue(question, params).toPrecision(15)), text: numericExpected(question, params) }),
  checkAnswerKey: checkNumeric,
};

// Reference answers are compiled once per expression and kept: a drill grades the same
// questions again and again.
const references = new Map<string, CompiledExpression | null>();

function compiledReference(question: NumericQuestion): CompiledExpression | null {
  const key = `${question.answer}\u0000${Object.keys(question.params ?? {}).join(',')}`;
  if (!references.has(key)) {
    const compiled = math.compileExpression(question.answer, { allowedVariables: Object.keys(question.params ?? {}) });
    references.set(key, compiled.ok ? compiled.value : null);
  }
  return references.get(key)!;
}

/** The expected value of a numeric question for the instance's parameters (NaN when the key is broken). */
function expectedValue(question: NumericQuestion, params: Record<string, number>): number {
  return compiledReference(question)?.evaluate(params) ?? Number.NaN;
}

/** `976.5625 = 1 / (1 − 0.968)²`: the value, and how it is computed when that is not obvious. */
function numericExpected(question: NumericQuestion, params: Record<string, number>): string {
  const value = math.displayValue(expectedValue(question, params));
  if (math.isPlainNumber(question.answer)) return value;
  return `${value} = ${math.pretty(math.substituteParams(question.answer, params))}`;
}

/**
 * The answer may be any arithmetic expression (`1/(1-0.968)^2`) but no variable: it is
 * evaluated in the sandbox and compared with the expected value within the tolerance.
 */
function gradeNumeric(question: NumericQuestion, instance: QuestionInstance, answer: string, lang: Lang): GradeResult {
  const say = messages(lang);
  const expected = numericExpected(question, instance.params);
  const tolerance = math.describeTolerance(question.tolerance, lang);
  if (!answer.trim()) return invalid(expected, say.empty);
  const compiled = math.compileExpression(answer, { allowedVariables: [] });
  if (!compiled.ok) {
    const { said, column } = compiled.error;
    const problem = say.problem(said, column);
    return invalid(expected, said.key === 'expr.unknownVariableNone' ? sentences(word(lang, 'noVariables'), problem) : problem);
  }
  const given = compiled.value.evaluate({});
  if (given === undefined) return invalid(expected, word(lang, 'notANumber'));
  const within = math.withinTolerance(given, expectedValue(question, instance.params), question.tolerance);
  const yours = math.isPlainNumber(answer) ? math.displayValue(given) : `${math.displayValue(given)} = ${compiled.value.pretty()}`;
  return scored(within ? 1 : 0, expected, sentences(word(lang, 'yours', { value: yours }), word(lang, 'tolerance', { description: `${tolerance[0]!.toUpperCase()}${tolerance.slice(1)}` })));
}

/** The answer evaluates to a finite number for every parameter set; no wrong answer is within the tolerance. */
function checkNumeric(question: NumericQuestion): FieldIssue[] {
  const names = Object.keys(question.params ?? {});
  const compiled = math.compileExpression(question.answer, { allowedVariables: names });
  if (!compiled.ok) return [{ path: ['answer'], message: packProblem('doesNotEvaluate', { problem: compiled.error.said }) }];
  const sets = setsOf(question);
  const issues: FieldIssue[] = [];
  const bad = sets.find((set) => !Number.isFinite(expectedValue(question, set)));
  if (bad) {
    issues.push({ path: ['answer'], message: names.length > 0 ? packProblem('notFiniteFor', { set: describeSet(bad) }) : packProblem('notFinite') });
    return issues;
  }
  question.wrongAnswers.forEach((wrong, index) => {
    const path = ['wrongAnswers', index];
    const wrongCompiled = math.compileExpression(wrong, { allowedVariables: names });
    if (!wrongCompiled.ok) return issues.push({ path, message: packProblem('doesNotEvaluate', { problem: wrongCompiled.error.said }) });
    const accepted = sets.filter((set) => {
      const value = wrongCompiled.value.evaluate(set);
      return value !== undefined && math.withinTolerance(value, expectedValue(question, set), question.tolerance);
    });
    if (accepted.length > 0) issues.push({ path, message: gradesCorrect(accepted, sets.length) });
  });
  return issues;
}
