import * as z from 'zod/mini';
import { common, expressionText, localizedSchema, params, stepsText, text } from '../bank/schema.js';
import { rule } from '../bank/issues.js';
import type { Localized } from '../i18n.js';
import type { QuestionBase } from '../bank/types.js';
import { labelled, type KindSpec } from './spec.js';
import { t } from '../words/index.js';

export interface DerivationQuestion extends QuestionBase {
  kind: 'derivation';
  where?: string;
  /** Definitions such as `pt = sigmoid(x)`, usable in every step. */
  let: string[];
  start: string;
  goal: string;
  /** `d/dx` when the goal is the derivative of the start; absent when it is a rewrite. */
  goalRelation?: string;
  /** A model derivation (one step per line), shown after the answer. */
  model: string;
  /** Wrong derivations (steps, one per line); each must grade wrong. */
  wrongAnswers: string[];
  /** What an answer must show besides reaching the goal; below it an answer is partly right. */
  requires: DerivationRequirements;
}

/**
 * A derivation must be derived. `steps` counts the steps that do work, from the start up to
 * the first step that is the goal: a step whose written form is its predecessor's up to
 * order, brackets, `+ 0`, `· 1` and constant arithmetic does not count, nor does anything
 * after the goal is written. Each of `shows` must appear (by value, up to sign, as a part of
 * a step: a factor, a sub-product, a bracket) in a counted step at the goal's level of
 * differentiation, e.g. the inner derivative pₜ(1 − pₜ) of a chain-rule step.
 */
export interface DerivationRequirements {
  steps: number;
  shows: DerivationCheckpoint[];
}

export interface DerivationCheckpoint {
  expr: string;
  /** What the checkpoint is, for the feedback when no step shows it ("the inner derivative …"). */
  what: Localized;
}

const DEFAULT_REQUIRED_STEPS = 2;
const MAX_REQUIRED_STEPS = 20;

const schema = z.strictObject({
  ...common,
  ...params,
  kind: z.literal('derivation'),
  where: z.optional(text),
  let: z._default(
    z.union([
      z.pipe(
        text,
        z.transform((line) => [line]),
      ),
      z.array(text),
    ]),
    [],
  ),
  start: expressionText,
  goal: expressionText,
  goalRelation: z.optional(z.string().check(z.regex(/^d\/d[A-Za-z_][A-Za-z0-9_]*$/, rule('pack.rule.goalRelation')))),
  model: stepsText,
  wrongAnswers: z._default(z.array(stepsText), []),
  requires: z._default(
    z.strictObject({
      steps: z._default(z.int().check(z.minimum(1), z.maximum(MAX_REQUIRED_STEPS)), DEFAULT_REQUIRED_STEPS),
      shows: z._default(z.array(z.strictObject({ expr: expressionText, what: localizedSchema })), []),
    }),
    { steps: DEFAULT_REQUIRED_STEPS, shows: [] },
  ),
});

/** Steps from the start to the goal, each checked against the one before. */
export const derivationKind: KindSpec<DerivationQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: () => [],
  // `where:` and `let:` as a derivation writes them: the learner may copy them into the answer.
  details: (question, lang) => [
    ...(question.where ? [`where: ${question.where}`] : []),
    ...question.let.map((definition) => `let: ${definition}`),
    labelled('details.start', question.start, lang),
    labelled('details.goal', question.goalRelation ? `${question.goalRelation} = ${question.goal}` : question.goal, lang),
  ],
  jsonExtras: () => ({}),
  answerInput: 'lines',
  howToAnswer: (_question, lang) =>
    t(lang, 'howTo.derivation'),
  grader: async () => (await import('../grading/derivation.js')).derivationGrader,
  skeleton: `    prompt:
      en: For a positive example with pₜ = σ(x), derive dCE/dx from CE = −log pₜ.
      zh: 对正样本，pₜ = σ(x)，由 CE = −log pₜ 推导 dCE/dx。
    explanation:
      en: dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1.
      zh: dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1。
    where: "x in [-6, 6]"
    let: pt = sigmoid(x)         # names the learner may use for sub-expressions
    start: -log(pt)
    goal: pt - 1
    goalRelation: d/dx           # the goal is the derivative of start
    model: |                     # one step per line: "d/dx = ..." differentiates, "= ..." rewrites
      -log(pt)
      d/dx = -(1/pt)*pt*(1-pt)
      = pt - 1
    wrongAnswers:                # each must fail at some step
      - |
        d/dx = -1/pt`,
};
