import type { Question } from '../bank/types.js';
import { isDue, type CardState } from '../schedule/fsrs.js';
import { compareText, DEFAULT_HORIZON, topicMastery, type MasteryHorizon } from '../schedule/mastery.js';
import type { AttemptRecord } from './store.js';

export interface TopicResult {
  topic: string;
  answered: number;
  correct: number;
  /** Mean score in [0, 1] (partial credit included). */
  score: number;
}

export interface SessionSummary {
  /** Questions answered (an invalid answer retried until readable counts once, as its final answer). */
  answered: number;
  correct: number;
  skipped: number;
  /** Answers the store refused and that could not be written by the end of the session. */
  unsaved: number;
  /** Mean score in [0, 1] over the answered questions; 0 when none. */
  score: number;
  perTopic: TopicResult[];
  /** The three lowest-mastery topics of the whole bank after this session. */
  weakest: { topic: string; mastery: number }[];
  due: {
    /** Cards due now (bank questions only). */
    now: number;
    /** When the next card not yet due falls due (ISO 8601), or null. */
    next: string | null;
  };
}

/** Sums a session's final answers and looks at what the schedule holds next. */
export function summarize(
  answers: readonly AttemptRecord[],
  skipped: number,
  bank: readonly Question[],
  cards: ReadonlyMap<string, CardState>,
  now: number,
  horizon: MasteryHorizon = DEFAULT_HORIZON,
): SessionSummary {
  const perTopic = new Map<string, TopicResult>();
  for (const answer of answers) {
    const entry = perTopic.get(answer.topic) ?? { topic: answer.topic, answered: 0, correct: 0, score: 0 };
    entry.answered += 1;
    entry.correct += answer.verdict === 'correct' ? 1 : 0;
    entry.score += answer.score;
    perTopic.set(answer.topic, entry);
  }
  const totalScore = answers.reduce((sum, answer) => sum + answer.score, 0);
  return {
    answered: answers.length,
    correct: answers.filter((answer) => answer.verdict === 'correct').length,
    skipped,
    unsaved: 0,
    score: answers.length === 0 ? 0 : totalScore / answers.length,
    perTopic: [...perTopic.values()]
      .map((entry) => ({ ...entry, score: entry.score / entry.answered }))
      .sort((a, b) => compareText(a.topic, b.topic)),
    weakest: topicMastery(bank, cards, now, horizon)
      .slice(0, 3)
      .map(({ topic, mastery }) => ({ topic, mastery })),
    due: dueOutlook(bank, cards, now),
  };
}

export function dueOutlook(bank: readonly Question[], cards: ReadonlyMap<string, CardState>, now: number): SessionSummary['due'] {
  let dueNow = 0;
  let next = Number.POSITIVE_INFINITY;
  for (const question of bank) {
    const card = cards.get(question.id);
    if (!card || card.reps === 0) continue;
    if (isDue(card, now)) dueNow += 1;
    else next = Math.min(next, card.due);
  }
  return { now: dueNow, next: Number.isFinite(next) ? new Date(next).toISOString() : null };
}
