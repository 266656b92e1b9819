import * as z from 'zod/mini';
import { common } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import type { Lang } from '../i18n.js';
import { invalid, scored, sentences } from '../grading/result.js';
import type { GradeResult } from '../grading/types.js';
import { choiceAnswerKey, choiceWords, optionLabel, optionLines, optionsJson, optionsSchema, parseLetters, withWhy, type ChoiceOption } from './choice.js';
import { optionLetter as letter } from './letters.js';
import type { KindGrader, KindSpec } from './spec.js';
import { ownSaid, ownWords } from '../words/own.js';

export interface SingleQuestion extends QuestionBase {
  kind: 'single';
  options: ChoiceOption[];
}

const schema = z.strictObject({ ...common, kind: z.literal('single'), options: optionsSchema });

const words = {
  howTo: { en: 'Answer with one letter.', zh: '填一个字母。' },
  chooseOne: { en: 'Choose exactly one option (you gave {letters}).', zh: '只能选一个选项（你给了 {letters}）。' },
  rightChoice: { en: 'Right: {option}.', zh: '正确：{option}。' },
  wrongChoice: { en: 'You chose {option}.', zh: '你选了 {option}。' },
  answerIs: { en: 'The answer is {option}.', zh: '正确答案是 {option}。' },
  ...choiceWords,
  // problems of a pack (questions validate)
  singleCorrect: { en: 'a single-choice question needs exactly one correct option (found {n})', zh: '单选题必须恰好有一个正确选项（现有 {n} 个）' },
};
const word = ownWords(words);
const packProblem = ownSaid(words);

/** Single choice: exactly one of the lettered options is right. */
export const singleKind: KindSpec<SingleQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure(raw) {
    const correct = raw.options.filter((option) => option.correct).length;
    return correct === 1 ? [] : [{ path: ['options'], message: packProblem('singleCorrect', { n: correct }) }];
  },
  details: optionLines,
  jsonExtras: optionsJson,
  answerInput: 'line',
  howToAnswer: (_question, lang) => word(lang, 'howTo'),
  words,
  grader: async () => singleGrader,
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

const singleGrader: KindGrader<SingleQuestion> = {
  grade: (question, { answer, lang }) => gradeSingle(question, answer, lang),
  answerKey: (question, _instance, lang) => choiceAnswerKey(question, lang),
  checkAnswerKey: () => [],
};

function gradeSingle(question: SingleQuestion, answer: string, lang: Lang): GradeResult {
  const right = question.options.findIndex((option) => option.correct);
  const expected = optionLabel(question.options[right]!, right, lang);
  const why = (index: number) => question.options[index]!.why?.[lang];
  const parsed = parseLetters(answer, question.options.length, lang);
  if (!parsed.ok) return invalid(expected, parsed.message);
  if (parsed.indices.length !== 1) return invalid(expected, word(lang, 'chooseOne', { letters: { join: parsed.indices.map(letter), with: 'grading.listSeparator' } }));
  const chosen = parsed.indices[0]!;
  const option = question.options[chosen]!;
  if (chosen === right) return scored(1, expected, sentences(word(lang, 'rightChoice', { option: letter(chosen) }), why(chosen)));
  return scored(0, expected, [word(lang, 'wrongChoice', { option: withWhy(option, chosen, lang) }), sentences(word(lang, 'answerIs', { option: letter(right) }), why(right))].join('\n'), {
    extra: [letter(chosen)],
    missed: [letter(right)],
  });
}
