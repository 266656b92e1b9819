import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, instanceOf, optionOrder, plainInstance } from '../../../src/core/bank/instance.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { MultipleQuestion } from '../../../src/core/kinds/multiple.js';
import type { SingleQuestion } from '../../../src/core/kinds/single.js';
import { deferredGrading } from '../../../src/core/session/deferred-grading.js';
import { fixture } from '../grading/fixtures.js';

const single = fixture<SingleQuestion>('fx-single');
const multiple = fixture<MultipleQuestion>('fx-multiple');
const SEEDS = Array.from({ length: 400 }, (_, index) => index + 1);

describe('choice options are shuffled per instance', () => {
  it('each seed gives a permutation of the options, the same every time', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const order = optionOrder(4, seed);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(optionOrder(4, seed)).toEqual(order);
    }
  });

  it('the instance shows the options in that order and says which order it is', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const instance = plainInstance(multiple, seed);
      expect(instance.seed).toBe(seed);
      expect(instance.optionOrder).toEqual(optionOrder(4, seed));
      const shown = (instance.question as MultipleQuestion).options;
      expect(shown).toEqual(instance.optionOrder!.map((index) => multiple.options[index]));
      expect(instance.question.id).toBe(multiple.id);
      expect(multiple.options[0]!.text.en).toBe('γ ≥ 0'); // the bank's question is left as written
    }
  });

  it('every entry point gives the same order for a seed: instantiate, instanceOf, the drill’s deferred instantiate', async () => {
    const deferred = deferredGrading();
    for (const seed of [1, 7, 123456]) {
      const expected = plainInstance(single, seed).optionOrder;
      expect(instantiate(single, seed).optionOrder).toEqual(expected);
      expect((await instanceOf(single, seed)).optionOrder).toEqual(expected);
      expect(deferred.instantiate(single, seed).optionOrder).toEqual(expected);
    }
    expect(plainInstance(single).seed).toBe(DEFAULT_SEED);
    expect(plainInstance(single).optionOrder).toEqual(plainInstance(single, DEFAULT_SEED).optionOrder);
  });

  it('the correct option lands on every letter about equally often, so its position gives nothing away', () => {
    const counts = [0, 0, 0];
    for (const seed of SEEDS) {
      const options = (plainInstance(single, seed).question as SingleQuestion).options;
      counts[options.findIndex((option) => option.correct)]! += 1;
    }
    // 400 draws over 3 letters: expected 133 each; ±40 is beyond 4 standard deviations (σ ≈ 9.4).
    for (const count of counts) expect(Math.abs(count - SEEDS.length / 3)).toBeLessThan(40);
  });

  it('questions other than choice keep a null seed and no order', () => {
    const instance = plainInstance(fixture('fx-code'), 5);
    expect(instance.seed).toBeNull();
    expect(instance.optionOrder).toBeUndefined();
  });
});
