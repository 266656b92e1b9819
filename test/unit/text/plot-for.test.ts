import { describe, expect, it } from 'vitest';
import { PLOT_MIN_ROWS, plotFor } from '../../../src/text/plot-for.js';
import { renderLossPlot } from '../../../src/text/loss-plot.js';
import { instanceOf, multiple, numeric } from '../../ui/fixtures.js';

describe('the figure in the feedback', () => {
  const plot = plotFor(renderLossPlot, false);

  it('is the paper’s Figure 1 for questions on limiting behaviour, sized to the terminal', () => {
    const figure = plot(instanceOf(multiple), { columns: 100, rows: PLOT_MIN_ROWS });
    expect(figure).toBe(renderLossPlot({ gammas: [0, 0.5, 1, 2, 5], width: 72, height: 14, color: false }));
    expect(plot(instanceOf(multiple), { columns: 60, rows: 40 })!.split('\n').every((line) => line.length <= 58)).toBe(true);
  });

  it('is left out for other topics and on terminals too short to show it beside the feedback', () => {
    expect(plot(instanceOf(numeric), { columns: 100, rows: 50 })).toBeNull();
    expect(plot(instanceOf(multiple), { columns: 100, rows: PLOT_MIN_ROWS - 1 })).toBeNull();
  });
});
