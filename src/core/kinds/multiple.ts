import * as z from 'zod/mini';
import { common } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import { optionLines, optionsJson, optionsSchema, type ChoiceOption } from './choice.js';
import type { KindSpec } from './spec.js';
import { t } from '../words/index.js';

export interface MultipleQuestion extends QuestionBase {
  kind: 'multiple';
  options: ChoiceOption[];
}

const schema = z.strictObject({ ...common, kind: z.literal('multiple'), options: optionsSchema });

/** Multiple choice: every correct option must be picked; partial credit for some. */
export const multipleKind: KindSpec<MultipleQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: (raw) =>
    raw.options.some((option) => option.correct) ? [] : [{ path: ['options'], message: { key: 'pack.multipleCorrect' } }],
  details: optionLines,
  jsonExtras: optionsJson,
  answerInput: 'line',
  howToAnswer: (_question, lang) => t(lang, 'howTo.multiple'),
  grader: async () => (await import('../grading/choice.js')).multipleGrader,
  skeleton: `    prompt:
      en: Which of these does raising γ do? (choose all that apply)
      zh: 增大 γ 会怎样？（多选）
    explanation:
      en: The factor (1 − pₜ)^γ shrinks faster with γ the closer pₜ is to 1, and tends to 1 as pₜ → 0.
      zh: 调制因子 (1 − pₜ)^γ 在 pₜ 越接近 1 时随 γ 缩小得越快，pₜ → 0 时趋于 1。
    options:                     # every option marked correct: true must be chosen
      - text: { en: down-weights easy examples more, zh: 更多地降低易分样本的权重 }
        correct: true
      - text: { en: leaves the loss unchanged as pₜ → 0, zh: pₜ → 0 时损失不变 }
        correct: true
      - text: { en: raises the loss of every example, zh: 提高每个样本的损失 }
        why: { en: "(1 − pₜ)^γ ≤ 1, so the loss never grows.", zh: "(1 − pₜ)^γ ≤ 1，损失不会变大。" }`,
};
