import type { QuestionInstance } from '../core/bank/types.js';
import type { LossPlotOptions } from './loss-plot.js';

/** Topics whose questions are about the shape of the loss curve: the figure helps there. */
const CURVE_TOPICS = new Set(['limits']);

/** Rows a terminal needs before a figure fits under the feedback without scrolling it away. */
export const PLOT_MIN_ROWS = 36;

/**
 * The paper's Figure 1, small, for the feedback of questions about the curve's shape, or
 * null for other questions and for terminals too small to show it beside the feedback.
 */
export function plotFor(render: (options: LossPlotOptions) => string, color: boolean) {
  return (instance: QuestionInstance, size: { columns: number; rows: number }): string | null => {
    if (!CURVE_TOPICS.has(instance.question.topic) || size.rows < PLOT_MIN_ROWS) return null;
    return render({ gammas: [0, 0.5, 1, 2, 5], width: Math.min(72, size.columns - 2), height: 14, color });
  };
}
