import * as z from 'zod/mini';
import type { MultipleQuestion } from './multiple.js';
import type { SingleQuestion } from './single.js';
import { localizedSchema } from '../bank/schema.js';
import type { Lang, Localized } from '../i18n.js';
import { optionLetter } from './letters.js';

export interface ChoiceOption {
  text: Localized;
  correct: boolean;
  /** Why this option is wrong (or right): shown when the learner picks or misses it. */
  why?: Localized;
}

// What single and multiple choice share: lettered options.

const optionSchema = z.strictObject({
  text: localizedSchema,
  correct: z._default(z.boolean(), false),
  why: z.optional(localizedSchema),
});

export const optionsSchema = z.array(optionSchema).check(z.minLength(2), z.maxLength(26));

type ChoiceQuestion = SingleQuestion | MultipleQuestion;

/** `  a) the option`, one line per option in the order shown. */
export function optionLines(question: ChoiceQuestion, lang: Lang): string[] {
  return question.options.map((option, index) => `  ${optionLetter(index)}) ${option.text[lang]}`);
}

/** The lettered options with which are correct and why, for `questions show --json`. */
export function optionsJson(question: ChoiceQuestion, lang: Lang): Record<string, unknown> {
  return {
    options: question.options.map((option, index) => ({
      letter: optionLetter(index),
      text: option.text[lang],
      correct: option.correct,
      ...(option.why ? { why: option.why[lang] } : {}),
    })),
  };
}
