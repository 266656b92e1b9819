import { InputError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { t } from '../core/words/index.js';
import { displayWidth } from './width.js';
import { styled, unstyled, type Style } from './style.js';
import { focalFromPt } from '../core/focal/pt.js';
import { formatNumber } from '../core/numbers.js';

/**
 * The paper's Figure 1 as plain text: FL(pₜ) = −α (1 − pₜ)^γ log pₜ against pₜ ∈ (0, 1], one
 * curve per γ, on a character grid. Each curve has its own marker character, so the legend
 * identifies the curves without colour too; colour (ANSI) is added on top when asked for.
 * A grid was chosen over asciichart because asciichart draws every series with the same
 * line characters (colour is its only distinction) and plots against sample index, not pₜ.
 */
export interface LossPlotOptions {
  gammas: readonly number[];
  /** Multiplies every curve (αₜ). Default 1. */
  alpha?: number;
  /** Total size of the figure in columns and lines, legend and labels included. */
  width: number;
  height: number;
  color?: boolean;
  /** Top of the y axis; the paper's figure shows 0..5. */
  yMax?: number;
  /** Language of the axis titles. Default English. */
  lang?: Lang;
}

export const PLOT_LIMITS = { minWidth: 30, maxWidth: 400, minHeight: 10, maxHeight: 200, maxCurves: 8 } as const;

/** One marker per curve, in the order of the γ list. */
export const CURVE_MARKERS = ['*', 'o', '+', 'x', '#', '@', '%', '&'] as const;

/** ANSI foreground colours, one per curve (blue, red, green, magenta, yellow, cyan, bright blue, bright red). */
const CURVE_COLORS: readonly Style[] = ['blue', 'red', 'green', 'magenta', 'yellow', 'cyan', 'blueBright', 'redBright'];

const X_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
const LEGEND_INDENT = '  ';
const LEGEND_GAP = '   ';
/** Fewest rows, x axis included, that still show a curve's shape. */
const MIN_PLOT_ROWS = 5;

/** A grid cell: the character and, for a marker, the curve it belongs to (for colour). */
interface Cell {
  char: string;
  curve?: number;
}

export function renderLossPlot(options: LossPlotOptions): string {
  const { gammas, alpha = 1, width, height, color = false, yMax = 5, lang = 'en' } = validate(options);
  const legend = legendLines(gammas, width);
  const rows = height - 3 - legend.length; // title, x tick labels, x title
  if (rows < MIN_PLOT_ROWS) {
    throw new InputError({ key: 'error.plot.noRoom', params: { height, width, need: height - rows + MIN_PLOT_ROWS } });
  }
  const ticks = niceTicks(yMax, rows);
  const labelWidth = Math.max(...ticks.map((tick) => formatNumber(tick, 6).length));
  const columns = width - labelWidth - 2; // label, space, axis
  const rowOf = (y: number) => Math.round((1 - y / yMax) * (rows - 1));

  const grid: Cell[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, () => ({ char: r === rows - 1 ? '─' : ' ' })),
  );
  for (const pt of X_TICKS.slice(1)) grid[rows - 1]![columnOf(pt, columns)] = { char: '┬' };
  // Draw the last curve first so that where curves share a cell the first listed stays visible.
  for (let curve = gammas.length - 1; curve >= 0; curve--) {
    drawCurve(grid, curve, (pt) => focalFromPt(pt, gammas[curve]!, alpha), rowOf);
  }

  const tickRows = new Map(ticks.map((tick) => [rowOf(tick), formatNumber(tick, 6)]));
  const lines = [titleLine(alpha, width, t(lang, 'plot.loss'))];
  grid.forEach((cells, r) => {
    const label = (tickRows.get(r) ?? '').padStart(labelWidth);
    const axis = r === rows - 1 ? '└' : tickRows.has(r) ? '┤' : '│';
    lines.push(`${label} ${axis}${paint(cells, color)}`);
  });
  lines.push(xTickLabels(columns, labelWidth + 1, width));
  const xTitle = t(lang, 'plot.xTitle');
  lines.push(centered(columns >= displayWidth(xTitle) ? xTitle : 'pₜ', labelWidth + 2, columns));
  for (const entries of legend) {
    const items = entries.map(({ curve, text }) => `${paint([{ char: CURVE_MARKERS[curve]!, curve }], color)} ${text}`);
    lines.push(LEGEND_INDENT + items.join(LEGEND_GAP));
  }
  return lines.map((line) => padVisible(line, width)).join('\n');
}

/** Cells as text; with colour, each run of one curve's markers gets one ANSI colour. */
function paint(cells: readonly Cell[], color: boolean): string {
  if (!color) return cells.map((cell) => cell.char).join('');
  let out = '';
  let run = '';
  let open: number | undefined;
  const flush = () => (out += open === undefined ? run : styled(CURVE_COLORS[open]!, run, true));
  for (const cell of cells) {
    if (cell.curve !== open) {
      flush();
      run = '';
      open = cell.curve;
    }
    run += cell.char;
  }
  flush();
  return out;
}

function validate(options: LossPlotOptions): LossPlotOptions {
  checkCurves(options);
  const { width, height, yMax = 5 } = options;
  if (!Number.isFinite(yMax) || yMax <= 0) throw new InputError({ key: 'error.plot.yMax', params: { value: yMax } });
  const { minWidth, maxWidth, minHeight, maxHeight } = PLOT_LIMITS;
  if (!Number.isInteger(width) || width < minWidth || width > maxWidth) {
    throw new InputError({ key: 'error.plot.width', params: { min: minWidth, max: maxWidth, value: width } });
  }
  if (!Number.isInteger(height) || height < minHeight || height > maxHeight) {
    throw new InputError({ key: 'error.plot.height', params: { min: minHeight, max: maxHeight, value: height } });
  }
  return options;
}

/** The curves the figure can show: 1 to 8 distinct γ ≥ 0, and α in (0, 1]. */
export function checkCurves({ gammas, alpha = 1 }: { gammas: readonly number[]; alpha?: number }): void {
  if (gammas.length === 0) throw new InputError({ key: 'error.plot.noGamma' });
  if (gammas.length > PLOT_LIMITS.maxCurves) {
    throw new InputError({ key: 'error.plot.maxCurves', params: { max: PLOT_LIMITS.maxCurves, n: gammas.length } });
  }
  gammas.forEach((gamma, i) => {
    if (!Number.isFinite(gamma) || gamma < 0) throw new InputError({ key: 'error.plot.gammaItem', params: { index: i + 1, value: gamma } });
    if (gammas.indexOf(gamma) !== i) throw new InputError({ key: 'error.plot.gammaTwice', params: { value: gamma } });
  });
  if (!Number.isFinite(alpha) || alpha <= 0 || alpha > 1) throw new InputError({ key: 'error.plot.alpha', params: { value: alpha } });
}

/** Column i shows pₜ = (i + 1)/columns, so the last column is pₜ = 1 and the axis itself is pₜ = 0. */
function columnOf(pt: number, columns: number): number {
  return Math.round(pt * columns) - 1;
}

/**
 * Marks the curve in every column, joining steep stretches with vertical runs so that it reads
 * as one line; values above the top of the axis are clipped (the curve enters from the top).
 */
function drawCurve(grid: Cell[][], curve: number, loss: (pt: number) => number, rowOf: (y: number) => number): void {
  const columns = grid[0]!.length;
  const marker: Cell = { char: CURVE_MARKERS[curve]!, curve };
  let previous: number | undefined;
  for (let i = 0; i < columns; i++) {
    const row = rowOf(loss((i + 1) / columns));
    if (row < 0) {
      previous = -1;
      continue;
    }
    const from = previous === undefined ? row : Math.min(previous + 1, row);
    for (let r = Math.max(from, 0); r <= row; r++) grid[r]![i] = marker;
    previous = row;
  }
}

/** The smallest step of 1, 2, 2.5 or 5 × 10ᵏ that leaves at least two rows between ticks. */
function niceTicks(yMax: number, rows: number): number[] {
  const intervals = Math.max(1, Math.floor((rows - 1) / 2));
  const raw = yMax / intervals;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12))!;
  const ticks: number[] = [];
  for (let k = 0; k * step <= yMax * (1 + 1e-12); k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

function titleLine(alpha: number, width: number, loss: string): string {
  const weight = alpha === 1 ? '' : `${formatNumber(alpha, 6)} `;
  const formula = `FL(pₜ) = −${weight}(1 − pₜ)^γ log pₜ`;
  const room = width - displayWidth(loss) - 2;
  return room >= formula.length ? `${loss}${' '.repeat(width - displayWidth(loss) - formula.length)}${formula}` : loss;
}

/** Tick values under their columns, skipping any that would collide with the previous one. */
function xTickLabels(columns: number, axisColumn: number, width: number): string {
  const line = Array.from({ length: width }, () => ' ');
  let free = 0;
  for (const pt of X_TICKS) {
    const text = formatNumber(pt, 6);
    const center = axisColumn + 1 + columnOf(pt, columns);
    const start = Math.min(Math.max(center - Math.floor((text.length - 1) / 2), free), width - text.length);
    if (start < free) continue;
    for (let k = 0; k < text.length; k++) line[start + k] = text[k]!;
    free = start + text.length + 1;
  }
  return line.join('');
}

interface LegendEntry {
  curve: number;
  text: string;
}

/** Legend entries "* γ = 0", laid out in as few lines as the width allows. */
function legendLines(gammas: readonly number[], width: number): LegendEntry[][] {
  const lines: LegendEntry[][] = [[]];
  let used = LEGEND_INDENT.length;
  gammas.forEach((gamma, curve) => {
    const entry = { curve, text: `γ = ${formatNumber(gamma, 6)}` };
    const size = entry.text.length + 2; // marker, space, text
    let current = lines.at(-1)!;
    if (current.length > 0 && used + LEGEND_GAP.length + size > width) {
      current = [];
      lines.push(current);
      used = LEGEND_INDENT.length;
    }
    used += (current.length > 0 ? LEGEND_GAP.length : 0) + size;
    current.push(entry);
  });
  return lines;
}

function centered(text: string, offset: number, span: number): string {
  return ' '.repeat(offset + Math.max(0, Math.floor((span - displayWidth(text)) / 2))) + text;
}

/** Pads (never cuts) a line to `width` visible columns, ignoring ANSI colour codes. */
function padVisible(line: string, width: number): string {
  const visible = displayWidth(unstyled(line));
  return line + ' '.repeat(Math.max(0, width - visible));
}
