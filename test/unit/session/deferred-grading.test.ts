import { beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../../src/core/bank/bank.js';
import { isParametric } from '../../../src/core/bank/instance.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { Question } from '../../../src/core/bank/types.js';
import { deferredGrading, needsMathToShow } from '../../../src/core/session/deferred-grading.js';
import { instanceOf, numeric } from '../../ui/fixtures.js';

let parametric: Question[];
beforeAll(async () => {
  parametric = (await loadBank([])).questions.filter(isParametric);
});

describe('deferred grading', () => {
  it('asks every parametric question of the deck exactly as instantiate does, before and after loading', async () => {
    expect(parametric.length).toBeGreaterThan(5);
    const grading = deferredGrading();
    const early = parametric.flatMap((question) => [1, 2, 77, 4_000_000_000].map((seed) => ({ question, seed, instance: grading.instantiate(question, seed) })));
    for (const { question, seed, instance } of early) {
      const reference = instantiate(question, seed);
      expect(needsMathToShow(question), question.id).toBe(false);
      expect({ seed: instance.seed, params: instance.params, prompt: instance.prompt, hint: instance.hint }, `${question.id} seed ${seed}`).toEqual({
        seed: reference.seed,
        params: reference.params,
        prompt: reference.prompt,
        hint: reference.hint,
      });
    }
    expect(() => early[0]!.instance.explanation).toThrow(/before it was loaded/);
    await grading.load();
    for (const { question, seed, instance } of early) expect(instance.explanation).toEqual(instantiate(question, seed).explanation);
  });

  it('a parametric question without a hint shows none before loading instead of waiting for the math core', () => {
    const { hint: _dropped, ...withoutHint } = { ...numeric, params: { p: { values: [0.9, 0.95] } } };
    const instance = deferredGrading().instantiate(withoutHint as Question, 5);
    expect(instance.hint).toBeUndefined();
    expect(instance.prompt).toEqual(instantiate(withoutHint as Question, 5).prompt);
  });

  it('a prompt with a computed value waits for the math core; plain questions never do', () => {
    const computed: Question = { ...numeric, params: { p: { values: [0.9] } }, prompt: { en: 'FL/CE is {=(1-p)^2}. Why?', zh: 'FL/CE 为 {=(1-p)^2}，为什么？' } };
    expect(needsMathToShow(computed)).toBe(true);
    expect(needsMathToShow(numeric)).toBe(false);
    expect(deferredGrading().instantiate(numeric, 3)).toEqual(instanceOf(numeric));
  });

  it('grades only once loaded', async () => {
    const grading = deferredGrading();
    const input = { instance: instanceOf(numeric), answer: '977', lang: 'en' as const };
    expect(() => grading.grade(input)).toThrow(/before it was loaded/);
    await grading.load();
    expect(grading.grade(input).correct).toBe(true);
  });
});
