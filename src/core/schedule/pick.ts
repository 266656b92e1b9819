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
  /** The bank after the session's topic and kind filters. */
  candidates: readonly Question[];
  cards: ReadonlyMap<string, CardState>;
  now: number;
  /** Already asked in this session. */
  asked: ReadonlySet<string>;
  /** The question asked just before, if any: never asked twice in a row. */
  previous?: Question;
  /** Topics of the questions asked so far, in order (for mixed mode's turns). */
  topicsAsked?: readonly string[];
  /** Tie-break rank of each candidate (a seeded shuffle), so equal keys still give a reproducible order. */
  tieRank: ReadonlyMap<string, number>;
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

/** The next question to ask, or undefined when the mode has nothing left. */
export function pickNext(mode: DrillMode, context: PickContext): Question | undefined {
  const open = context.candidates.filter((question) => !context.asked.has(question.id) && question.id !== context.previous?.id);
  switch (mode) {
    case 'due':
      return best(open.filter(due(context)), byDue(context));
    case 'new':
      return best(open.filter(unseen(context)), byDifficulty(context));
    case 'weak':
      return best(open, byWeakness(context));
    case 'mixed':
      return pickMixed(open, context);
  }
}

/** Due first, then weak (last rated Again or Hard), then new, then the rest; topics take turns. */
function pickMixed(open: readonly Question[], context: PickContext): Question | undefined {
  const pools: [Question[], () => Compare][] = [
    [open.filter(due(context)), () => byDue(context)],
    [open.filter(lapsed(context)), () => byWeakness(context)],
    [open.filter(unseen(context)), () => byDifficulty(context)],
    [[...open], () => byWeakness(context)],
  ];
  const lastAsked = new Map<string, number>();
  (context.topicsAsked ?? []).forEach((topic, index) => lastAsked.set(topic, index));
  const turn = (question: Question) => lastAsked.get(question.topic) ?? -1;
  for (const [pool, order] of pools) {
    if (pool.length === 0) continue;
    const compare = order();
    return best(pool, (a, b) => turn(a) - turn(b) || compare(a, b));
  }
  return undefined;
}

type Compare = (a: Question, b: Question) => number;

/** The smallest item by `compare` among those `accept`ed: one pass, no sort (banks can be large). */
function best(items: readonly Question[], compare: Compare): Question | undefined {
  let found: Question | undefined;
  for (const item of items) {
    if (found === undefined || compare(item, found) < 0) found = item;
  }
  return found;
}

function isNew(card: CardState | undefined): boolean {
  return card === undefined || card.reps === 0;
}

const due = (context: PickContext) => (question: Question) => isDue(context.cards.get(question.id), context.now);
const unseen = (context: PickContext) => (question: Question) => isNew(context.cards.get(question.id));
const lapsed = (context: PickContext) => (question: Question) => {
  const rating = context.cards.get(question.id)?.lastRating;
  return rating !== undefined && rating !== null && rating <= RATING.hard;
};

function tie(context: PickContext): Compare {
  return (a, b) => (context.tieRank.get(a.id) ?? 0) - (context.tieRank.get(b.id) ?? 0) || compareText(a.id, b.id);
}

/** Most overdue first. */
function byDue(context: PickContext): Compare {
  const then = tie(context);
  return (a, b) => context.cards.get(a.id)!.due - context.cards.get(b.id)!.due || then(a, b);
}

/** Easiest first. */
function byDifficulty(context: PickContext): Compare {
  const then = tie(context);
  return (a, b) => a.difficulty - b.difficulty || then(a, b);
}

/** Weakest topic first (mastery over all candidates), then least recalled, seen before unseen. */
function byWeakness(context: PickContext): Compare {
  const mastery = new Map(topicMastery(context.candidates, context.cards, context.now).map((entry) => [entry.topic, entry.mastery]));
  const recall = (question: Question) => recallProbability(context.cards.get(question.id), context.now);
  const unseenRank = (question: Question) => (isNew(context.cards.get(question.id)) ? 1 : 0);
  const then = tie(context);
  return (a, b) =>
    (mastery.get(a.topic) ?? 0) - (mastery.get(b.topic) ?? 0) ||
    compareText(a.topic, b.topic) ||
    recall(a) - recall(b) ||
    unseenRank(a) - unseenRank(b) ||
    then(a, b);
}
