import type { Question } from '../bank/types.js';
import { InputError } from '../errors.js';
import { DAY_MS } from '../schedule/clock.js';
import { newCard, RATING, recallProbability, reviewCard, timeRecallFallsTo, type CardState } from '../schedule/fsrs.js';
import { compareText, DEFAULT_HORIZON, type MasteryHorizon } from '../schedule/mastery.js';

/** The interview the schedule aims at (stored in the progress database). */
export interface InterviewPlan {
  /** The day, `YYYY-MM-DD`, in local time. */
  interview: string;
  /** The recall each question should have on the day. */
  target: number;
  /** The most minutes a day of drilling, or null for no cap. */
  minutesPerDay: number | null;
}

export const DEFAULT_TARGET = 0.9;
/** What one question takes on average, to turn a daily cap in minutes into questions. */
export const MINUTES_PER_QUESTION = 1.5;
/** A new question is introduced at least this many days before the interview, so it is answered at least twice more. */
export const NEW_LEAD_DAYS = 2;
/** In the last days before the interview, questions one good review lifts to the target on the day come first. */
export const FINAL_DAYS = 5;
/** Days the workload is projected at most (a far-away date is planned for its next year). */
const MAX_PROJECTED_DAYS = 366;

/** `2026-12-13` → local midnight of that day, in ms; an InputError for anything else. */
export function parseDay(text: string, field = '--interview'): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const time = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : Number.NaN;
  const back = Number.isFinite(time) ? formatDay(time) : '';
  if (!match || back !== text.trim()) throw new InputError({ key: 'error.notADate', params: { field, text } });
  return time;
}

/** Local date of `time` as `YYYY-MM-DD`. */
export function formatDay(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Local midnight of the day `time` falls on. */
export function startOfDay(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Whole days from today to the interview day (0 on the day itself, negative after it). */
export function daysLeft(plan: InterviewPlan, now: number): number {
  return Math.round((parseDay(plan.interview) - startOfDay(now)) / DAY_MS);
}

/** The moment recall "on the day" is predicted for: the start of the interview day. */
export function interviewTime(plan: InterviewPlan): number {
  return parseDay(plan.interview);
}

/** Before the interview day the schedule aims at it; on and after it (or with no plan) it is plain FSRS. */
export function planActive(plan: InterviewPlan | null, now: number): plan is InterviewPlan {
  return plan !== null && now < interviewTime(plan);
}

/**
 * When `stats`, `review`, the drill and the mock interview measure mastery: on the interview
 * day while a plan is active (what the learner will know then), else the default week ahead.
 */
export function planMasteryHorizon(plan: InterviewPlan | null, now: number): MasteryHorizon {
  return planActive(plan, now) ? { at: interviewTime(plan) } : DEFAULT_HORIZON;
}

/**
 * When a card should next be reviewed with the interview in view. A card whose FSRS due date
 * falls after the interview, but whose predicted recall on the day is below the target, is
 * brought forward to when its recall falls to the target (now at the earliest); every other
 * card keeps its FSRS due date.
 */
export function planDue(card: CardState, day: number, target: number, now: number): number {
  if (card.lastReview === null || card.stability <= 0 || card.reps === 0 || card.due <= day) return card.due;
  if (recallProbability(card, day) >= target) return card.due;
  return Math.max(now, Math.min(card.due, timeRecallFallsTo(card.lastReview, card.stability, target)));
}

/**
 * A question below the target on the day that one good review now would lift to it: in the
 * last FINAL_DAYS such reviews are the best use of the time left.
 */
export function liftsToTarget(card: CardState, day: number, target: number, now: number): boolean {
  if (card.reps === 0 || day - now > FINAL_DAYS * DAY_MS || recallProbability(card, day) >= target) return false;
  return recallProbability(reviewCard(card, RATING.good, now).card, day) >= target;
}

/**
 * The cards as the drill should see them while a plan is active: due dates brought forward
 * (planDue), and in the last days every question one good review lifts to the target is due.
 */
export function plannedCards(cards: ReadonlyMap<string, CardState>, plan: InterviewPlan | null, now: number): ReadonlyMap<string, CardState> {
  if (!planActive(plan, now)) return cards;
  const out = new Map<string, CardState>();
  const day = interviewTime(plan);
  for (const [id, card] of cards) {
    const due = liftsToTarget(card, day, plan.target, now) ? Math.min(card.due, now) : planDue(card, day, plan.target, now);
    out.set(id, due === card.due ? card : { ...card, due });
  }
  return out;
}

export interface PlanDay {
  date: string;
  reviews: number;
  new: number;
}

export interface PlanTopic {
  topic: string;
  /** Mean predicted recall on the interview day over the topic's questions (never introduced: 0). */
  recallOnDay: number;
  /** Below the target on the day with this workload. */
  fallsShort: boolean;
}

export interface PlanProjection {
  interview: string;
  daysLeft: number;
  target: number;
  minutesPerDay: number | null;
  /** Questions a day the minutes allow (null: no cap). */
  perDay: number | null;
  topics: PlanTopic[];
  days: PlanDay[];
}

/**
 * The workload until the interview if every question asked is answered well (rated Good):
 * each day the questions the plan makes due (least recalled on the day first), then new
 * questions, spread so that each is introduced at least NEW_LEAD_DAYS days before the day,
 * within the daily cap. Then each topic's predicted recall on the day. Pure: the cards given
 * are not changed.
 */
export function projectPlan(questions: readonly Question[], cards: ReadonlyMap<string, CardState>, plan: InterviewPlan, now: number): PlanProjection {
  const left = daysLeft(plan, now);
  const day = interviewTime(plan);
  const perDay = plan.minutesPerDay === null ? null : Math.max(1, Math.floor(plan.minutesPerDay / MINUTES_PER_QUESTION));
  const state = new Map(cards);
  const unseen = [...questions].filter((question) => !seen(state.get(question.id))).sort((a, b) => a.difficulty - b.difficulty || compareText(a.id, b.id));
  const days: PlanDay[] = [];
  const projected = Math.min(left, MAX_PROJECTED_DAYS);
  for (let index = 0; index < projected; index++) {
    const at = Math.max(now, startOfDay(now) + index * DAY_MS);
    const endOfDay = startOfDay(now) + (index + 1) * DAY_MS;
    const due = questions
      .filter((question) => {
        const card = state.get(question.id);
        return seen(card) && planDue(card!, day, plan.target, at) < endOfDay;
      })
      .sort((a, b) => recallProbability(state.get(a.id), day) - recallProbability(state.get(b.id), day) || compareText(a.id, b.id));
    const reviews = perDay === null ? due : due.slice(0, perDay);
    for (const question of reviews) state.set(question.id, reviewCard(state.get(question.id)!, RATING.good, at).card);
    const introDaysLeft = Math.max(1, left - NEW_LEAD_DAYS - index);
    const quota = Math.ceil(unseen.length / introDaysLeft);
    const room = perDay === null ? quota : Math.max(0, Math.min(quota, perDay - reviews.length));
    const introduced = unseen.splice(0, room);
    for (const question of introduced) state.set(question.id, reviewCard(newCard(at), RATING.good, at).card);
    days.push({ date: formatDay(at), reviews: reviews.length, new: introduced.length });
  }
  const byTopic = new Map<string, { sum: number; count: number }>();
  for (const question of questions) {
    const entry = byTopic.get(question.topic) ?? { sum: 0, count: 0 };
    entry.sum += left > 0 ? recallProbability(state.get(question.id), day) : recallProbability(cards.get(question.id), now);
    entry.count += 1;
    byTopic.set(question.topic, entry);
  }
  const topics = [...byTopic]
    .map(([topic, { sum, count }]) => ({ topic, recallOnDay: sum / count, fallsShort: sum / count < plan.target }))
    .sort((a, b) => a.recallOnDay - b.recallOnDay || compareText(a.topic, b.topic));
  return { interview: plan.interview, daysLeft: left, target: plan.target, minutesPerDay: plan.minutesPerDay, perDay, topics, days };
}

function seen(card: CardState | undefined): boolean {
  return card !== undefined && card.reps > 0 && card.lastReview !== null;
}

