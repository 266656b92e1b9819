import type { Question } from '../bank/types.js';
import { recallProbability, type CardState } from './fsrs.js';

export interface TopicMastery {
  topic: string;
  /** Mean predicted recall now over the topic's questions, unseen ones counting 0: in [0, 1]. */
  mastery: number;
  questions: number;
  /** Questions answered at least once. */
  seen: number;
  /** Seen questions due for review now. */
  due: number;
}

/**
 * Mastery of each topic of `questions`: the mean FSRS probability of recall at `now`
 * over the topic's questions, a never-seen question counting 0. So 1 means "every question
 * of the topic would be recalled right now", and it decays between sessions as FSRS
 * predicts forgetting. Questions no longer in the bank do not count. Worst first; ties by name.
 */
export function topicMastery(questions: readonly Question[], cards: ReadonlyMap<string, CardState>, now: number): TopicMastery[] {
  const byTopic = new Map<string, { sum: number; questions: number; seen: number; due: number }>();
  for (const question of questions) {
    const card = cards.get(question.id);
    let entry = byTopic.get(question.topic);
    if (!entry) byTopic.set(question.topic, (entry = { sum: 0, questions: 0, seen: 0, due: 0 }));
    entry.sum += recallProbability(card, now);
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
