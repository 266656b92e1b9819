import type { Localized } from '../i18n.js';
import { compileExpression, type CompiledExpression } from '../math/index.js';
import { DEFAULT_SEED, isParametric, normalizeSeed, plainInstance } from './instance.js';
import { drawParams, formatNumber } from './params.js';
import { fillLocalized, type Placeholder } from './placeholders.js';
import type { Question, QuestionInstance } from './types.js';

/**
 * A question ready to ask: parameters drawn with a PRNG seeded by `seed` (DEFAULT_SEED
 * when null), `{name}` replaced by a parameter's value and `{=expr}` by the expression's
 * value to 4 significant figures. A question without parameters is a plainInstance.
 */
export function instantiate(question: Question, seed: number | null = null): QuestionInstance {
  if (!isParametric(question)) return plainInstance(question, seed);
  const used = normalizeSeed(seed ?? DEFAULT_SEED);
  const params = drawParams(question.params!, used);
  const fill = (text: Localized) => fillLocalized(text, (placeholder) => placeholderValue(placeholder, params));
  return {
    question,
    seed: used,
    params,
    prompt: fill(question.prompt),
    explanation: fill(question.explanation),
    ...(question.hint ? { hint: fill(question.hint) } : {}),
  };
}

/** The text a placeholder stands for; `?` when it cannot be computed (validation reports those). */
export function placeholderValue(placeholder: Placeholder, params: Record<string, number>): string {
  if (placeholder.type === 'name') {
    const value = params[placeholder.name];
    return value === undefined ? `{${placeholder.name}}` : formatNumber(value);
  }
  const value = evaluatePlaceholder(placeholder.source, params);
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
