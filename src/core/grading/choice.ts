import type { Lang } from '../i18n.js';
import type { ChoiceOption } from '../kinds/choice.js';
import type { MultipleQuestion } from '../kinds/multiple.js';
import type { SingleQuestion } from '../kinds/single.js';
import type { AnswerKey } from './answer-key.js';
import type { KindGrader } from '../kinds/spec.js';
import { letterIndex, optionLetter as letter } from '../kinds/letters.js';
import { messages } from './messages.js';
import { invalid, scored, sentences } from './result.js';
import type { GradeResult } from './types.js';

/** The letters the learner chose, or why the answer cannot be read. */
export type LetterParse = { ok: true; indices: number[] } | { ok: false; message: string };

/**
 * Reads option letters leniently: `b`, `a,c`, `a c`, `AC`, `(a) and (c)`, `a、c`.
 * A letter past the last option is not an answer but a typo, so it is invalid.
 */
export function parseLetters(answer: string, optionCount: number, lang: Lang): LetterParse {
  const say = messages(lang);
  const cleaned = answer
    .toLowerCase()
    .replace(/\band\b|和|及/g, ',')
    .replace(/[()[\].:]/g, ' ')
    .trim();
  if (!cleaned) return { ok: false, message: say.noOption(optionCount) };
  const indices = new Set<number>();
  for (const token of cleaned.split(/[\s,;/+&|、，；]+/).filter(Boolean)) {
    if (!/^[a-z]+$/.test(token)) return { ok: false, message: `${say.notALetter(token)} ${say.noOption(optionCount)}` };
    for (const char of token) {
      const index = letterIndex(char);
      if (index >= optionCount) return { ok: false, message: `${say.notALetter(char)} ${say.noOption(optionCount)}` };
      indices.add(index);
    }
  }
  return { ok: true, indices: [...indices].sort((a, b) => a - b) };
}

/** `b) the text` in the learner's language. */
export function optionLabel(option: ChoiceOption, index: number, lang: Lang): string {
  return `${letter(index)}) ${stripStop(option.text[lang])}`;
}

/** `b) the text: why it is wrong`, as one clause without a final full stop. */
function withWhy(option: ChoiceOption, index: number, lang: Lang): string {
  const label = optionLabel(option, index, lang);
  return option.why ? messages(lang).why(label, stripStop(option.why[lang])) : label;
}

export function gradeSingle(question: SingleQuestion, answer: string, lang: Lang): GradeResult {
  const say = messages(lang);
  const right = question.options.findIndex((option) => option.correct);
  const expected = optionLabel(question.options[right]!, right, lang);
  const why = (index: number) => question.options[index]!.why?.[lang];
  const parsed = parseLetters(answer, question.options.length, lang);
  if (!parsed.ok) return invalid(expected, parsed.message);
  if (parsed.indices.length !== 1) return invalid(expected, say.chooseOne(parsed.indices.map(letter)));
  const chosen = parsed.indices[0]!;
  const option = question.options[chosen]!;
  if (chosen === right) return scored(1, expected, sentences(say.rightChoice(letter(chosen)), why(chosen)));
  return scored(0, expected, [say.wrongChoice(withWhy(option, chosen, lang)), sentences(say.answerIs(letter(right)), why(right))].join('\n'), {
    extra: [letter(chosen)],
    missed: [letter(right)],
  });
}

/** Partial credit: (right picks − wrong picks) / correct options, at least 0. */
export function gradeMultiple(question: MultipleQuestion, answer: string, lang: Lang): GradeResult {
  const say = messages(lang);
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
      ? say.allFound
      : [
          ...missed.map((index) => say.missedOption(withWhy(question.options[index]!, index, lang))),
          ...wrongPicks.map((index) => say.wrongPick(withWhy(question.options[index]!, index, lang))),
        ].join('\n');
  return scored(score, expected, feedback, { missed: missed.map(letter), extra: wrongPicks.map(letter) });
}

/** Drops a final full stop so that the text can end a clause the message punctuates. */
function stripStop(text: string): string {
  return text.trim().replace(/(?<!\.\.)[.。]$/, '');
}

/** The correct letters (one for single choice, a list for multiple) and their labels. */
export function choiceAnswerKey(question: SingleQuestion | MultipleQuestion, lang: Lang): AnswerKey {
  const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  const letters = correct.map(letter);
  return {
    data: question.kind === 'single' ? letters[0] : letters,
    text: correct.map((index) => optionLabel(question.options[index]!, index, lang)).join('\n'),
  };
}

export const singleGrader: KindGrader<SingleQuestion> = {
  grade: (question, { answer, lang }) => gradeSingle(question, answer, lang),
  answerKey: (question, _instance, lang) => choiceAnswerKey(question, lang),
  checkAnswerKey: () => [],
};

export const multipleGrader: KindGrader<MultipleQuestion> = {
  grade: (question, { answer, lang }) => gradeMultiple(question, answer, lang),
  answerKey: (question, _instance, lang) => choiceAnswerKey(question, lang),
  checkAnswerKey: () => [],
};
