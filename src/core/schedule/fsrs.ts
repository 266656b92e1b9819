import { computeDecayFactor, fsrs, State, type Card, type Grade } from 'ts-fsrs';
import { DAY_MS } from './clock.js';

/** The four FSRS ratings: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type FsrsRating = 1 | 2 | 3 | 4;

/** FSRS learning state: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardStateName = 0 | 1 | 2 | 3;

/**
 * One question's memory state, in plain numbers (times in ms) so it stores and
 * serialises as is. Mirrors ts-fsrs's Card, plus the last rating given.
 */
export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: number | null;
  lastRating: FsrsRating | null;
}

/** The card as it stood before a review (ts-fsrs ReviewLog), kept for every rated attempt. */
export interface ReviewLogEntry {
  rating: FsrsRating;
  state: CardStateName;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: number;
}

// No fuzz: the same answers on the same clock always give the same schedule.
// Short-term learning steps stay on (1 min, 10 min), as in Anki.
const scheduler = fsrs({ enable_fuzz: false });
// The forgetting curve's constants, computed once: pickers evaluate it for thousands of cards.
const { decay: DECAY, factor: FACTOR } = computeDecayFactor([...scheduler.parameters.w]);

export function newCard(now: number): CardState {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: State.New as CardStateName,
    lastReview: null,
    lastRating: null,
  };
}

/**
 * Applies one rating at `now`: the card after it, and the log of the card before it.
 * A last review in the future (the clock was set back, or the card came from a machine whose
 * clock runs ahead) is taken as now: nothing was forgotten since, and FSRS refuses negative time.
 */
export function reviewCard(card: CardState, rating: FsrsRating, now: number): { card: CardState; log: ReviewLogEntry } {
  const current = card.lastReview !== null && card.lastReview > now ? { ...card, lastReview: now } : card;
  const result = scheduler.next(toFsrsCard(current), new Date(now), rating as Grade);
  const next = result.card;
  const log = result.log;
  return {
    card: {
      due: next.due.getTime(),
      stability: next.stability,
      difficulty: next.difficulty,
      elapsedDays: next.elapsed_days,
      scheduledDays: next.scheduled_days,
      learningSteps: next.learning_steps,
      reps: next.reps,
      lapses: next.lapses,
      state: next.state as CardStateName,
      lastReview: next.last_review ? next.last_review.getTime() : now,
      lastRating: rating,
    },
    log: {
      rating: log.rating as FsrsRating,
      state: log.state as CardStateName,
      due: log.due.getTime(),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      review: log.review.getTime(),
    },
  };
}

/**
 * Predicted probability of recall at `now`: the FSRS forgetting curve
 * R = (1 + factor·t/S)^decay (ts-fsrs's forgetting_curve, without its rounding), t in
 * fractional days since the last review. A card never reviewed has 0: nothing was learned yet.
 */
export function recallProbability(card: CardState | undefined, now: number): number {
  if (!card || card.state === State.New || card.lastReview === null || card.stability <= 0) return 0;
  return recallAt(card.lastReview, card.stability, now);
}

/**
 * The forgetting curve itself, for a card that has been reviewed (recallProbability says
 * which): the question picker keeps cards as columns of numbers and calls this directly.
 */
export function recallAt(lastReview: number, stability: number, now: number): number {
  const elapsedDays = Math.max(0, now - lastReview) / DAY_MS;
  return Math.pow(1 + (FACTOR * elapsedDays) / stability, DECAY);
}

/** When the forgetting curve of a card reviewed at `lastReview` falls to `recall` (in (0, 1)). */
export function timeRecallFallsTo(lastReview: number, stability: number, recall: number): number {
  return lastReview + ((stability / FACTOR) * (Math.pow(recall, 1 / DECAY) - 1)) * DAY_MS;
}

// With a negative decay and a positive factor the curve only falls, and ever more slowly.
const CURVE_FALLS_CONVEX = DECAY < 0 && FACTOR > 0;

/**
 * How fast recall falls at `now`, per ms, given `recall` = recallAt(lastReview, stability, now).
 * The curve is falling and convex (flat at 1 before the last review), so recall can never fall
 * faster than this at any later time: recall at now + Δ ≥ recall − rate·Δ. Infinity, which
 * bounds nothing, if the curve's constants were ever to make that untrue.
 */
export function recallFallRate(lastReview: number, stability: number, now: number, recall: number): number {
  if (!CURVE_FALLS_CONVEX) return Number.POSITIVE_INFINITY;
  const elapsedDays = Math.max(0, now - lastReview) / DAY_MS;
  // dR/dt = decay·(factor/S)·R / (1 + factor·t/S), t in days.
  return (-DECAY * FACTOR * recall) / (stability * (1 + (FACTOR * elapsedDays) / stability) * DAY_MS);
}

/** Due for review: seen at least once and its due time has come. */
export function isDue(card: CardState | undefined, now: number): boolean {
  return card !== undefined && card.state !== State.New && card.due <= now;
}

export const RATING = { again: 1, hard: 2, good: 3, easy: 4 } as const satisfies Record<string, FsrsRating>;

function toFsrsCard(card: CardState): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview === null ? undefined : new Date(card.lastReview),
  };
}
