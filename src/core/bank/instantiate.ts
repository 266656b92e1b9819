import type { Localized } from '../i18n.js';
import { compileExpression, type CompiledExpression } from '../math/index.js';
import { drawParameters, isParametric, plainInstance } from './instance.js';
import { formatNumber } from '../numbers.js';
import type { Question, QuestionInstance } from './types.js';

/**
 * A question ready to ask: parameters drawn with a PRNG seeded by `seed` (DEFAULT_SEED
 * when null), `{name}` replaced by a parameter's value and `{=expr}` by the expression's
 * value to 4 significant figures. A question without parameters is a plainInstance.
 */
export function instantiate(question: Question, seed: number | null = null): QuestionInstance {
  if (!isParametric(question)) return plainInstance(question, seed);
  const { seed: used, params, fill: fillWith } = drawParameters(question, seed);
  const fill = (text: Localized) => fillWith(text, (source) => expressionText(source, params));
  return {
    question,
    seed: used,
    params,
    prompt: fill(question.prompt),
    explanation: fill(question.explanation),
    ...(question.hint ? { hint: fill(question.hint) } : {}),
  };
}

/** The text a `{=expr}` placeholder stands for; `?` when it cannot be computed (validation reports those). */
function expressionText(source: string, params: Record<string, number>): string {
  const value = evaluatePlaceholder(source, params);
  return value === undefined ? '?' : formatNumber(value, 4);
}

const compiledPlaceholders = new Map<string, CompiledExpression | null>();

/** The value of a `{=expr}` placeholder, or undefined when it does not evaluate to a finite number. */
export function evaluatePlaceholder(source: string, params: Record<string, number>): number | undefined {
  const key = `${source}\u0000${Object.keys(params).join(',')}`;
  if (!compiledPlaceholders.has(key)) {
    const compiled = compileExpression(source, { allowedVariables: Object.keys(params) });
    compiledPlaceholders.set(key, compiled.ok ? compiled.value : null);
  }
  return compiledPlaceholders.get(key)?.evaluate(params);
}
