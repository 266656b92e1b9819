import { describe, expect, it } from 'vitest';
import { newCard, reviewCard, type CardState, type FsrsRating } from '../../../src/core/schedule/fsrs.js';
import { topicMastery } from '../../../src/core/schedule/mastery.js';
import { bankOf, DAY, MINUTE, T0 } from './fixtures.js';

// Written out independently of the code: the FSRS-6 forgetting curve (default decay w20 = 0.1542,
// R(S, S) = 0.9) and the definition in the README: a question's mastery is its recall predicted
// at the horizon, minus, when its latest answer was wrong, 2^(−age / 7 days); unseen count 0.
const DECAY = 0.1542;
const curve = (days: number, stability: number) => (1 + (0.9 ** (-1 / DECAY) - 1) * (days / stability)) ** -DECAY;
const referenceMastery = (card: CardState, now: number, at: number) =>
  curve((at - card.lastReview!) / DAY, card.stability) - (card.lastRating === 1 ? 2 ** (-(now - card.lastReview!) / (7 * DAY)) : 0);

function answered(ratings: readonly [FsrsRating, number][]): CardState {
  let card = newCard(ratings[0]![1]);
  for (const [rating, at] of ratings) card = reviewCard(card, rating, at).card;
  return card;
}

const valueOf = (mastery: ReturnType<typeof topicMastery>, topic: string) => mastery.find((entry) => entry.topic === topic)!.mastery;

describe('mastery: predicted recall at a horizon, a recent wrong answer counting against its topic', () => {
  it('one wrong answer in a 6-question topic ranks below one right answer in an 11-question topic', () => {
    const bank = bankOf({ motivation: 6, 'code-review': 11, untouched: 4 });
    const cards = new Map([
      ['motivation-1', answered([[1, T0]])],
      ['code-review-1', answered([[3, T0 + MINUTE]])],
    ]);
    const now = T0 + 2 * MINUTE;
    const mastery = topicMastery(bank, cards, now);
    expect(mastery.map((entry) => entry.topic)).toEqual(['motivation', 'untouched', 'code-review']);
    expect(valueOf(mastery, 'motivation')).toBeCloseTo(referenceMastery(cards.get('motivation-1')!, now, now + 7 * DAY) / 6, 9);
    expect(valueOf(mastery, 'code-review')).toBeCloseTo(referenceMastery(cards.get('code-review-1')!, now, now + 7 * DAY) / 11, 9);
    expect(valueOf(mastery, 'untouched')).toBe(0);
  });

  it('a topic with more wrong answers ranks below one with fewer', () => {
    const bank = bankOf({ a: 4, b: 4, c: 4 });
    const now = T0 + DAY;
    const cards = new Map([
      // a: two questions wrong; b: one wrong, one right; c: one question wrong twice... and one right.
      ['a-1', answered([[1, T0]])],
      ['a-2', answered([[1, T0]])],
      ['b-1', answered([[1, T0]])],
      ['b-2', answered([[3, T0]])],
      ['c-1', answered([[3, T0]])],
      ['c-2', answered([[3, T0]])],
    ]);
    expect(topicMastery(bank, cards, now).map((entry) => entry.topic)).toEqual(['a', 'b', 'c']);
    // The same question answered wrong twice is weaker than answered wrong once.
    const twice = new Map([
      ['a-1', answered([[1, T0], [1, T0 + 10 * MINUTE]])],
      ['b-1', answered([[1, T0 + 10 * MINUTE]])],
    ]);
    expect(topicMastery(bankOf({ a: 1, b: 1 }), twice, now).map((entry) => entry.topic)).toEqual(['a', 'b']);
  });

  it('recent failures outrank old ones', () => {
    const bank = bankOf({ old: 2, recent: 2 });
    const now = T0 + 30 * DAY;
    // The same single wrong answer, a month ago or an hour ago.
    const alone = new Map([
      ['old-1', answered([[1, T0]])],
      ['recent-1', answered([[1, now - 60 * MINUTE]])],
    ]);
    expect(topicMastery(bank, alone, now).map((entry) => entry.topic)).toEqual(['recent', 'old']);
    // The same two answers in either order: wrong then right is stronger than right then wrong.
    const orders = new Map([
      ['old-1', answered([[1, T0], [3, now - DAY]])],
      ['recent-1', answered([[3, T0], [1, now - DAY]])],
    ]);
    expect(topicMastery(bank, orders, now).map((entry) => entry.topic)).toEqual(['recent', 'old']);
  });

  it('looks 7 days ahead by default, and as far as asked (an interview date)', () => {
    const bank = bankOf({ a: 1 });
    const card = answered([[3, T0]]);
    const cards = new Map([['a-1', card]]);
    const now = T0 + DAY;
    expect(valueOf(topicMastery(bank, cards, now), 'a')).toBeCloseTo(curve(8, card.stability), 9);
    const interview = T0 + 30 * DAY;
    expect(valueOf(topicMastery(bank, cards, now, { at: interview }), 'a')).toBeCloseTo(curve(30, card.stability), 9);
    expect(valueOf(topicMastery(bank, cards, now, { aheadMs: 2 * DAY }), 'a')).toBeCloseTo(curve(3, card.stability), 9);
    // An interview date already past: recall now.
    expect(valueOf(topicMastery(bank, cards, now, { at: T0 }), 'a')).toBeCloseTo(curve(1, card.stability), 9);
  });
});
