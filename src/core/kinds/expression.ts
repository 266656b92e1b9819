import * as z from 'zod/mini';
import { common, expressionText, identifier, params, text } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import { labelled, type KindSpec } from './spec.js';
import { t } from '../words/index.js';

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
  howToAnswer: (question, lang) =>
    t(lang, 'howTo.expression', { variables: question.variables.join(', ') }),
  grader: async () => (await import('../grading/expression.js')).expressionGrader,
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
