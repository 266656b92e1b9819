import { describe, expect, it } from 'vitest';
import { isDue, newCard, recallProbability, reviewCard } from '../../../src/core/schedule/fsrs.js';
import { DAY, MINUTE, T0 } from './fixtures.js';

// FSRS-6 forgetting curve, written out independently: R(t, S) = (1 + f·t/S)^(−d) with
// f = 0.9^(−1/d) − 1, so that R(S, S) = 0.9 by construction. d = 0.1542 is the default w20.
const DECAY = 0.1542;
const reference = (days: number, stability: number) => (1 + (0.9 ** (-1 / DECAY) - 1) * (days / stability)) ** -DECAY;

describe('FSRS cards', () => {
  it('a new card has nothing to recall and is not due', () => {
    const card = newCard(T0);
    expect(recallProbability(card, T0)).toBe(0);
    expect(recallProbability(undefined, T0)).toBe(0);
    expect(isDue(card, T0 + DAY)).toBe(false);
  });

  it('a first Good answer schedules the 10-minute learning step and remembers the rating', () => {
    const { card, log } = reviewCard(newCard(T0), 3, T0);
    expect(card.due).toBe(T0 + 10 * MINUTE);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(T0);
    expect(card.lastRating).toBe(3);
    expect(log.state).toBe(0);
    expect(log.review).toBe(T0);
    expect(isDue(card, T0 + 9 * MINUTE)).toBe(false);
    expect(isDue(card, T0 + 10 * MINUTE)).toBe(true);
  });

  it('predicts recall with the FSRS forgetting curve: 1 just after review, 0.9 after S days', () => {
    const { card } = reviewCard(newCard(T0), 4, T0);
    expect(card.stability).toBeGreaterThan(1);
    expect(recallProbability(card, T0)).toBeCloseTo(1, 12);
    expect(recallProbability(card, T0 + card.stability * DAY)).toBeCloseTo(0.9, 6);
    for (const days of [0.25, 1, 3.5, 30, 400]) {
      expect(recallProbability(card, T0 + days * DAY)).toBeCloseTo(reference(days, card.stability), 6);
    }
  });

  it('counts a lapse when a card in review is forgotten, and shortens its stability', () => {
    let card = reviewCard(newCard(T0), 4, T0).card;
    card = reviewCard(card, 3, card.due).card;
    expect(card.state).toBe(2);
    const before = card;
    const after = reviewCard(card, 1, card.due).card;
    expect(after.lapses).toBe(before.lapses + 1);
    expect(after.stability).toBeLessThan(before.stability);
    expect(after.state).toBe(3);
  });

  it('is deterministic: the same ratings on the same clock give the same card', () => {
    const run = () => [3, 3, 1, 3, 4].reduce((card, rating, index) => reviewCard(card, rating as 1 | 2 | 3 | 4, T0 + index * DAY).card, newCard(T0));
    expect(run()).toEqual(run());
  });
});

describe('a last review in the future', () => {
  it('is taken as now: rating the card works and moves it as if just reviewed', () => {
    // A card from a machine whose clock ran three days ahead, or a clock set back by three days.
    const reviewed = reviewCard(reviewCard(newCard(T0), 3, T0).card, 3, T0 + 10 * MINUTE).card;
    const ahead = { ...reviewed, lastReview: T0 + 3 * DAY };
    for (const rating of [1, 2, 3, 4] as const) {
      const next = reviewCard(ahead, rating, T0 + 10 * MINUTE + 1).card;
      const reference = reviewCard({ ...reviewed, lastReview: T0 + 10 * MINUTE + 1 }, rating, T0 + 10 * MINUTE + 1).card;
      expect(next).toEqual(reference);
      expect(next.lastReview).toBe(T0 + 10 * MINUTE + 1);
    }
  });
});
