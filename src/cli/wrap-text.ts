// Plain-text wrapping for the command line's output, on the one wrapping function (src/text/wrap.ts).
import { wrapText as wrapLines } from '../text/wrap.js';
import type { Output } from './output.js';

/** Wrap only on a terminal (at most 100 columns): piped output keeps one line per paragraph for grep and scripts. */
export function terminalWidth(output: Output): number | undefined {
  return output.columns === undefined ? undefined : Math.min(100, output.columns);
}

/**
 * Wraps each line of `text` to `width` cells (never narrower than 20) with `indent` before
 * every line; with no width (not a terminal) the lines are only indented.
 */
export function wrapText(text: string, width: number | undefined, indent = ''): string {
  const lines = width === undefined ? text.split('\n') : wrapLines(text, Math.max(20, width - indent.length));
  return lines.map((line) => indent + line).join('\n');
}
