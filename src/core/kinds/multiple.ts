import * as z from 'zod/mini';
import { common } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import type { Lang } from '../i18n.js';
import { invalid, scored } from '../grading/result.js';
import type { GradeResult } from '../grading/types.js';
import { choiceAnswerKey, choiceWords, optionLabel, optionLines, optionsJson, optionsSchema, parseLetters, withWhy, type ChoiceOption } from './choice.js';
import { optionLetter as letter } from './letters.js';
import type { KindGrader, KindSpec } from './spec.js';
import { ownSaid, ownWords } from '../words/own.js';

export interface MultipleQuestion extends QuestionBase {
  kind: 'multiple';
  options: ChoiceOption[];
}

const schema = z.strictObject({ ...common, kind: z.literal('multiple'), options: optionsSchema });

const words = {
  howTo: { en: 'Answer with every correct letter, e.g. a,c.', zh: '填所有正确选项的字母，如 a,c。' },
  allFound: { en: 'You picked every correct option and nothing else.', zh: '你选中了全部正确选项，且没有多选。' },
  missedOption: { en: 'Missed {option}.', zh: '漏选 {option}。' },
  wrongPick: { en: 'Wrongly picked {option}.', zh: '误选 {option}。' },
  ...choiceWords,
  // problems of a pack (questions validate)
  multipleCorrect: { en: 'a multiple-choice question needs at least one correct option', zh: '多选题至少需要一个正确选项' },
};
const word = ownWords(words);
const packProblem = ownSaid(words);

/** Multiple choice: every correct option must be picked; partial credit for some. */
export const multipleKind: KindSpec<MultipleQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: (raw) =>
    raw.options.some((option) => option.correct) ? [] : [{ path: ['options'], message: packProblem('multipleCorrect') }],
  details: optionLines,
  jsonExtras: optionsJson,
  answerInput: 'line',
  howToAnswer: (_question, lang) => word(lang, 'howTo'),
  words,
  grader: async () => multipleGrader,
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

const multipleGrader: KindGrader<MultipleQuestion> = {
  grade: (question, { answer, lang }) => gradeMultiple(question, answer, lang),
  answerKey: (question, _instance, lang) => choiceAnswerKey(question, lang),
  checkAnswerKey: () => [],
};

/** Partial credit: (right picks − wrong picks) / correct options, at least 0. */
function gradeMultiple(question: MultipleQuestion, answer: string, lang: Lang): GradeResult {
  const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  const expected = correct.map((index) => optionLabel(question.options[index]!, index, lang)).join('\n');
  const parsed = parseLetters(answer, question.options.length, lang);
  if (!parsed.ok) return invalid(expected, parsed.message);
  const picked = new Set(parsed.indices);
  const rightPicks = correct.filter((index) => picked.has(index));
  const wrongPicks = parsed.indices.filter((index) => !question.options[index]!.correct);
  const missed = correct.filter((index) => !picked.has(index));
  const score = Math.max(0, (rightPicks.length - wrongPicks.length) / correct.length);
  const feedback =
    missed.length === 0 && wrongPicks.length === 0
      ? word(lang, 'allFound')
      : [
          ...missed.map((index) => word(lang, 'missedOption', { option: withWhy(question.options[index]!, index, lang) })),
          ...wrongPicks.map((index) => word(lang, 'wrongPick', { option: withWhy(question.options[index]!, index, lang) })),
        ].join('\n');
  return scored(score, expected, feedback, { missed: missed.map(letter), extra: wrongPicks.map(letter) });
}
