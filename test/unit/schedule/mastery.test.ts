import { describe, expect, it } from 'vitest';
import { newCard, recallProbability, reviewCard, type CardState } from '../../../src/core/schedule/fsrs.js';
import { topicMastery } from '../../../src/core/schedule/mastery.js';
import { bankOf, DAY, T0 } from './fixtures.js';

describe('topic mastery', () => {
  const bank = bankOf({ gradients: 2, numbers: 4 });

  it('is 0 for a topic never practised and 1 for one just answered in full, measured now', () => {
    const cards = new Map<string, CardState>();
    for (const id of ['gradients-1', 'gradients-2']) cards.set(id, reviewCard(newCard(T0), 3, T0).card);
    const mastery = topicMastery(bank, cards, T0, { aheadMs: 0 });
    expect(mastery.map((entry) => entry.topic)).toEqual(['numbers', 'gradients']);
    expect(mastery[0]).toMatchObject({ topic: 'numbers', mastery: 0, questions: 4, seen: 0, due: 0 });
    expect(mastery[1]!.mastery).toBeCloseTo(1, 12);
    expect(mastery[1]).toMatchObject({ seen: 2, questions: 2 });
  });

  it('is the mean predicted recall at the horizon less failure weights, unseen questions counting 0, and decays with time', () => {
    const cards = new Map<string, CardState>([
      ['numbers-1', reviewCard(newCard(T0), 4, T0).card],
      ['numbers-2', reviewCard(newCard(T0), 1, T0).card],
    ]);
    const later = T0 + 3 * DAY;
    const ahead = later + 7 * DAY;
    // The wrong answer (Again) 3 days ago still weighs 2^(−3/7) against its question.
    const expected = (recallProbability(cards.get('numbers-1'), ahead) + recallProbability(cards.get('numbers-2'), ahead) - 2 ** (-3 / 7)) / 4;
    const numbers = topicMastery(bank, cards, later).find((entry) => entry.topic === 'numbers')!;
    expect(numbers.mastery).toBeCloseTo(expected, 12);
    expect(numbers.mastery).toBeGreaterThan(-0.5);
    expect(numbers.mastery).toBeLessThan(0.5);
    expect(numbers.due).toBe(1); // the forgotten one; the Easy one is scheduled days ahead
    // What was answered right is forgotten with time.
    const right = new Map([['numbers-1', cards.get('numbers-1')!]]);
    const soon = topicMastery(bank, right, later).find((entry) => entry.topic === 'numbers')!;
    const muchLater = topicMastery(bank, right, T0 + 300 * DAY).find((entry) => entry.topic === 'numbers')!;
    expect(muchLater.mastery).toBeLessThan(soon.mastery);
  });

  it('ignores cards of questions no longer in the bank', () => {
    const cards = new Map<string, CardState>([['numbers-removed', reviewCard(newCard(T0), 3, T0).card]]);
    expect(topicMastery(bank, cards, T0).every((entry) => entry.mastery === 0 && entry.seen === 0)).toBe(true);
  });
});
