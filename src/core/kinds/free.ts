import * as z from 'zod/mini';
import type { FieldIssue } from '../bank/issues.js';
import { compilePattern, PatternError } from '../bank/match-pattern.js';
import { common, localizedSchema, text } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import type { Localized } from '../i18n.js';
import type { KindSpec } from './spec.js';
import { t } from '../words/index.js';

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

/** A free response, graded 1–4 by the learner against the model answer and its key points. */
export const freeKind: KindSpec<FreeQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: (raw) => checkMatchPatterns(raw.keyPoints),
  details: () => [],
  jsonExtras: () => ({}),
  answerInput: 'self-graded',
  howToAnswer: (_question, lang) => t(lang, 'howTo.free'),
  grader: async () => (await import('../grading/free.js')).freeGrader,
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
          issues.push({ path: ['keyPoints', index, 'match', lang, at], message: { key: 'pack.badPattern', params: { pattern, at: error.offset + 1, problem: error.said } } });
        }
      });
    }
  });
  return issues;
}
