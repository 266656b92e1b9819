import * as z from 'zod/mini';
import { common } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import { optionLines, optionsJson, optionsSchema, type ChoiceOption } from './choice.js';
import type { KindSpec } from './spec.js';
import { t } from '../words/index.js';

export interface SingleQuestion extends QuestionBase {
  kind: 'single';
  options: ChoiceOption[];
}

const schema = z.strictObject({ ...common, kind: z.literal('single'), options: optionsSchema });

/** Single choice: exactly one of the lettered options is right. */
export const singleKind: KindSpec<SingleQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure(raw) {
    const correct = raw.options.filter((option) => option.correct).length;
    return correct === 1 ? [] : [{ path: ['options'], message: { key: 'pack.singleCorrect', params: { n: correct } } }];
  },
  details: optionLines,
  jsonExtras: optionsJson,
  answerInput: 'line',
  howToAnswer: (_question, lang) => t(lang, 'howTo.single'),
  grader: async () => (await import('../grading/choice.js')).singleGrader,
  skeleton: `    prompt:
      en: What does γ = 0 turn focal loss into?
      zh: γ = 0 时焦点损失变成什么？
    explanation:
      en: With γ = 0 the modulating factor (1 − pₜ)^γ is 1, so FL is the (α-balanced) cross entropy.
      zh: γ = 0 时调制因子 (1 − pₜ)^γ 等于 1，FL 就是（α 平衡的）交叉熵。
    options:                     # 2 to 26 options, exactly one correct: true for single
      - text: { en: cross entropy, zh: 交叉熵 }
        correct: true
      - text: { en: zero loss, zh: 零损失 }
        why: { en: "(1 − pₜ)⁰ = 1, not 0.", zh: "(1 − pₜ)⁰ = 1，不是 0。" }   # shown when this option is chosen`,
};
