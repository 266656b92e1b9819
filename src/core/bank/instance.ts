import type { Question, QuestionInstance } from './types.js';

/** The seed a parametric question is drawn with when none is given (`show` and `check` agree). */
export const DEFAULT_SEED = 1;

/** Seeds are 32-bit: any integer is accepted and wrapped. */
export function normalizeSeed(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

export function isParametric(question: Question): boolean {
  return question.params !== undefined && Object.keys(question.params).length > 0;
}

/** A question without parameters as it is asked: its texts as written, seed null. */
export function plainInstance(question: Question): QuestionInstance {
  return {
    question,
    seed: null,
    params: {},
    prompt: question.prompt,
    explanation: question.explanation,
    ...(question.hint ? { hint: question.hint } : {}),
  };
}

/**
 * The instance for `seed`, loading the expression evaluator only for a parametric question
 * (a plain question needs no mathjs). Same seed, same instance.
 */
export async function instanceOf(question: Question, seed: number | null = null): Promise<QuestionInstance> {
  if (!isParametric(question)) return plainInstance(question);
  const { instantiate } = await import('./instantiate.js');
  return instantiate(question, seed);
}
