/**
 * The question picker as it was before sessions kept a Picker: a straight reading of the rules
 * in DRILL_MODES over the cards map, recomputing topic mastery with topicMastery on every pick.
 * Kept as the reference the picker must agree with, pick for pick.
 */
import type { Question } from '../../../src/core/bank/types.js';
import { isDue, RATING, type CardState } from '../../../src/core/schedule/fsrs.js';
import { compareText, horizonTime, DEFAULT_HORIZON, questionMastery, topicMastery } from '../../../src/core/schedule/mastery.js';
import type { DrillMode, PickContext } from '../../../src/core/schedule/pick.js';

type Pool = 'due' | 'lapsed' | 'unseen' | 'any';

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

export function referencePick(mode: DrillMode, context: PickContext): Question | undefined {
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

  const order = pool === 'lapsed' || pool === 'any' ? 'recall' : pool === 'due' ? 'due' : 'difficulty';
  const topicRank = topicRanks(mode, context, order === 'recall');
  let best: Question | undefined;
  let bestCard: CardState | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  const masteryOf = (card: CardState | undefined) => questionMastery(card, now, horizonTime(DEFAULT_HORIZON, now));
  for (const question of candidates) {
    const rank = topicRank(question.topic);
    if (rank > bestRank || !isOpen(question)) continue;
    const card = cards.get(question.id);
    if (!inPool(pool, card, now)) continue;
    if (best !== undefined && rank === bestRank) {
      const difference =
        order === 'due'
          ? card!.due - bestCard!.due
          : order === 'difficulty'
            ? question.difficulty - best.difficulty
            : masteryOf(card) - masteryOf(bestCard) || Number(isNew(card)) - Number(isNew(bestCard));
      if (difference >= 0) continue;
    }
    best = question;
    bestCard = card;
    bestRank = rank;
  }
  return best;
}

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
