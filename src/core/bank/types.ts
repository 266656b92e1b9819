import type { Localized } from '../i18n.js';
import type { Kind, Question } from '../kinds/index.js';

// Every kind of question the bank knows (the registry, src/core/kinds/index.ts, light), and the
// union of their questions (each kind's question type is in its module, src/core/kinds/<kind>.ts).
export { KINDS, type Kind, type Question } from '../kinds/index.js';

export type Difficulty = 1 | 2 | 3;

/** How close a numeric answer must be; a question picks one. */
export type Tolerance = { relative: number } | { absolute: number } | { sigfigs: number } | { decimals: number };

/** A parameter of a parametric question: one of a set of values, or a point of a grid. */
export type ParamSpec = { values: number[] } | { min: number; max: number; step: number };

/** What every question has; each kind's question type (src/core/kinds/<kind>.ts) adds its own fields. */
export interface QuestionBase {
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
