import * as z from 'zod/mini';
import type { MultipleQuestion } from './multiple.js';
import type { SingleQuestion } from './single.js';
import { localizedSchema } from '../bank/schema.js';
import type { AnswerKey } from '../grading/answer-key.js';
import type { Lang, Localized } from '../i18n.js';
import { letterIndex, optionLetter as letter } from './letters.js';
import { ownWords } from '../words/own.js';

export interface ChoiceOption {
  text: Localized;
  correct: boolean;
  /** Why this option is wrong (or right): shown when the learner picks or misses it. */
  why?: Localized;
}

// What single and multiple choice share: lettered options, read and shown.

/** The words of reading and explaining options, part of both kinds' words. */
export const choiceWords = {
  noOption: { en: 'Choose an option letter (a–{last}).', zh: '请选择选项字母（a–{last}）。' },
  notALetter: { en: '"{token}" is not an option letter.', zh: '"{token}" 不是选项字母。' },
  why: { en: '{option} — {why}', zh: '{option}——{why}' },
};
const word = ownWords(choiceWords);

const optionSchema = z.strictObject({
  text: localizedSchema,
  correct: z._default(z.boolean(), false),
  why: z.optional(localizedSchema),
});

export const optionsSchema = z.array(optionSchema).check(z.minLength(2), z.maxLength(26));

type ChoiceQuestion = SingleQuestion | MultipleQuestion;

/** `  a) the option`, one line per option in the order shown. */
export function optionLines(question: ChoiceQuestion, lang: Lang): string[] {
  return question.options.map((option, index) => `  ${letter(index)}) ${option.text[lang]}`);
}

/** The lettered options with which are correct and why, for `questions show --json`. */
export function optionsJson(question: ChoiceQuestion, lang: Lang): Record<string, unknown> {
  return {
    options: question.options.map((option, index) => ({
      letter: letter(index),
      text: option.text[lang],
      correct: option.correct,
      ...(option.why ? { why: option.why[lang] } : {}),
    })),
  };
}

/** The letters the learner chose, or why the answer cannot be read. */
export type LetterParse = { ok: true; indices: number[] } | { ok: false; message: string };

/**
 * Reads option letters leniently: `b`, `a,c`, `a c`, `AC`, `(a) and (c)`, `a、c`.
 * A letter past the last option is not an answer but a typo, so it is invalid.
 */
export function parseLetters(answer: string, optionCount: number, lang: Lang): LetterParse {
  const noOption = word(lang, 'noOption', { last: letter(optionCount - 1) });
  const cleaned = answer
    .toLowerCase()
    .replace(/\band\b|和|及/g, ',')
    .replace(/[()[\].:]/g, ' ')
    .trim();
  if (!cleaned) return { ok: false, message: noOption };
  const indices = new Set<number>();
  for (const token of cleaned.split(/[\s,;/+&|、，；]+/).filter(Boolean)) {
    if (!/^[a-z]+$/.test(token)) return { ok: false, message: `${word(lang, 'notALetter', { token })} ${noOption}` };
    for (const char of token) {
      const index = letterIndex(char);
      if (index >= optionCount) return { ok: false, message: `${word(lang, 'notALetter', { token: char })} ${noOption}` };
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
export function withWhy(option: ChoiceOption, index: number, lang: Lang): string {
  const label = optionLabel(option, index, lang);
  return option.why ? word(lang, 'why', { option: label, why: stripStop(option.why[lang]) }) : label;
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
