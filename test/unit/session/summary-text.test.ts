import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/cli/line-mode/render.js';
import type { SessionSummary } from '../../../src/core/session/summary.js';
import { dueIn } from '../../../src/text/due-in.js';
import { T0 } from '../schedule/fixtures.js';

const summary = (correct: number, answered: number, score: number, next: string | null = null): SessionSummary => ({
  answered,
  correct,
  skipped: 0,
  unsaved: 0,
  score,
  perTopic: [],
  weakest: [],
  due: { now: 0, next },
});

describe('the session summary says each number once, labelled', () => {
  it.each([
    [4, 9, 0.5, 'correct 4/9 (44%) · mean score 50%'],
    [3, 3, 0.89, 'correct 3/3 (100%) · mean score 89%'],
    [0, 1, 0.67, 'correct 0/1 (0%) · mean score 67%'],
  ])('%i of %i right, mean score %f', (correct, answered, score, line) => {
    const text = renderSummary(summary(correct, answered, score), 'en', (topic) => topic, T0);
    expect(text).toContain(line);
    // No unlabelled "n/m (p%)" pairing a count with a different quantity.
    expect(text).not.toMatch(/score \d+\/\d+/);
  });

  it('a card due in less than a minute is "in 1 min", never "in 0 min"', () => {
    expect(dueIn(new Date(T0 + 20_000).toISOString(), T0)).toEqual({ unit: 'minutes', n: 1 });
    expect(dueIn(new Date(T0 + 10 * 60_000 - 500).toISOString(), T0)).toEqual({ unit: 'minutes', n: 10 });
    const text = renderSummary(summary(1, 1, 1, new Date(T0 + 1_000).toISOString()), 'en', (topic) => topic, T0);
    expect(text).not.toContain('in 0 min');
    expect(text).toContain('in 1 min');
  });
});
