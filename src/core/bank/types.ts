import type { Localized } from '../i18n.js';

/** Every kind of question the bank knows, and the grader handles. */
export const KINDS = ['single', 'multiple', 'numeric', 'expression', 'derivation', 'free', 'code-review'] as const;
export type Kind = (typeof KINDS)[number];

export type Difficulty = 1 | 2 | 3;

/** How close a numeric answer must be; a question picks one. */
export type Tolerance = { relative: number } | { absolute: number } | { sigfigs: number } | { decimals: number };

/** A parameter of a parametric question: one of a set of values, or a point of a grid. */
export type ParamSpec = { values: number[] } | { min: number; max: number; step: number };

interface QuestionBase {
  /** Stable id: progress is keyed on it. */
  id: string;
  topic: string;
  kind: Kind;
  difficulty: Difficulty;
  /** Where to check the content: paper section/table, implementation, seed article. */
  source: string;
  tags: string[];
  prompt: Localized;
  hint?: Localized;
  explanation: Localized;
  /** The pack it came from and the file it is written in (absolute path). */
  pack: string;
  file: string;
  /** Parameters of a parametric question (numeric and expression kinds). */
  params?: Record<string, ParamSpec>;
}

export interface ChoiceOption {
  text: Localized;
  correct: boolean;
  /** Why this option is wrong (or right): shown when the learner picks or misses it. */
  why?: Localized;
}

export interface SingleQuestion extends QuestionBase {
  kind: 'single';
  options: ChoiceOption[];
}

export interface MultipleQuestion extends QuestionBase {
  kind: 'multiple';
  options: ChoiceOption[];
}

export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  /** An expression of the parameters (or a plain number) giving the expected value. */
  answer: string;
  tolerance: Tolerance;
  /** Plausible mistakes; each must grade wrong. */
  wrongAnswers: string[];
}

export interface ExpressionQuestion extends QuestionBase {
  kind: 'expression';
  answer: string;
  /** The variable names the learner may use. */
  variables: string[];
  /** Domains, in the `--where` syntax; defaults apply to variables not named. */
  where?: string;
  wrongAnswers: string[];
}

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

export const DEFAULT_REQUIRED_STEPS = 2;
export const MAX_REQUIRED_STEPS = 20;

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

export interface CodeLine {
  line: number;
  why: Localized;
}

export interface CodeReviewQuestion extends QuestionBase {
  kind: 'code-review';
  /** File name of the snippet, relative to the pack folder. */
  snippet: string;
  /** The snippet's text, read when the pack is loaded. */
  code: string;
  /** The lines the question asks for, each with its explanation. */
  bugs: CodeLine[];
  /** Tempting lines that are not the answer, each with why not. */
  decoys: CodeLine[];
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | NumericQuestion
  | ExpressionQuestion
  | DerivationQuestion
  | FreeQuestion
  | CodeReviewQuestion;

export interface Pack {
  id: string;
  title: Localized;
  topics: Record<string, Localized>;
  /** Absolute path of the pack folder. */
  dir: string;
  questions: Question[];
}

/**
 * A question ready to ask: parameters drawn (for a parametric question) and every
 * `{name}` / `{=expr}` placeholder of its texts filled in.
 */
export interface QuestionInstance {
  question: Question;
  /** The seed the parameters were drawn (or the options ordered) with; null when nothing depends on it. */
  seed: number | null;
  params: Record<string, number>;
  prompt: Localized;
  explanation: Localized;
  hint?: Localized;
  /**
   * A choice question's shuffled order: entry i is the pack-file index of the option shown with
   * letter i (`question.options` is already in this order).
   */
  optionOrder?: number[];
}
