import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, instanceOf, plainInstance } from '../../../src/core/bank/instance.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import { loadPack } from '../../../src/core/bank/load.js';
import type { Question } from '../../../src/core/bank/types.js';
import { fixturePack } from './fixtures.js';

const questions = new Map(loadPack(fixturePack('good')).pack!.questions.map((question) => [question.id, question]));
const question = (id: string): Question => questions.get(id)!;

describe('instantiate', () => {
  it('gives the same question for the same seed', () => {
    const a = instantiate(question('fx-param'), 12345);
    const b = instantiate(question('fx-param'), 12345);
    expect(b).toEqual(a);
    expect(a.seed).toBe(12345);
  });

  it('varies the parameters with the seed, within the declared set and grid', () => {
    const draws = Array.from({ length: 60 }, (_, seed) => instantiate(question('fx-param'), seed).params);
    expect(new Set(draws.map((params) => `${params.g}/${params.p}`)).size).toBeGreaterThan(20);
    for (const params of draws) {
      expect([1, 2, 3]).toContain(params.g);
      expect(params.p).toBeGreaterThanOrEqual(0.6);
      expect(params.p).toBeLessThanOrEqual(0.99);
      expect(Math.abs(params.p! * 100 - Math.round(params.p! * 100))).toBeLessThan(1e-9);
    }
  });

  it('fills {name} with the value as written and {=expr} to 4 significant figures, in both languages', () => {
    const instance = instantiate(question('fx-param'), 3);
    const { g, p } = instance.params as { g: number; p: number };
    expect(instance.prompt.en).toBe(`γ = ${g}, pₜ = ${p}: by what factor is FL smaller than CE?`);
    expect(instance.prompt.zh).toBe(`γ = ${g}、pₜ = ${p}：FL 比 CE 小多少倍？`);
    expect(instance.hint!.en).toBe(`The factor is 1/(1 − ${p})^${g}.`);
    // Independent reference: the same numbers computed here, rounded to 4 significant figures.
    const ratio = Number(((1 - p) ** g).toPrecision(4));
    const factor = Number((1 / (1 - p) ** g).toPrecision(4));
    expect(instance.explanation.en).toBe(`FL/CE = ${ratio}, so the factor is ${factor}.`);
    expect(instance.explanation.zh).toBe(`FL/CE = ${ratio}，倍数为 ${factor}。`);
    expect(instance.prompt.en).not.toMatch(/\{|\}/);
  });

  it('uses the default seed when none is given', () => {
    expect(instantiate(question('fx-param'), null)).toEqual(instantiate(question('fx-param'), DEFAULT_SEED));
  });

  it('leaves a question without parameters as written, with seed null', () => {
    const instance = instantiate(question('fx-numeric'), 99);
    expect(instance.seed).toBeNull();
    expect(instance.params).toEqual({});
    expect(instance.prompt).toEqual(question('fx-numeric').prompt);
    expect(plainInstance(question('fx-numeric'))).toEqual(instance);
  });

  it('instanceOf agrees with instantiate for both kinds of question', async () => {
    expect(await instanceOf(question('fx-param'), 8)).toEqual(instantiate(question('fx-param'), 8));
    expect(await instanceOf(question('fx-single'), 8)).toEqual(instantiate(question('fx-single'), 8));
  });
});
