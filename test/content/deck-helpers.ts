// Helpers shared by the content fact tests: reading the focal-loss deck's YAML as written (not
// through the bank loader), looking questions up, checking their texts in both languages, and
// sampling parameter grids. The reference maths each test checks against stays in the test files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, it } from 'vitest';

export const DECK = fileURLToPath(new URL('../../questions/focal-loss/', import.meta.url));

export type Lang = 'en' | 'zh';
export type Localized = Record<Lang, string>;
export type Tolerance = { relative?: number; absolute?: number };
export type ParamSpec = { values: number[] } | { min: number; max: number; step: number };
export interface CodeLine {
  line: number;
  why: Localized;
}
/** A question as its YAML file writes it; the fields of every kind the fact tests read. */
export interface RawQuestion {
  id: string;
  topic: string;
  kind: string;
  prompt: Localized;
  explanation: Localized;
  hint?: Localized;
  options?: { text: Localized; correct?: boolean; why?: Localized }[];
  model?: string | Localized;
  keyPoints?: Localized[];
  params?: Record<string, ParamSpec>;
  answer?: string;
  tolerance?: Tolerance;
  wrongAnswers?: string[];
  variables?: string[];
  where?: string;
  let?: string[];
  start?: string;
  goal?: string;
  goalRelation?: string;
  snippet?: string;
  bugs?: CodeLine[];
  decoys?: CodeLine[];
}

/** The questions of the given deck files (e.g. `numbers` for numbers.yaml), with lookups on them. */
export function loadDeck(files: readonly string[]) {
  const questions: RawQuestion[] = files.flatMap((file) => {
    const doc = parse(readFileSync(`${DECK}${file}.yaml`, 'utf8')) as { questions: RawQuestion[] };
    return doc.questions;
  });

  function question(id: string): RawQuestion {
    const found = questions.find((q) => q.id === id);
    if (!found) throw new Error(`no question ${id}`);
    return found;
  }

  /** All the text of a question in one language: prompt, hint, options, reasons, explanation, model, key points, code lines. */
  function text(id: string, lang: Lang): string {
    const q = question(id);
    const parts: string[] = [q.prompt[lang], q.explanation[lang]];
    if (q.hint) parts.push(q.hint[lang]);
    for (const option of q.options ?? []) {
      parts.push(option.text[lang]);
      if (option.why) parts.push(option.why[lang]);
    }
    if (q.model && typeof q.model !== 'string') parts.push(q.model[lang]);
    for (const point of q.keyPoints ?? []) parts.push(point[lang]);
    for (const line of [...(q.bugs ?? []), ...(q.decoys ?? [])]) parts.push(line.why[lang]);
    return parts.join('\n');
  }

  function expectBothContain(id: string, ...figures: string[]): void {
    for (const lang of ['en', 'zh'] as const) {
      for (const figure of figures) expect(text(id, lang), `${id} (${lang}) should state ${figure}`).toContain(figure);
    }
  }

  return { questions, question, text, expectBothContain };
}

function specValues(spec: ParamSpec): number[] {
  if ('values' in spec) return spec.values;
  const count = Math.round((spec.max - spec.min) / spec.step);
  return Array.from({ length: count + 1 }, (_, i) => Number((spec.min + i * spec.step).toFixed(10)));
}

/** Every combination of the parameters' values (a range is stepped through from min to max). */
export function paramGrid(params: RawQuestion['params']): Record<string, number>[] {
  let grid: Record<string, number>[] = [{}];
  for (const [name, spec] of Object.entries(params ?? {})) {
    grid = grid.flatMap((point) => specValues(spec).map((value) => ({ ...point, [name]: value })));
  }
  return grid;
}

export function withinTolerance(value: number, expected: number, tolerance: Tolerance): boolean {
  if (tolerance.relative !== undefined) return Math.abs(value - expected) <= tolerance.relative * Math.abs(expected);
  if (tolerance.absolute !== undefined) return Math.abs(value - expected) <= tolerance.absolute;
  throw new Error('unexpected tolerance kind');
}

/**
 * One test per numeric question: at every point of its parameter grid its answer is within
 * `allowed(id, expected)` of the independent `references`, and none of its wrong answers (it must
 * have some) is accepted; then one test that every numeric question of `deck` has a reference.
 */
export function numericReferenceTests(
  deck: { questions: RawQuestion[]; question: (id: string) => RawQuestion },
  references: Record<string, (point: Record<string, number>) => number>,
  evaluate: (expr: string, scope: Record<string, number>) => number,
  allowed: (id: string, expected: number) => number,
): void {
  for (const [id, reference] of Object.entries(references)) {
    it(id, () => {
      const q = deck.question(id);
      expect(q.kind).toBe('numeric');
      expect(q.wrongAnswers?.length, 'wrong answers').toBeGreaterThan(0);
      for (const point of paramGrid(q.params)) {
        const expected = reference(point);
        expect(Number.isFinite(expected), JSON.stringify(point)).toBe(true);
        expect(Math.abs(evaluate(q.answer!, point) - expected), `${q.answer} at ${JSON.stringify(point)}`).toBeLessThanOrEqual(
          allowed(id, expected),
        );
        for (const wrong of q.wrongAnswers!) {
          expect(withinTolerance(evaluate(wrong, point), expected, q.tolerance!), `${wrong} at ${JSON.stringify(point)}`).toBe(false);
        }
      }
    });
  }

  it('every numeric question of these files has a reference', () => {
    expect(deck.questions.filter((q) => q.kind === 'numeric').map((q) => q.id).sort()).toEqual(Object.keys(references).sort());
  });
}

/**
 * One test per expression question: at every point its answer is within `closeness` (relative, at
 * least absolute) of the independent reference, and each wrong answer differs from it (by more
 * than 1e-6) at some point; then one test that every expression question of `deck` has a reference.
 */
export function expressionReferenceTests(
  deck: { questions: RawQuestion[]; question: (id: string) => RawQuestion },
  references: Record<string, { points: Record<string, number>[]; value: (point: Record<string, number>) => number }>,
  evaluate: (expr: string, scope: Record<string, number>) => number,
  closeness: number,
): void {
  const scale = (value: number) => Math.max(1, Math.abs(value));
  for (const [id, { points, value }] of Object.entries(references)) {
    it(id, () => {
      const q = deck.question(id);
      expect(q.kind).toBe('expression');
      for (const point of points) {
        const expected = value(point);
        expect(Math.abs(evaluate(q.answer!, point) - expected), JSON.stringify(point)).toBeLessThanOrEqual(closeness * scale(expected));
      }
      for (const wrong of q.wrongAnswers!) {
        const differs = points.some((point) => Math.abs(evaluate(wrong, point) - value(point)) > 1e-6 * scale(value(point)));
        expect(differs, wrong).toBe(true);
      }
    });
  }

  it('every expression question of these files has a reference', () => {
    expect(deck.questions.filter((q) => q.kind === 'expression').map((q) => q.id).sort()).toEqual(Object.keys(references).sort());
  });
}

/** Deterministic sample points in [lo, hi], away from the ends. */
export function samples(lo: number, hi: number, count = 23): number[] {
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / count);
}

/** Effective number as the geometric series 1 + β + … + β^(n−1), summed term by term. */
export function effectiveNumber(beta: number, n: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k < n; k++) {
    sum += term;
    term *= beta;
  }
  return sum;
}
