import * as z from 'zod/mini';
import type { FieldIssue } from '../bank/issues.js';
import { compilePattern, PatternError } from '../bank/match-pattern.js';
import { common, localizedSchema, text } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import type { Lang, Localized } from '../i18n.js';
import { keyPointCoverage } from '../grading/key-points.js';
import { messages } from '../grading/messages.js';
import { sentences } from '../grading/result.js';
import type { GradeResult } from '../grading/types.js';
import { asSelfGrade } from '../schedule/self-grade.js';
import type { KindGrader, KindSpec } from './spec.js';
import { ownSaid, ownWords } from '../words/own.js';

/**
 * What a good free answer says, with the patterns that find it: per language, every pattern
 * of the list must match (see src/core/bank/match-pattern.ts for the pattern syntax).
 */
export interface KeyPoint extends Localized {
  match: { en: string[]; zh: string[] };
}

export interface FreeQuestion extends QuestionBase {
  kind: 'free';
  model: Localized;
  keyPoints: KeyPoint[];
}

/**
 * A key point of a free answer with the patterns that find it in an answer: per language a
 * list of patterns that must all match (each may hold alternatives, `drop|discard`).
 */
const keyPointSchema = z.strictObject({
  en: text,
  zh: text,
  match: z.strictObject({ en: z.array(text).check(z.minLength(1)), zh: z.array(text).check(z.minLength(1)) }),
});

const schema = z.strictObject({
  ...common,
  kind: z.literal('free'),
  model: localizedSchema,
  keyPoints: z.array(keyPointSchema).check(z.minLength(1)),
});

const words = {
  howTo: { en: 'Answer in one line; then grade yourself from 1 to 4.', zh: '用一行作答，然后给自己打 1 到 4 分。' },
  needsSelfGrade: {
    en: 'Grade your own answer from 1 to 4 (1 missed it, 2 partly, 3 mostly, 4 fully) against the model answer.',
    zh: '请对照参考答案给自己打分 1–4（1 没答到，2 部分答到，3 基本答到，4 完全答到）。',
  },
  selfGraded: { en: 'Self-graded {grade}/4.', zh: '自评 {grade}/4。' },
  keyPoints: { en: 'Key points:', zh: '要点：' },
  // problems of a pack (questions validate)
  badPattern: { en: 'pattern "{pattern}", at character {at}: {problem}', zh: '模式 "{pattern}" 第 {at} 个字符处：{problem}' },
};
const word = ownWords(words);
const packProblem = ownSaid(words);

/** A free response, graded 1–4 by the learner against the model answer and its key points. */
export const freeKind: KindSpec<FreeQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: (raw) => checkMatchPatterns(raw.keyPoints),
  details: () => [],
  jsonExtras: () => ({}),
  answerInput: 'self-graded',
  howToAnswer: (_question, lang) => word(lang, 'howTo'),
  words,
  grader: async () => freeGrader,
  skeleton: `    prompt:
      en: Explain to an interviewer why one-stage detectors need focal loss.
      zh: 向面试官解释单阶段检测器为什么需要焦点损失。
    explanation:
      en: About 100k anchors per image are mostly easy negatives, whose many small losses swamp the few hard examples.
      zh: 每张图约 10 万个锚框，大多是易分负样本，它们大量的小损失淹没了少数难样本。
    model:                       # a model answer, shown after the learner grades themselves
      en: Dense detectors evaluate ~100k anchors; the easy negatives dominate the summed loss, and FL down-weights them.
      zh: 密集检测器评估约 10 万个锚框；易分负样本主导总损失，FL 降低它们的权重。
    keyPoints:                   # what a good answer mentions
      - en: "~100k anchors, mostly easy negatives"
        zh: "约 10 万个锚框，大多是易分负样本"
        match:                   # every pattern of a language must be found (a bounded regex subset: no * or +)
          en: ['anchors?', 'easy (negatives?|background|examples?)']
          zh: ['锚框', '易分']
      - en: FL down-weights well-classified examples
        zh: FL 降低易分样本的权重
        match:
          en: ['down-?weight|lower\\w{0,3} (the )?weight|reduce\\w{0,2} (the )?weight']
          zh: ['降低.{0,10}权重|权重.{0,10}(降低|减小|变小)']`,
};

/** Every key point's patterns must be in the bounded subset the grader accepts. */
function checkMatchPatterns(keyPoints: { match: { en: string[]; zh: string[] } }[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  keyPoints.forEach((point, index) => {
    for (const lang of ['en', 'zh'] as const) {
      point.match[lang].forEach((pattern, at) => {
        try {
          compilePattern(pattern);
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          issues.push({ path: ['keyPoints', index, 'match', lang, at], message: packProblem('badPattern', { pattern, at: error.offset + 1, problem: error.said }) });
        }
      });
    }
  });
  return issues;
}

/** The model answer followed by its key points, as shown after a free response. */
function freeExpected(question: FreeQuestion, lang: Lang): string {
  const points = question.keyPoints.map((point) => `• ${point[lang]}`);
  return [question.model[lang], word(lang, 'keyPoints'), ...points].join('\n');
}

/**
 * Free responses are graded by the learner, helped by the key points found in the answer:
 * score (g − 1) / 3, correct from 3 ("mostly") up, 2 partial, 1 wrong. Without a grade the
 * answer is not gradable yet (invalid), but the key points and the suggested grade are there.
 */
function gradeFree(question: FreeQuestion, answer: string, given: number | undefined, lang: Lang): GradeResult {
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
    return { verdict: 'invalid', correct: false, score: 0, expected, feedback: sentences(found, word(lang, 'needsSelfGrade')), details };
  }
  const score = (selfGrade - 1) / 3;
  const verdict = selfGrade >= 3 ? 'correct' : selfGrade === 2 ? 'partial' : 'wrong';
  return { verdict, correct: verdict === 'correct', score, expected, feedback: sentences(word(lang, 'selfGraded', { grade: selfGrade }), found), details };
}

const freeGrader: KindGrader<FreeQuestion> = {
  grade: (question, { answer, selfGrade, lang }) => gradeFree(question, answer, selfGrade, lang),
  answerKey: (question, _instance, lang) => ({
    data: { model: question.model[lang], keyPoints: question.keyPoints.map((point) => point[lang]) },
    text: freeExpected(question, lang),
  }),
  checkAnswerKey: () => [],
};
