import type { Lang } from '../i18n.js';
import type { FreeQuestion } from '../kinds/free.js';
import type { KindGrader } from '../kinds/spec.js';
import { keyPointCoverage } from './key-points.js';
import { messages } from './messages.js';
import { sentences } from './result.js';
import { asSelfGrade } from '../schedule/self-grade.js';
import type { GradeResult } from './types.js';

/** The model answer followed by its key points, as shown after a free response. */
export function freeExpected(question: FreeQuestion, lang: Lang): string {
  const points = question.keyPoints.map((point) => `• ${point[lang]}`);
  return [question.model[lang], messages(lang).keyPoints, ...points].join('\n');
}

/**
 * Free responses are graded by the learner, helped by the key points found in the answer:
 * score (g − 1) / 3, correct from 3 ("mostly") up, 2 partial, 1 wrong. Without a grade the
 * answer is not gradable yet (invalid), but the key points and the suggested grade are there.
 */
export function gradeFree(question: FreeQuestion, answer: string, given: number | undefined, lang: Lang): GradeResult {
  const say = messages(lang);
  const expected = freeExpected(question, lang);
  const coverage = keyPointCoverage(question, answer);
  const details: GradeResult['details'] = {
    keyPoints: coverage.points.map((mark) => ({ point: question.keyPoints[mark.index]![lang], found: mark.found, phrase: mark.phrase })),
    suggestedGrade: coverage.suggested,
  };
  const found = say.coverage(coverage.found, coverage.total, coverage.suggested);
  const selfGrade = asSelfGrade(given);
  if (selfGrade === null) {
    return { verdict: 'invalid', correct: false, score: 0, expected, feedback: sentences(found, say.needsSelfGrade), details };
  }
  const score = (selfGrade - 1) / 3;
  const verdict = selfGrade >= 3 ? 'correct' : selfGrade === 2 ? 'partial' : 'wrong';
  return { verdict, correct: verdict === 'correct', score, expected, feedback: sentences(say.selfGraded(selfGrade), found), details };
}

export const freeGrader: KindGrader<FreeQuestion> = {
  grade: (question, { answer, selfGrade, lang }) => gradeFree(question, answer, selfGrade, lang),
  answerKey: (question, _instance, lang) => ({
    data: { model: question.model[lang], keyPoints: question.keyPoints.map((point) => point[lang]) },
    text: freeExpected(question, lang),
  }),
  checkAnswerKey: () => [],
};
