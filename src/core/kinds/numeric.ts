import * as z from 'zod/mini';
import { common, expressionText, params, toleranceSchema } from '../bank/schema.js';
import type { QuestionBase, Tolerance } from '../bank/types.js';
import type { KindSpec } from './spec.js';
import { t } from '../words/index.js';

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

/** A number (or arithmetic expression) compared with the answer within a tolerance. */
export const numericKind: KindSpec<NumericQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: () => [],
  details: () => [],
  jsonExtras: () => ({}),
  answerInput: 'line',
  howToAnswer: (_question, lang) => t(lang, 'howTo.numeric'),
  grader: async () => (await import('../grading/numeric.js')).numericGrader,
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
