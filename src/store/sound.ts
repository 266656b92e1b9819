import type { CardState } from '../core/schedule/fsrs.js';

/**
 * What a sound stored value looks like: import refuses anything else, and reading code skips
 * (with a warning) a row that is not, instead of failing on it for good.
 */

/** Times (ms since the epoch) focal-drill can have written: 2000-01-01 to 2200-01-01 UTC. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);
/** FSRS never schedules further than 100 years; stability is in days. */
export const MAX_STABILITY_DAYS = 36_500;
/** Days between reviews can span the whole time window. */
export const MAX_DAYS = (LATEST_TIME - EARLIEST_TIME) / 86_400_000;
export const MAX_DIFFICULTY = 10;
/** Ids of questions, attempts and sessions: letters, digits and _ . : - (UUIDs, pack ids). */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

export function isSoundTime(value: number | null): boolean {
  return value !== null && Number.isSafeInteger(value) && value >= EARLIEST_TIME && value <= LATEST_TIME;
}

const inRange = (value: number, low: number, high: number) => Number.isFinite(value) && value >= low && value <= high;

/** The first field of a card that no FSRS schedule could have produced, or null when it is sound. */
export function unsoundCardField(card: CardState): keyof CardState | null {
  if (!isSoundTime(card.due)) return 'due';
  if (card.lastReview !== null && !isSoundTime(card.lastReview)) return 'lastReview';
  if (!inRange(card.stability, 0, MAX_STABILITY_DAYS)) return 'stability';
  if (!inRange(card.difficulty, 0, MAX_DIFFICULTY)) return 'difficulty';
  if (!inRange(card.elapsedDays, 0, MAX_DAYS)) return 'elapsedDays';
  if (!inRange(card.scheduledDays, 0, MAX_DAYS)) return 'scheduledDays';
  if (!Number.isSafeInteger(card.learningSteps) || card.learningSteps < 0) return 'learningSteps';
  if (!Number.isSafeInteger(card.reps) || card.reps < 0) return 'reps';
  if (!Number.isSafeInteger(card.lapses) || card.lapses < 0) return 'lapses';
  if (!(card.state >= 0 && card.state <= 3 && Number.isInteger(card.state))) return 'state';
  if (card.lastRating !== null && !(card.lastRating >= 1 && card.lastRating <= 4 && Number.isInteger(card.lastRating))) return 'lastRating';
  return null;
}
