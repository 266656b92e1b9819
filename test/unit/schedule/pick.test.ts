import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/types.js';
import { newCard, reviewCard, type CardState, type FsrsRating } from '../../../src/core/schedule/fsrs.js';
import { pickNext, plannedTotal, type DrillMode, type PickContext } from '../../../src/core/schedule/pick.js';
import { bankOf, DAY, MINUTE, singleQuestion, T0 } from './fixtures.js';

/** A card answered once at `at` with `rating`. */
const answered = (rating: FsrsRating, at: number) => reviewCard(newCard(at), rating, at).card;

function context(candidates: Question[], cards: Map<string, CardState>, now: number, extra: Partial<PickContext> = {}): PickContext {
  return { candidates, cards, now, asked: new Set(), ...extra };
}

/** Picks until the mode has nothing left, as a session would. */
function drain(mode: DrillMode, candidates: Question[], cards: Map<string, CardState>, now: number): string[] {
  const asked = new Set<string>();
  const topicsAsked: string[] = [];
  let previous: Question | undefined;
  const order: string[] = [];
  for (;;) {
    const next = pickNext(mode, context(candidates, cards, now, { asked, topicsAsked, ...(previous ? { previous } : {}) }));
    if (!next) return order;
    order.push(next.id);
    asked.add(next.id);
    topicsAsked.push(next.topic);
    previous = next;
  }
}

describe('next question', () => {
  const bank = bankOf({ alpha: 3, beta: 3, gamma: 3 });
  const now = T0 + 30 * DAY;

  it('due: only due cards, most overdue first', () => {
    const cards = new Map([
      ['alpha-1', answered(3, T0)],
      ['beta-2', answered(1, T0 - DAY)],
      ['gamma-3', answered(4, now - MINUTE)], // just answered: not due
    ]);
    expect(drain('due', bank, cards, now)).toEqual(['beta-2', 'alpha-1']);
    expect(plannedTotal('due', bank, cards, now, 10)).toBe(2);
  });

  it('new: only questions never answered, easiest first', () => {
    const candidates = [singleQuestion('hard', 'alpha', 3), singleQuestion('easy', 'alpha', 1), singleQuestion('seen', 'alpha', 1)];
    const cards = new Map([['seen', answered(3, T0)]]);
    expect(drain('new', candidates, cards, now)).toEqual(['easy', 'hard']);
    expect(plannedTotal('new', candidates, cards, now, 10)).toBe(2);
  });

  it('weak: the lowest-mastery topic first, least recalled first within it', () => {
    const cards = new Map<string, CardState>();
    for (const topic of ['alpha', 'gamma']) for (let i = 1; i <= 3; i++) cards.set(`${topic}-${i}`, answered(4, now - DAY));
    cards.set('beta-1', answered(4, now - DAY));
    cards.set('beta-2', answered(1, now - 20 * DAY));
    // beta has one unseen question: it is the weakest topic; its unseen one (recall 0) comes first,
    // then the forgotten one, then the fresh one.
    const order = drain('weak', bank, cards, now);
    expect(order.slice(0, 3)).toEqual(['beta-3', 'beta-2', 'beta-1']);
    expect(new Set(order).size).toBe(9);
  });

  it('mixed: due first, then weak (last rated Again or Hard), then new, then the rest; topics interleaved', () => {
    const cards = new Map<string, CardState>([
      ['alpha-1', answered(3, now - 10 * DAY)], // due
      ['alpha-2', answered(3, now - 10 * DAY)], // due
      ['beta-1', answered(3, now - 10 * DAY)], // due
      ['gamma-1', { ...answered(4, now - MINUTE), lastRating: 2 }], // not due, last rated Hard: weak
      ['gamma-2', answered(4, now - MINUTE)], // fine: the rest
    ]);
    const order = drain('mixed', bank, cards, now);
    expect(order.slice(0, 3).sort()).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    // interleaved: the two alpha questions are not back to back
    expect(Math.abs(order.indexOf('alpha-1') - order.indexOf('alpha-2'))).toBeGreaterThan(1);
    expect(order[3]).toBe('gamma-1');
    expect(order.slice(4, 8).sort()).toEqual(['alpha-3', 'beta-2', 'beta-3', 'gamma-3']);
    expect(order[8]).toBe('gamma-2');
    for (let i = 1; i < order.length; i++) expect(order[i]).not.toBe(order[i - 1]);
  });

  it('mixed lets topics take turns', () => {
    const order = drain('mixed', bank, new Map(), now);
    expect(order.map((id) => id.split('-')[0])).toEqual(['alpha', 'beta', 'gamma', 'alpha', 'beta', 'gamma', 'alpha', 'beta', 'gamma']);
  });

  it('never picks the previous question, even when it is the only one left', () => {
    const only = [singleQuestion('solo', 'alpha')];
    expect(pickNext('mixed', context(only, new Map(), now, { previous: only[0]! }))).toBeUndefined();
  });

  it('breaks ties by the order of the candidates (the session shuffles them with its seed)', () => {
    const first = (candidates: Question[]) => pickNext('new', context(candidates, new Map(), now))!.id;
    expect(first(bank)).toBe('alpha-1');
    expect(first([...bank].reverse())).toBe('gamma-3');
  });

  it('plans at most count questions, and no more than the mode can give', () => {
    expect(plannedTotal('mixed', bank, new Map(), now, 5)).toBe(5);
    expect(plannedTotal('mixed', bank, new Map(), now, 50)).toBe(9);
    expect(plannedTotal('due', bank, new Map(), now, 5)).toBe(0);
  });
});
