import { seededRandom } from '../random.js';
import { DAY_MS } from '../schedule/clock.js';
import { newCard, RATING, recallAt, recallProbability, reviewCard, type CardState } from '../schedule/fsrs.js';
import { liftsToTarget, planDue } from './plan.js';

// A simulated learner, to check that planning for an interview date pays off: each question
// has its own true memory, which follows the FSRS forgetting curve with the learner's own
// stability (the model's stability times a per-question factor the scheduler does not know).
// The learner answers correctly with its true recall probability; the scheduler sees only the
// ratings (Good when right, Again when wrong), exactly as in the drill.

export interface SimulationOptions {
  questions: number;
  days: number;
  /** Questions answered every day, the same for both schedules. */
  perDay: number;
  target: number;
  seed: number;
}

export interface SimulationResult {
  /** Questions whose recall on the day, as the scheduler predicts it, reaches the target. */
  predictedAtTarget: number;
  /** Questions whose true (simulated) recall on the day reaches the target. */
  simulatedAtTarget: number;
  reviews: number;
}

interface Memory {
  card: CardState;
  /** The learner's stability over the model's: the learner's own forgetting curve. */
  factor: number;
  /** The learner's true last review and stability. */
  trueLast: number | null;
  trueStability: number;
}

const START = Date.UTC(2026, 0, 5, 9);

/** Runs the same learner (same seed) under plain FSRS and under the interview plan. */
export function compareSchedules(options: SimulationOptions): { plain: SimulationResult; planned: SimulationResult } {
  return { plain: simulate(options, false), planned: simulate(options, true) };
}

export function simulate(options: SimulationOptions, withPlan: boolean): SimulationResult {
  const random = seededRandom(options.seed);
  const day = START + options.days * DAY_MS;
  const memories: Memory[] = Array.from({ length: options.questions }, () => ({
    card: newCard(START),
    // Log-uniform between 0.5 and 2: some questions stick better than the model expects, some worse.
    factor: Math.pow(2, 2 * random() - 1),
    trueLast: null,
    trueStability: 0,
  }));
  const recallOnDay = (memory: Memory) => recallProbability(memory.card, day);
  let reviews = 0;
  for (let index = 0; index < options.days; index++) {
    const now = START + index * DAY_MS;
    const chosen = withPlan ? plannedChoice(memories, now, day, options, recallOnDay) : plainChoice(memories, now, options.perDay);
    for (const memory of chosen) {
      const recall = memory.trueLast === null ? 0 : recallAt(memory.trueLast, memory.trueStability, now);
      const right = random() < recall;
      memory.card = reviewCard(memory.card, right ? RATING.good : RATING.again, now).card;
      // The learner's memory follows the model's update, scaled by its own factor.
      memory.trueLast = now;
      memory.trueStability = Math.max(memory.card.stability * memory.factor, 0.01);
      reviews++;
    }
  }
  const predictedAtTarget = memories.filter((memory) => recallOnDay(memory) >= options.target).length;
  const simulatedAtTarget = memories.filter((memory) => memory.trueLast !== null && recallAt(memory.trueLast, memory.trueStability, day) >= options.target).length;
  return { predictedAtTarget, simulatedAtTarget, reviews };
}

const isNew = (memory: Memory) => memory.card.reps === 0;

/** Plain FSRS, as the drill's mixed mode: due (most overdue first), then new, then least recalled now. */
function plainChoice(memories: Memory[], now: number, perDay: number): Memory[] {
  const due = memories.filter((memory) => !isNew(memory) && memory.card.due <= now).sort((a, b) => a.card.due - b.card.due);
  const fresh = memories.filter(isNew);
  const rest = memories
    .filter((memory) => !isNew(memory) && memory.card.due > now)
    .sort((a, b) => recallProbability(a.card, now) - recallProbability(b.card, now));
  return [...due, ...fresh, ...rest].slice(0, perDay);
}

/**
 * With the interview date, as the drill's mixed mode sees plannedCards: questions one good
 * review lifts to the target on the day (in the last days), then what the plan makes due, then
 * new questions, then those still short of the target (closest first); questions already at
 * the target on the day last.
 */
function plannedChoice(memories: Memory[], now: number, day: number, options: SimulationOptions, recallOnDay: (memory: Memory) => number): Memory[] {
  const dueAt = (memory: Memory) => planDue(memory.card, day, options.target, now);
  const closest = (a: Memory, b: Memory) => recallOnDay(b) - recallOnDay(a);
  const seen = memories.filter((memory) => !isNew(memory));
  const lifted = seen.filter((memory) => liftsToTarget(memory.card, day, options.target, now)).sort(closest);
  const others = seen.filter((memory) => !lifted.includes(memory));
  const due = others.filter((memory) => dueAt(memory) <= now).sort((a, b) => dueAt(a) - dueAt(b));
  const short = others.filter((memory) => dueAt(memory) > now && recallOnDay(memory) < options.target).sort(closest);
  const reached = others.filter((memory) => dueAt(memory) > now && recallOnDay(memory) >= options.target).sort((a, b) => recallOnDay(a) - recallOnDay(b));
  return [...lifted, ...due, ...memories.filter(isNew), ...short, ...reached].slice(0, options.perDay);
}
