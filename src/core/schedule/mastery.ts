import type { Question } from '../bank/types.js';
import { DAY_MS } from './clock.js';
import { RATING, recallProbability, type CardState } from './fsrs.js';

export interface TopicMastery {
  topic: string;
  /** See questionMastery: the mean over the topic's questions, in [−1, 1]; 0 when none was answered. */
  mastery: number;
  questions: number;
  /** Questions answered at least once. */
  seen: number;
  /** Seen questions due for review now. */
  due: number;
}

/**
 * When mastery is measured: a time ahead of now (by default a week: what a learner will still
 * know next week), or a fixed date such as an interview's (recall now once it has passed).
 */
export type MasteryHorizon = { aheadMs: number } | { at: number };

export const DEFAULT_HORIZON: MasteryHorizon = { aheadMs: 7 * DAY_MS };

/** A wrong answer weighs against its question by half as much after each week. */
export const FAILURE_HALF_LIFE_MS = 7 * DAY_MS;

/** The moment whose recall mastery predicts. */
export function horizonTime(horizon: MasteryHorizon, now: number): number {
  return 'at' in horizon ? Math.max(now, horizon.at) : now + Math.max(0, horizon.aheadMs);
}

/**
 * One question's mastery: the FSRS probability of recalling it at the horizon, minus a
 * failure weight when its latest answer was wrong (rated Again): 1 when that answer was just
 * given, halving every FAILURE_HALF_LIFE_MS. Never answered: 0. So a right answer lifts its
 * topic, a wrong one lowers it below a topic never practised, several wrong answers lower it
 * further (each failure also shrinks the card's stability), and a recent failure weighs more
 * than an old one. In [−1, 1].
 */
export function questionMastery(card: CardState | undefined, now: number, at: number): number {
  if (!card || card.reps === 0) return 0;
  return recallProbability(card, at) - failureWeight(card, now);
}

/** The weight of a card's latest answer against it: see questionMastery. */
export function failureWeight(card: CardState, now: number): number {
  if (card.lastRating !== RATING.again || card.lastReview === null) return 0;
  return Math.pow(2, -Math.max(0, now - card.lastReview) / FAILURE_HALF_LIFE_MS);
}

/**
 * Mastery of each topic of `questions`: the mean of questionMastery over the topic's
 * questions, a never-seen question counting 0. Questions no longer in the bank do not count.
 * Worst first; ties by name.
 */
export function topicMastery(
  questions: readonly Question[],
  cards: ReadonlyMap<string, CardState>,
  now: number,
  horizon: MasteryHorizon = DEFAULT_HORIZON,
): TopicMastery[] {
  const at = horizonTime(horizon, now);
  const byTopic = new Map<string, { sum: number; questions: number; seen: number; due: number }>();
  for (const question of questions) {
    const card = cards.get(question.id);
    let entry = byTopic.get(question.topic);
    if (!entry) byTopic.set(question.topic, (entry = { sum: 0, questions: 0, seen: 0, due: 0 }));
    entry.sum += questionMastery(card, now, at);
    entry.questions += 1;
    if (card && card.reps > 0) {
      entry.seen += 1;
      if (card.due <= now) entry.due += 1;
    }
  }
  return [...byTopic]
    .map(([topic, entry]) => ({
      topic,
      mastery: entry.sum / entry.questions,
      questions: entry.questions,
      seen: entry.seen,
      due: entry.due,
    }))
    .sort(byWeakness);
}

export function byWeakness(a: TopicMastery, b: TopicMastery): number {
  return a.mastery - b.mastery || compareText(a.topic, b.topic);
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
