import { compareSchedules } from '../src/core/plan/simulate.js';
import type { Bench, BenchRow } from './harness.js';

/**
 * The interview plan against plain FSRS: a seeded simulated learner over 30 virtual days,
 * the same number of reviews a day under both schedules, counting the questions whose recall
 * on the interview day reaches the target (0.9), as predicted and as simulated. Passes when the
 * plan reaches the target for more questions on both counts (summed over four seeds).
 */
const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  for (const [questions, perDay] of [
    [100, 12],
    [60, 8],
  ] as const) {
    const totals = { plainPredicted: 0, planPredicted: 0, plainSimulated: 0, planSimulated: 0, reviews: 0 };
    for (const seed of [1, 2, 3, 4]) {
      const { plain, planned } = compareSchedules({ questions, days: 30, perDay, target: 0.9, seed });
      totals.plainPredicted += plain.predictedAtTarget;
      totals.planPredicted += planned.predictedAtTarget;
      totals.plainSimulated += plain.simulatedAtTarget;
      totals.planSimulated += planned.simulatedAtTarget;
      totals.reviews += planned.reviews;
    }
    const label = `${questions} questions, ${perDay}/day, 4 seeds (${totals.reviews} reviews each)`;
    rows.push(
      { name: `${label}: plain FSRS, predicted ≥ 0.9 on the day`, value: totals.plainPredicted, unit: 'questions' },
      { name: `${label}: with the date, predicted`, value: totals.planPredicted, unit: 'questions', target: `> ${totals.plainPredicted}`, pass: totals.planPredicted > totals.plainPredicted },
      { name: `${label}: plain FSRS, simulated ≥ 0.9 on the day`, value: totals.plainSimulated, unit: 'questions' },
      { name: `${label}: with the date, simulated`, value: totals.planSimulated, unit: 'questions', target: `> ${totals.plainSimulated}`, pass: totals.planSimulated > totals.plainSimulated },
    );
  }
  return rows;
};

export default bench;
