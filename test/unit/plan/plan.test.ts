import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/types.js';
import { InputError } from '../../../src/core/errors.js';
import { daysLeft, formatDay, liftsToTarget, parseDay, planDue, plannedCards, projectPlan, type InterviewPlan } from '../../../src/core/plan/plan.js';
import { compareSchedules } from '../../../src/core/plan/simulate.js';
import { DAY_MS } from '../../../src/core/schedule/clock.js';
import { newCard, RATING, recallProbability, reviewCard, type CardState } from '../../../src/core/schedule/fsrs.js';

const NOW = new Date(2026, 10, 30, 9).getTime();
const plan = (interview: string, target = 0.9, minutesPerDay: number | null = null): InterviewPlan => ({ interview, target, minutesPerDay });

/** A card answered Good on each of `days` (days after NOW, negative for before). */
function reviewed(days: number[]): CardState {
  let card = newCard(NOW + days[0]! * DAY_MS);
  for (const day of days) card = reviewCard(card, RATING.good, NOW + day * DAY_MS).card;
  return card;
}

function question(id: string, topic: string): Question {
  return { id, topic, kind: 'free', difficulty: 1, source: 's', tags: [], prompt: { en: id, zh: id }, explanation: { en: 'e', zh: 'e' }, pack: 'p', file: 'f', model: { en: 'm', zh: 'm' }, keyPoints: [] };
}

describe('interview dates', () => {
  it('reads YYYY-MM-DD as local midnight and refuses anything else with an InputError', () => {
    expect(parseDay('2026-12-13')).toBe(new Date(2026, 11, 13).getTime());
    expect(formatDay(parseDay('2026-02-28'))).toBe('2026-02-28');
    for (const bad of ['2026-02-30', '13/12/2026', '2026-1-5', 'tomorrow']) expect(() => parseDay(bad)).toThrow(InputError);
  });

  it('counts whole days left, 0 on the day, negative after it', () => {
    expect(daysLeft(plan('2026-12-13'), NOW)).toBe(13);
    expect(daysLeft(plan('2026-11-30'), NOW)).toBe(0);
    expect(daysLeft(plan('2026-11-20'), NOW)).toBe(-10);
  });
});

describe('scheduling toward the day', () => {
  const day = parseDay('2026-12-13');

  it('brings a card forward when its FSRS due falls after the day but its recall on the day is below the target', () => {
    const card = reviewed([-20, -12, -1]);
    expect(card.due).toBeGreaterThan(day);
    const onDay = recallProbability(card, day);
    // A target above the predicted recall on the day brings the card forward to when recall falls to it.
    const target = Math.min(0.99, onDay + 0.02);
    const due = planDue(card, day, target, NOW);
    expect(due).toBeLessThan(day);
    expect(recallProbability(card, due)).toBeCloseTo(target, 6);
    // At or below the predicted recall, the FSRS due date stands.
    expect(planDue(card, day, Math.max(0.5, onDay - 0.02), NOW)).toBe(card.due);
  });

  it('keeps FSRS due dates that fall before the day, and every card past the date or without a plan', () => {
    const early = reviewed([-3]);
    expect(planDue(early, day, 0.99, NOW)).toBe(early.due);
    const cards = new Map([['q', reviewed([-20, -12, -1])]]);
    expect(plannedCards(cards, null, NOW)).toBe(cards);
    expect(plannedCards(cards, plan('2026-11-29', 0.99), NOW)).toBe(cards);
    expect(plannedCards(cards, plan('2026-12-13', 0.99), NOW).get('q')!.due).toBeLessThan(cards.get('q')!.due);
  });

  it('in the last days, a card one good review lifts to the target is due now', () => {
    const soon = NOW + 3 * DAY_MS;
    const card = reviewed([-12, -11]);
    expect(recallProbability(card, soon)).toBeLessThan(0.9);
    expect(recallProbability(reviewCard(card, RATING.good, NOW).card, soon)).toBeGreaterThanOrEqual(0.9);
    expect(liftsToTarget(card, soon, 0.9, NOW)).toBe(true);
    expect(liftsToTarget(card, NOW + 20 * DAY_MS, 0.9, NOW)).toBe(false);
  });
});

describe('the projected workload', () => {
  const questions = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => question(id, index < 3 ? 'one' : 'two'));

  it('introduces every new question at least three days before the day, and predicts recall on the day', () => {
    const projection = projectPlan(questions, new Map(), plan('2026-12-10'), NOW);
    expect(projection.daysLeft).toBe(10);
    expect(projection.days.map((entry) => entry.date)).toEqual(Array.from({ length: 10 }, (_, index) => formatDay(NOW + index * DAY_MS)));
    const introduced = projection.days.reduce((sum, entry) => sum + entry.new, 0);
    expect(introduced).toBe(6);
    const lastNew = projection.days.findLastIndex((entry) => entry.new > 0);
    expect(lastNew).toBeLessThanOrEqual(10 - 3);
    // Each is answered again at least once after the day it is introduced.
    expect(projection.days.reduce((sum, entry) => sum + entry.reviews, 0)).toBeGreaterThanOrEqual(6);
    for (const topic of projection.topics) expect(topic.recallOnDay).toBeGreaterThan(0.8);
  });

  it('a daily cap leaves questions unintroduced, and their topics fall short', () => {
    const projection = projectPlan(questions, new Map(), plan('2026-12-03', 0.9, 2), NOW);
    expect(projection.perDay).toBe(1);
    for (const entry of projection.days) expect(entry.reviews + entry.new).toBeLessThanOrEqual(1);
    expect(projection.topics.some((topic) => topic.fallsShort)).toBe(true);
  });
});

describe('a simulated learner over 30 days (seeded)', () => {
  it('with the date, more questions reach the target on the day than with plain FSRS and the same number of reviews', () => {
    let plain = { predicted: 0, simulated: 0, reviews: 0 };
    let planned = { ...plain };
    for (const seed of [1, 2, 3, 4]) {
      const result = compareSchedules({ questions: 100, days: 30, perDay: 12, target: 0.9, seed });
      expect(result.planned.reviews).toBe(result.plain.reviews);
      plain = { predicted: plain.predicted + result.plain.predictedAtTarget, simulated: plain.simulated + result.plain.simulatedAtTarget, reviews: plain.reviews + result.plain.reviews };
      planned = { predicted: planned.predicted + result.planned.predictedAtTarget, simulated: planned.simulated + result.planned.simulatedAtTarget, reviews: planned.reviews + result.planned.reviews };
    }
    expect(planned.reviews).toBe(plain.reviews);
    expect(planned.predicted).toBeGreaterThan(plain.predicted);
    expect(planned.simulated).toBeGreaterThan(plain.simulated);
  });

  it('is reproducible: the same seed gives the same outcome', () => {
    const options = { questions: 40, days: 30, perDay: 6, target: 0.9, seed: 7 };
    expect(compareSchedules(options)).toEqual(compareSchedules(options));
  });
});
