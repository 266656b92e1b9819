import type { Lang } from '../i18n.js';
import type { FreeQuestion } from '../bank/types.js';
import { messages } from './messages.js';
import { invalid, sentences } from './result.js';
import type { GradeResult } from './types.js';

/** The model answer followed by its key points, as shown after a free response. */
export function freeExpected(question: FreeQuestion, lang: Lang): string {
  const points = question.keyPoints.map((point) => `• ${point[lang]}`);
  return [question.model[lang], messages(lang).keyPoints, ...points].join('\n');
}

/**
 * Free responses are graded by the learner: score (g − 1) / 3, correct from 3 ("mostly")
 * up, 2 partial, 1 wrong. Without a grade the answer is not gradable yet (invalid).
 */
export function gradeFree(question: FreeQuestion, selfGrade: number | undefined, lang: Lang): GradeResult {
  const say = messages(lang);
  const expected = freeExpected(question, lang);
  if (selfGrade === undefined || !Number.isInteger(selfGrade) || selfGrade < 1 || selfGrade > 4) {
    return invalid(expected, say.needsSelfGrade);
  }
  const score = (selfGrade - 1) / 3;
  const verdict = selfGrade >= 3 ? 'correct' : selfGrade === 2 ? 'partial' : 'wrong';
  return { verdict, correct: verdict === 'correct', score, expected, feedback: sentences(say.selfGraded(selfGrade), say.compareKeyPoints) };
}
