import { describe, expect, it } from 'vitest';
import type { Difficulty, Question } from '../../../src/core/bank/types.js';
import { newCard, reviewCard, type CardState, type FsrsRating } from '../../../src/core/schedule/fsrs.js';
import { createPicker, DRILL_MODES, pickNext, type DrillMode, type PickContext } from '../../../src/core/schedule/pick.js';
import { seededRandom } from '../../../src/core/random.js';
import { DAY, MINUTE, singleQuestion, T0 } from './fixtures.js';
import { referencePick } from './pick-reference.js';

type Random = () => number;
const choose = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const rating = (random: Random) => (1 + Math.floor(random() * 4)) as FsrsRating;

/** A card with a few past reviews, or an odd one as an import could bring (New with a rating, no stability...). */
function someCard(random: Random, now: number): CardState | undefined {
  const kind = random();
  if (kind < 0.25) return undefined;
  if (kind < 0.3) return newCard(now - DAY);
  if (kind < 0.35) return { ...reviewCard(newCard(now - 9 * DAY), 3, now - 9 * DAY).card, stability: 0 };
  if (kind < 0.4) return { ...newCard(now - DAY), lastRating: 1 };
  let at = now - Math.floor(random() * 60) * DAY - Math.floor(random() * 4) * 9 * MINUTE;
  let card = newCard(at);
  for (let reviews = 1 + Math.floor(random() * 4); reviews > 0 && at < now; reviews--) {
    card = reviewCard(card, rating(random), at).card;
    at += choose(random, [MINUTE, 10 * MINUTE, DAY, 7 * DAY]);
  }
  return card;
}

/** Candidates in several topics; some questions share their card's history exactly, to make ties. */
function scenario(random: Random, now: number): { candidates: Question[]; cards: Map<string, CardState> } {
  const topics = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].slice(0, 1 + Math.floor(random() * 5));
  const candidates = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, index) =>
    singleQuestion(`q-${index}`, choose(random, topics), (1 + Math.floor(random() * 3)) as Difficulty),
  );
  const cards = new Map<string, CardState>();
  let last: CardState | undefined;
  for (const question of candidates) {
    const card = last !== undefined && random() < 0.2 ? { ...last } : someCard(random, now);
    if (card) cards.set(question.id, card);
    last = card;
  }
  return { candidates, cards };
}

/**
 * A session in `mode`: time moves between picks (sometimes not at all), most questions are
 * answered and their cards move, and now and then a card of a question not yet asked changes
 * too. At every pick the session's picker, kept from the start and told of each change, must
 * choose what the reference picker and a fresh pickNext choose from the cards as they are.
 */
function runSession(seed: number, mode: DrillMode): number {
  const random = seededRandom(seed);
  let now = T0 + 100 * DAY;
  const { candidates, cards } = scenario(random, now);
  const picker = createPicker(candidates, cards);
  const asked = new Set<string>();
  const topicsAsked: string[] = [];
  let previous: Question | undefined;
  let picks = 0;
  const answer = (id: string) => {
    const card = cards.get(id);
    // FSRS cannot review the odd stability-0 card: it starts again as new.
    const before = card === undefined || (card.state !== 0 && card.stability <= 0) ? newCard(now) : card;
    cards.set(id, reviewCard(before, rating(random), now).card);
    picker.cardChanged(id);
  };
  for (;;) {
    now += choose(random, [0, 0, 20_000, MINUTE, 11 * MINUTE, DAY, 5 * DAY]);
    const context: PickContext = { candidates, cards, now, asked, topicsAsked, ...(previous ? { previous } : {}) };
    const expected = referencePick(mode, context);
    expect(picker.next(mode, { now, asked, topicsAsked, ...(previous ? { previous } : {}) })?.id, `seed ${seed}, ${mode}, pick ${picks + 1}`).toBe(expected?.id);
    expect(pickNext(mode, context)?.id).toBe(expected?.id);
    if (!expected) return picks;
    picks += 1;
    asked.add(expected.id);
    topicsAsked.push(expected.topic);
    previous = expected;
    if (random() < 0.8) answer(expected.id);
    if (random() < 0.2) answer(choose(random, candidates).id);
  }
}

describe('the session picker', () => {
  it('chooses exactly as the reference picker, pick after pick, as cards change and time moves', () => {
    let picks = 0;
    for (let seed = 1; seed <= 150; seed++) for (const mode of DRILL_MODES) picks += runSession(seed, mode);
    expect(picks).toBeGreaterThan(2000);
  });

  it('ranks topics by the mastery of the cards as they are now, an answer of this session included', () => {
    const candidates = [singleQuestion('alpha-1', 'alpha'), singleQuestion('alpha-2', 'alpha'), singleQuestion('beta-1', 'beta')];
    const cards = new Map<string, CardState>();
    const picker = createPicker(candidates, cards);
    const asked = new Set<string>();
    // Nothing learnt: both topics at 0, alpha first by name.
    expect(picker.next('weak', { now: T0, asked })!.id).toBe('alpha-1');
    asked.add('alpha-1');
    cards.set('alpha-1', reviewCard(newCard(T0), 4, T0).card);
    picker.cardChanged('alpha-1');
    // alpha is now partly known: beta is the weakest.
    expect(picker.next('weak', { now: T0 + MINUTE, asked })!.id).toBe('beta-1');
  });

  it('keeps choosing by the cards it knows until told that one changed', () => {
    const candidates = [singleQuestion('alpha-1', 'alpha'), singleQuestion('beta-1', 'beta')];
    const cards = new Map<string, CardState>();
    const picker = createPicker(candidates, cards);
    cards.set('alpha-1', reviewCard(newCard(T0), 4, T0).card);
    expect(picker.next('weak', { now: T0, asked: new Set() })!.id).toBe('alpha-1');
    picker.cardChanged('alpha-1');
    expect(picker.next('weak', { now: T0, asked: new Set() })!.id).toBe('beta-1');
    picker.cardChanged('not-a-candidate'); // ignored
  });

  it('treats candidates that share an id as one question for asked and previous', () => {
    const twice = [singleQuestion('same', 'alpha'), singleQuestion('other', 'alpha', 2), singleQuestion('same', 'beta')];
    const picker = createPicker(twice, new Map());
    expect(picker.next('new', { now: T0, asked: new Set(['same']) })!.id).toBe('other');
    expect(picker.next('new', { now: T0, asked: new Set(), previous: twice[0]! })!.id).toBe('other');
    expect(picker.next('new', { now: T0, asked: new Set(['same', 'other']) })).toBeUndefined();
  });
});
