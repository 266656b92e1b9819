// Every parametric question over seeds 1–200 (the seeds a drill and `focal check --seed` use): each
// listed wrong answer grades wrong at every seed, and no seed makes two distinct listed mistakes give
// the same number (a grid point such as α = 0.5 or pₜ = 0.5 hides the α ↔ 1 − α swap or pₜ^γ vs
// (1 − pₜ)^γ: the learner could make either mistake and be told the same thing).
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import { DEFAULT_SEED, isParametric } from '../../src/core/bank/instance.js';
import { evaluatePlaceholder, instantiate } from '../../src/core/bank/instantiate.js';
import { paramValues } from '../../src/core/bank/params.js';
import type { Question, Tolerance } from '../../src/core/bank/types.js';
import type { NumericQuestion } from '../../src/core/kinds/numeric.js';
import { substituteParams } from '../../src/core/grading/display.js';
import { grade } from '../../src/core/grading/grade.js';

const parametric = (await loadBank()).questions.filter(isParametric);
const SEEDS = Array.from({ length: 200 }, (_, index) => index + 1);

function wrongAnswersOf(question: Question): string[] {
  return 'wrongAnswers' in question ? question.wrongAnswers : [];
}

/** Whether `value` would be accepted as `reference` under the question's tolerance. */
function accepted(value: number, reference: number, tolerance: Tolerance): boolean {
  const error = Math.abs(value - reference);
  if ('relative' in tolerance) return error <= tolerance.relative * Math.abs(reference);
  if ('absolute' in tolerance) return error <= tolerance.absolute;
  if ('decimals' in tolerance) return error <= 0.5 * 10 ** -tolerance.decimals;
  const magnitude = reference === 0 ? 0 : Math.floor(Math.log10(Math.abs(reference)));
  return error <= 0.5 * 10 ** (magnitude - tolerance.sigfigs + 1);
}

describe('parametric questions over seeds 1–200', () => {
  it('there are parametric questions, each with listed mistakes', () => {
    expect(parametric.length).toBeGreaterThanOrEqual(10);
    for (const question of parametric) expect(wrongAnswersOf(question).length, question.id).toBeGreaterThan(0);
  });

  it.each(parametric.map((question) => [question.id, question] as const))('%s: every listed mistake grades wrong at every seed', (_, question) => {
    for (const seed of SEEDS) {
      const instance = instantiate(question, seed);
      for (const wrong of wrongAnswersOf(question)) {
        const typed = substituteParams(wrong, instance.params);
        const result = grade({ instance, answer: typed, lang: 'en' });
        expect(result.verdict, `${question.id} seed ${seed} ${JSON.stringify(instance.params)}: ${wrong} → ${typed}`).toBe('wrong');
      }
    }
  });

  it.each(parametric.filter((question) => question.kind === 'numeric').map((question) => [question.id, question as NumericQuestion] as const))(
    '%s: no seed makes two distinct mistakes give the same number, or one give the key',
    (_, question) => {
      for (const seed of SEEDS) {
        const { params } = instantiate(question, seed);
        const key = evaluatePlaceholder(question.answer, params) ?? Number.NaN;
        const values = question.wrongAnswers.map((wrong) => evaluatePlaceholder(wrong, params) ?? Number.NaN);
        const where = `${question.id} seed ${seed} ${JSON.stringify(params)}`;
        values.forEach((value, i) => {
          expect(accepted(value, key, question.tolerance), `${where}: ${question.wrongAnswers[i]} gives the key ${key}`).toBe(false);
          for (let j = i + 1; j < values.length; j++) {
            expect(
              accepted(values[j]!, value, question.tolerance),
              `${where}: ${question.wrongAnswers[i]} and ${question.wrongAnswers[j]} both give ${value}`,
            ).toBe(false);
          }
        });
      }
    },
  );
});

/** Every combination of a question's parameter values: a drill's seed can land on any of them. */
function fullGrid(question: Question): Record<string, number>[] {
  let grid: Record<string, number>[] = [{}];
  for (const [name, spec] of Object.entries(question.params ?? {})) {
    grid = grid.flatMap((point) => paramValues(spec).map((value) => ({ ...point, [name]: value })));
  }
  return grid;
}

describe('parametric numeric questions at every point of their grid', () => {
  const numeric = parametric.filter((question): question is NumericQuestion => question.kind === 'numeric');

  it('the default seed (questions show without --seed) draws a point of the grid', () => {
    for (const question of numeric) {
      const { params } = instantiate(question, DEFAULT_SEED);
      expect(fullGrid(question), question.id).toContainEqual(params);
    }
  });

  it.each(numeric.map((question) => [question.id, question] as const))('%s: no point makes a listed mistake give the key, or two give the same number', (_, question) => {
    for (const params of fullGrid(question)) {
      const key = evaluatePlaceholder(question.answer, params) ?? Number.NaN;
      const values = question.wrongAnswers.map((wrong) => evaluatePlaceholder(wrong, params) ?? Number.NaN);
      const where = `${question.id} ${JSON.stringify(params)}`;
      values.forEach((value, i) => {
        expect(accepted(value, key, question.tolerance), `${where}: ${question.wrongAnswers[i]} gives the key ${key}`).toBe(false);
        for (let j = i + 1; j < values.length; j++) {
          expect(accepted(values[j]!, value, question.tolerance), `${where}: ${question.wrongAnswers[i]} and ${question.wrongAnswers[j]} both give ${value}`).toBe(false);
        }
      });
    }
  });
});
