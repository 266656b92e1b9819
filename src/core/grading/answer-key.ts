import type { Lang } from '../i18n.js';
import type { QuestionInstance } from '../bank/types.js';
import { graderOf } from './grade.js';

/**
 * The answer of a question instance, as data (for `questions show --json`: the number of a
 * numeric question, the kind's answer fields otherwise) and as the text a learner reads.
 */
export interface AnswerKey {
  data: unknown;
  text: string;
}

export function answerKey(instance: QuestionInstance, lang: Lang): AnswerKey {
  return graderOf(instance.question).answerKey(instance.question, instance, lang);
}
