import type { Question } from '../bank/types.js';
import type { CardState } from './fsrs.js';
import { DEFAULT_HORIZON, topicMastery, type MasteryHorizon } from './mastery.js';

/** Per-question counters as the store keeps them (invalid answers not counted). */
export interface QuestionTotals {
  questionId: string;
  attempts: number;
  correct: number;
  /** Sum of scores, partial credit included. */
  score: number;
}

export interface DayCount {
  /** Local calendar day, YYYY-MM-DD. */
  date: string;
  attempts: number;
  correct: number;
}

/** What the store knows about the whole history, gathered by src/store. */
export interface ProgressFacts {
  totals: readonly QuestionTotals[];
  sessions: number;
  /** Consecutive local days with at least one answer, ending today (or yesterday). */
  streakDays: number;
  /** The most recent days, oldest first. */
  history: readonly DayCount[];
  lastAttemptAt: number | null;
}

export interface TopicProgress {
  topic: string;
  attempts: number;
  correct: number;
  /** correct / attempts; 0 when there are no attempts. */
  accuracy: number;
  /** See topicMastery: mean predicted recall at the horizon less recent failures, unseen questions counting 0. */
  mastery: number;
  questions: number;
  seen: number;
  due: number;
}

export interface ProgressReport {
  /** Every graded answer ever given, questions since removed from their pack included. */
  attempts: number;
  correct: number;
  accuracy: number;
  /** Topics of the loaded bank, lowest mastery first. */
  topics: TopicProgress[];
  /** Bank questions due for review now. */
  due: number;
  /** When the next question not yet due falls due (ISO 8601), or null. */
  nextDue: string | null;
  /** Bank questions never answered. */
  unseen: number;
  streak: number;
  sessions: number;
  history: DayCount[];
  lastAttemptAt: string | null;
}

/** `focal stats` / `focal review`: the store's facts seen through the current bank at `now`. */
export function progressReport(
  questions: readonly Question[],
  cards: ReadonlyMap<string, CardState>,
  facts: ProgressFacts,
  now: number,
  horizon: MasteryHorizon = DEFAULT_HORIZON,
): ProgressReport {
  const totalsById = new Map(facts.totals.map((totals) => [totals.questionId, totals]));
  const perTopic = new Map<string, { attempts: number; correct: number }>();
  let due = 0;
  let unseen = 0;
  let nextDue = Number.POSITIVE_INFINITY;
  for (const question of questions) {
    const totals = totalsById.get(question.id);
    const entry = perTopic.get(question.topic) ?? { attempts: 0, correct: 0 };
    entry.attempts += totals?.attempts ?? 0;
    entry.correct += totals?.correct ?? 0;
    perTopic.set(question.topic, entry);
    const card = cards.get(question.id);
    if (!card || card.reps === 0) unseen += 1;
    else if (card.due <= now) due += 1;
    else nextDue = Math.min(nextDue, card.due);
  }
  const attempts = sum(facts.totals, (totals) => totals.attempts);
  const correct = sum(facts.totals, (totals) => totals.correct);
  return {
    attempts,
    correct,
    accuracy: ratio(correct, attempts),
    topics: topicMastery(questions, cards, now, horizon).map((mastery) => {
      const counts = perTopic.get(mastery.topic) ?? { attempts: 0, correct: 0 };
      return { topic: mastery.topic, ...counts, accuracy: ratio(counts.correct, counts.attempts), mastery: mastery.mastery, questions: mastery.questions, seen: mastery.seen, due: mastery.due };
    }),
    due,
    nextDue: Number.isFinite(nextDue) ? new Date(nextDue).toISOString() : null,
    unseen,
    streak: facts.streakDays,
    sessions: facts.sessions,
    history: [...facts.history],
    lastAttemptAt: facts.lastAttemptAt === null ? null : new Date(facts.lastAttemptAt).toISOString(),
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
