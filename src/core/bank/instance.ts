import type { Localized } from '../i18n.js';
import { deriveSeed, seededRandom, shuffled } from '../random.js';
import { formatNumber } from '../numbers.js';
import { drawParams } from './params.js';
import { fillLocalized } from './placeholders.js';
import type { Question, QuestionInstance } from './types.js';
import type { ChoiceOption } from '../kinds/choice.js';

/** The seed a question instance is drawn with when none is given (`show` and `check` agree). */
export const DEFAULT_SEED = 1;

/** The stream of a seed that orders a choice question's options (independent of parameter draws). */
const OPTION_ORDER_STREAM = 2;

/** Seeds are 32-bit: any integer is accepted and wrapped. */
export function normalizeSeed(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

export function isParametric(question: Question): boolean {
  return question.params !== undefined && Object.keys(question.params).length > 0;
}

/**
 * The order options are shown in for `seed`: entry i is the index, in the pack file, of the option
 * shown with letter i. Shuffled so that a position never gives the answer away; same seed, same order.
 */
export function optionOrder(count: number, seed: number): number[] {
  const indices = Array.from({ length: count }, (_, index) => index);
  return shuffled(indices, seededRandom(deriveSeed(normalizeSeed(seed), OPTION_ORDER_STREAM)));
}

/**
 * A question without parameters as it is asked: its texts as written. A choice question's options
 * are put in the order of `seed` (DEFAULT_SEED when null), and every consumer (grader, views, `check`,
 * `questions show`) reads them from the instance, so the letters agree everywhere. Other questions get seed null.
 */
export function plainInstance(question: Question, seed: number | null = null): QuestionInstance {
  const texts = {
    prompt: question.prompt,
    explanation: question.explanation,
    ...(question.hint ? { hint: question.hint } : {}),
  };
  // Lettered options are the one thing of a kind shuffled; this module stays free of the kind registry (it is on the start-up path).
  if (!('options' in question)) return { question, seed: null, params: {}, ...texts };
  const used = normalizeSeed(seed ?? DEFAULT_SEED);
  const order = optionOrder(question.options.length, used);
  const options: ChoiceOption[] = order.map((index) => question.options[index]!);
  return { question: { ...question, options }, seed: used, params: {}, optionOrder: order, ...texts };
}

/** A parametric question's parameters for one seed, and how its texts are filled with them. */
export interface ParameterDraw {
  seed: number;
  params: Record<string, number>;
  /** `{name}` becomes the parameter's value; `{=expr}` becomes what `expression` says of `expr`. */
  fill: (text: Localized, expression: (source: string) => string) => Localized;
}

/**
 * Draws a parametric question's parameters with a PRNG seeded by `seed` (DEFAULT_SEED when null).
 * Pure arithmetic: `{=expr}` placeholders need the expression evaluator, which the caller brings.
 */
export function drawParameters(question: Question, seed: number | null): ParameterDraw {
  const used = normalizeSeed(seed ?? DEFAULT_SEED);
  const params = drawParams(question.params!, used);
  const fill = (text: Localized, expression: (source: string) => string) =>
    fillLocalized(text, (placeholder) => {
      if (placeholder.type === 'expression') return expression(placeholder.source);
      const value = params[placeholder.name];
      return value === undefined ? `{${placeholder.name}}` : formatNumber(value);
    });
  return { seed: used, params, fill };
}

/**
 * The instance for `seed`, loading the expression evaluator only for a parametric question
 * (a plain question needs no mathjs). Same seed, same instance.
 */
export async function instanceOf(question: Question, seed: number | null = null): Promise<QuestionInstance> {
  if (!isParametric(question)) return plainInstance(question, seed);
  const { instantiate } = await import('./instantiate.js');
  return instantiate(question, seed);
}
