import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { CURVE_MARKERS, renderLossPlot } from '../../../src/text/loss-plot.js';

const DEFAULT_GAMMAS = [0, 0.5, 1, 2, 5];
const stripAnsi = (text: string) => text.replace(/\x1b\[\d+m/g, '');

/** The plot area: the lines between the title and the x tick labels, without the y labels and axis. */
function plotArea(text: string): string[] {
  const lines = text.split('\n');
  const axisRow = lines.findIndex((line) => line.includes('└'));
  return lines.slice(1, axisRow + 1).map((line) => line.slice(line.search(/[│┤└]/) + 1));
}

/** For each column, the topmost row holding `marker` (undefined when the column has none). */
function topRows(area: string[], marker: string): (number | undefined)[] {
  return Array.from({ length: area[0]!.length }, (_, column) => {
    const row = area.findIndex((line) => line[column] === marker);
    return row < 0 ? undefined : row;
  });
}

describe('renderLossPlot', () => {
  it('fills exactly width × height, for every size', () => {
    for (const [width, height] of [[72, 20], [30, 10], [31, 13], [100, 40], [400, 200]] as const) {
      const lines = renderLossPlot({ gammas: DEFAULT_GAMMAS, width, height }).split('\n');
      expect(lines).toHaveLength(height);
      for (const line of lines) expect(line).toHaveLength(width);
    }
  });

  it('has a legend naming each γ with its marker, and every curve is drawn with that marker', () => {
    for (const [width, height] of [[72, 20], [40, 14], [120, 30]] as const) {
      const text = renderLossPlot({ gammas: DEFAULT_GAMMAS, width, height });
      const area = plotArea(text).join('\n');
      DEFAULT_GAMMAS.forEach((gamma, i) => {
        expect(text).toContain(`${CURVE_MARKERS[i]} γ = ${gamma}`);
        expect(area, `marker of γ = ${gamma} at ${width}×${height}`).toContain(CURVE_MARKERS[i]);
      });
    }
  });

  it('has axes with tick labels: y from 0 to 5, pₜ from 0 to 1', () => {
    const lines = renderLossPlot({ gammas: [2], width: 72, height: 20 }).split('\n');
    expect(lines[0]).toMatch(/^loss\s+FL\(pₜ\) = −\(1 − pₜ\)\^γ log pₜ$/);
    expect(lines[1]).toMatch(/^5 ┤/);
    expect(lines.some((line) => /^0 └─/.test(line))).toBe(true);
    expect(lines.find((line) => /^\s+0\s+0\.2\s+0\.4\s+0\.6\s+0\.8\s+1\s*$/.test(line))).toBeDefined();
    expect(lines.join('\n')).toContain('pₜ (probability of the ground-truth class)');
  });

  it('takes the top of the y axis from yMax', () => {
    const lines = renderLossPlot({ gammas: [0], width: 60, height: 20, yMax: 10 }).split('\n');
    expect(lines[1]).toMatch(/^10 ┤/);
  });

  it('draws the γ = 0 curve (cross entropy) decreasing from left to right', () => {
    const area = plotArea(renderLossPlot({ gammas: [0], width: 72, height: 20 }));
    const rows = topRows(area, '*');
    expect(rows.every((row) => row !== undefined)).toBe(true); // continuous across the plot
    for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeGreaterThanOrEqual(rows[i - 1]!);
    expect(rows.at(-1)).toBe(area.length - 1); // CE(1) = 0: on the x axis
    expect(rows[0]!).toBeLessThan(area.length / 2); // CE(1/69) ≈ 4.2: near the top
  });

  it('puts larger γ below smaller γ (the modulating factor only ever shrinks the loss)', () => {
    const area = plotArea(renderLossPlot({ gammas: [0, 2], width: 72, height: 30 }));
    const ce = topRows(area, '*');
    const focal = topRows(area, 'o');
    let compared = 0;
    ce.forEach((row, column) => {
      if (row !== undefined && focal[column] !== undefined) {
        expect(focal[column]!).toBeGreaterThanOrEqual(row);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(10);
  });

  it('scales every curve by α', () => {
    const full = topRows(plotArea(renderLossPlot({ gammas: [0], width: 60, height: 24 })), '*');
    const quarterText = renderLossPlot({ gammas: [0], alpha: 0.25, width: 60, height: 24 });
    const quarter = topRows(plotArea(quarterText), '*');
    expect(quarterText.split('\n')[0]).toContain('−0.25 (1 − pₜ)^γ');
    // CE(1/57) ≈ 4.04 sits about 4/5 up the axis; a quarter of it about 1/5 up.
    const axis = plotArea(quarterText).length - 1;
    expect(axis - full[0]!).toBeGreaterThan(3 * (axis - quarter[0]!));
  });

  it('in colour gives each curve its own colour and otherwise draws the same picture', () => {
    const options = { gammas: DEFAULT_GAMMAS, width: 72, height: 20 };
    const colored = renderLossPlot({ ...options, color: true });
    expect(stripAnsi(colored)).toBe(renderLossPlot(options));
    const colours = new Set([...colored.matchAll(/\x1b\[(\d+)m/g)].map((m) => m[1]).filter((code) => code !== '39'));
    expect(colours.size).toBe(DEFAULT_GAMMAS.length);
    for (const line of colored.split('\n')) expect(stripAnsi(line)).toHaveLength(72);
  });

  it('rejects what it cannot draw with an InputError naming the problem', () => {
    const bad: [Parameters<typeof renderLossPlot>[0], RegExp][] = [
      [{ gammas: [], width: 72, height: 20 }, /at least one/],
      [{ gammas: [0, -1], width: 72, height: 20 }, /item 2 must be a number ≥ 0/],
      [{ gammas: [2, 2], width: 72, height: 20 }, /2 is listed twice/],
      [{ gammas: [0, 1, 2, 3, 4, 5, 6, 7, 8], width: 72, height: 20 }, /at most 8 curves/],
      [{ gammas: [2], width: 29, height: 20 }, /width must be .* from 30 to 400, got 29/],
      [{ gammas: [2], width: 72.5, height: 20 }, /width/],
      [{ gammas: [2], width: 72, height: 9 }, /height must be .* from 10 to 200, got 9/],
      [{ gammas: [2], width: 72, height: 201 }, /height/],
      [{ gammas: [2], alpha: 0, width: 72, height: 20 }, /alpha must be in \(0, 1\]/],
      [{ gammas: [2], width: 72, height: 20, yMax: 0 }, /yMax must be a number > 0/],
      [{ gammas: [0, 0.25, 0.5, 1, 1.5, 2, 3, 5], width: 30, height: 10 }, /height 10 leaves no room .* at least 1\d/],
    ];
    for (const [options, message] of bad) {
      expect(() => renderLossPlot(options)).toThrow(InputError);
      expect(() => renderLossPlot(options)).toThrow(message);
    }
  });
});
