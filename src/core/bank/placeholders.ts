import type { Localized } from '../i18n.js';

// `{name}` is a parameter's value; `{=expr}` the value of an expression of the parameters.
const PLACEHOLDER = /\{(=[^{}]+|[A-Za-z_][A-Za-z0-9_]*)\}/g;

export type Placeholder = { type: 'name'; name: string } | { type: 'expression'; source: string };

export function placeholdersIn(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const body = match[1]!;
    found.push(body.startsWith('=') ? { type: 'expression', source: body.slice(1).trim() } : { type: 'name', name: body });
  }
  return found;
}

/** The texts that may hold placeholders. */
const TEXT_FIELDS = ['prompt', 'hint', 'explanation'] as const;

export interface LocatedPlaceholder {
  placeholder: Placeholder;
  /** Where it is written: the field and the language, e.g. ['explanation', 'zh']. */
  path: [(typeof TEXT_FIELDS)[number], 'en' | 'zh'];
}

/** Every placeholder of a question's texts, with the field and language it stands in. */
export function questionPlaceholders(question: Partial<Record<(typeof TEXT_FIELDS)[number], Localized>>): LocatedPlaceholder[] {
  const found: LocatedPlaceholder[] = [];
  for (const field of TEXT_FIELDS) {
    const text = question[field];
    if (!text) continue;
    for (const lang of ['en', 'zh'] as const) {
      for (const placeholder of placeholdersIn(text[lang])) found.push({ placeholder, path: [field, lang] });
    }
  }
  return found;
}

/** Replaces every placeholder with what `value` returns for it. */
export function fillPlaceholders(text: string, value: (placeholder: Placeholder) => string): string {
  return text.replace(PLACEHOLDER, (_match, body: string) =>
    value(body.startsWith('=') ? { type: 'expression', source: body.slice(1).trim() } : { type: 'name', name: body }),
  );
}

export function fillLocalized(text: Localized, value: (placeholder: Placeholder) => string): Localized {
  return { en: fillPlaceholders(text.en, value), zh: fillPlaceholders(text.zh, value) };
}
