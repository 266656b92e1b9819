import type { Question } from '../bank/types.js';
import { isDue, RATING, recallProbability, type CardState } from './fsrs.js';
import { compareText, topicMastery } from './mastery.js';

/**
 * How a session chooses its questions:
 * - `due`: questions FSRS says are due now, most overdue first;
 * - `weak`: questions of the lowest-mastery topics first, least recalled first within a topic;
 * - `new`: questions never answered, easiest first;
 * - `mixed`: due first, then weak (last rated Again or Hard), then new, then the rest by
 *   lowest recall; within each, topics take turns (the topic asked longest ago goes first).
 * A session never asks a question twice (an invalid answer is re-asked, which is not a new pick).
 */
export const DRILL_MODES = ['mixed', 'due', 'weak', 'new'] as const;
export type DrillMode = (typeof DRILL_MODES)[number];

export interface PickContext {
  /**
   * The bank after the session's topic and kind filters, in the session's seeded order:
   * among questions that rank equal, the earlier one is asked first, so a seed fixes the order.
   */
  candidates: readonly Question[];
  cards: ReadonlyMap<string, CardState>;
  now: number;
  /** Already asked in this session. */
  asked: ReadonlySet<string>;
  /** The question asked just before, if any: never asked twice in a row. */
  previous?: Question;
  /** Topics of the questions asked so far, in order (for mixed mode's turns). */
  topicsAsked?: readonly string[];
}

/** How many questions a session of `count` can ask in this mode at the start. */
export function plannedTotal(mode: DrillMode, candidates: readonly Question[], cards: ReadonlyMap<string, CardState>, now: number, count: number): number {
  const available =
    mode === 'due'
      ? candidates.filter((question) => isDue(cards.get(question.id), now)).length
      : mode === 'new'
        ? candidates.filter((question) => isNew(cards.get(question.id))).length
        : candidates.length;
  return Math.max(0, Math.min(count, available));
}

/** The groups a question can be picked from, by what its card says. */
type Pool = 'due' | 'lapsed' | 'unseen' | 'any';

/** Each mode's pools, in priority order: a question comes from the first pool that has one. */
const POOLS: Record<DrillMode, readonly Pool[]> = {
  due: ['due'],
  new: ['unseen'],
  weak: ['any'],
  mixed: ['due', 'lapsed', 'unseen', 'any'],
};

function inPool(pool: Pool, card: CardState | undefined, now: number): boolean {
  switch (pool) {
    case 'due':
      return isDue(card, now);
    case 'lapsed':
      return card?.lastRating != null && card.lastRating <= RATING.hard;
    case 'unseen':
      return isNew(card);
    case 'any':
      return true;
  }
}

/** How questions of one topic rank compare within the pool. */
type Order = 'due' | 'difficulty' | 'recall';

/**
 * The next question to ask, or undefined when the mode has nothing left. Two passes over the
 * candidates, with no sorting and no allocation per candidate (a bank can hold thousands of
 * questions, and a garbage-collector pause is felt as a slow pick): the first finds the best
 * pool that has a question, the second the best question in it. Among equals the earlier
 * candidate wins.
 */
export function pickNext(mode: DrillMode, context: PickContext): Question | undefined {
  const { candidates, cards, now } = context;
  const isOpen = (question: Question) => !context.asked.has(question.id) && question.id !== context.previous?.id;
  const pools = POOLS[mode];
  let poolIndex = pools.length;
  for (const question of candidates) {
    if (!isOpen(question)) continue;
    const card = cards.get(question.id);
    for (let index = 0; index < poolIndex; index++) {
      if (inPool(pools[index]!, card, now)) {
        poolIndex = index;
        break;
      }
    }
    if (poolIndex === 0) break;
  }
  const pool = pools[poolIndex];
  if (pool === undefined) return undefined;

  const order: Order = pool === 'lapsed' || pool === 'any' ? 'recall' : pool === 'due' ? 'due' : 'difficulty';
  const topicRank = topicRanks(mode, context, order === 'recall');
  let best: Question | undefined;
  let bestCard: CardState | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  let bestRecall = Number.NaN;
  for (const question of candidates) {
    const rank = topicRank(question.topic);
    if (rank > bestRank || !isOpen(question)) continue;
    const card = cards.get(question.id);
    if (!inPool(pool, card, now)) continue;
    let recall = Number.NaN;
    if (best !== undefined && rank === bestRank) {
      let difference: number;
      if (order === 'due') difference = card!.due - bestCard!.due;
      else if (order === 'difficulty') difference = question.difficulty - best.difficulty;
      else {
        // Least recalled first, seen before unseen; recall is computed only this far down.
        recall = recallProbability(card, now);
        if (Number.isNaN(bestRecall)) bestRecall = recallProbability(bestCard, now);
        difference = recall - bestRecall || Number(isNew(card)) - Number(isNew(bestCard));
      }
      if (difference >= 0) continue;
    }
    best = question;
    bestCard = card;
    bestRank = rank;
    bestRecall = recall;
  }
  return best;
}

/**
 * How topics rank before anything else: by turn in mixed mode (the topic asked longest ago
 * first), then, in the weakness order, by mastery over all candidates (weakest first).
 */
function topicRanks(mode: DrillMode, context: PickContext, byWeakness: boolean): (topic: string) => number {
  const turn = new Map<string, number>();
  if (mode === 'mixed') (context.topicsAsked ?? []).forEach((topic, index) => turn.set(topic, index));
  const turnOf = (topic: string) => turn.get(topic) ?? -1;
  if (!byWeakness) return turnOf;
  const ranked = topicMastery(context.candidates, context.cards, context.now)
    .sort((a, b) => turnOf(a.topic) - turnOf(b.topic) || a.mastery - b.mastery || compareText(a.topic, b.topic))
    .map((entry) => entry.topic);
  const rank = new Map(ranked.map((topic, index) => [topic, index]));
  return (topic) => rank.get(topic)!;
}

function isNew(card: CardState | undefined): boolean {
  return card === undefined || card.reps === 0;
}
