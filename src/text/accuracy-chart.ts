import asciichart from 'asciichart';
import type { DayCount } from '../core/schedule/progress.js';

/**
 * Accuracy of the recent days that have answers, oldest first, as an asciichart line on a
 * fixed 0–100 % axis (so a good week looks good). Days without answers are left out rather
 * than drawn as 0 %: not practising is not answering wrong. Null when there is nothing to draw.
 */
export function accuracyChart(history: readonly DayCount[], { height = 5, color = false } = {}): string | null {
  const series = history.filter((day) => day.attempts > 0).map((day) => (100 * day.correct) / day.attempts);
  if (series.length === 0) return null;
  // asciichart needs two points to draw a line; one day is drawn as a flat line.
  return asciichart.plot(series.length === 1 ? [series[0]!, series[0]!] : series, {
    min: 0,
    max: 100,
    height,
    format: (value) => `${Math.round(value)}%`.padStart(6),
    ...(color ? { colors: [asciichart.cyan] } : {}),
  });
}
