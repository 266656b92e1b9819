// The drill's header line, composed once for the Ink header and the plain first frame.
import type { Difficulty } from '../core/bank/types.js';
import type { Lang } from '../core/i18n.js';
import { QUICK_SECONDS } from '../core/schedule/rating.js';
import { t } from '../core/words/index.js';
import { SHORT_TERMINAL_ROWS } from './layout.js';
import { displayWidth } from './width.js';

/**
 * The time on a question: `⏱ 12s (≤ 30s: Easy)` while a correct answer still rates Easy
 * (`easyPossible`: no hint taken; and within the difficulty's limit), else `⏱ 12s`.
 */
export function headerClock(lang: Lang, seconds: number, difficulty: Difficulty, easyPossible: boolean): string {
  const limit = QUICK_SECONDS[difficulty];
  return easyPossible && seconds <= limit ? t(lang, 'header.clockEasy', { seconds, limit }) : t(lang, 'header.clock', { seconds });
}

/** The first question says how many are due, where the terminal has a row for it. */
export function showsDueLine(position: number, rows: number): boolean {
  return position === 1 && rows >= SHORT_TERMINAL_ROWS;
}

/** `numbers · numeric · ●●○`; the code-review topic asks code-review questions, so it is named once. */
export function headerAbout(topic: string, kindName: string, difficulty: Difficulty): string {
  const dots = '●'.repeat(difficulty) + '○'.repeat(3 - difficulty);
  return `${topic === kindName ? topic : `${topic} · ${kindName}`} · ${dots}`;
}

/** `3/10   streak 2   ⏱ 4s`: the header's right side, from the parts that are there. */
export function headerRight(parts: readonly (string | null | undefined)[]): string {
  return parts.filter(Boolean).join('   ');
}

/**
 * The header as one plain line `width` cells wide, laid out as the Ink header is: `left` cut
 * with … where it would come closer than two cells to `right`, and `right` at the end.
 */
export function headerLine(left: string, right: string, width: number): string {
  const rightWidth = displayWidth(right);
  const room = Math.max(0, width - rightWidth - (right ? 2 : 0));
  const shown = displayWidth(left) <= room ? left : cut(left, room);
  return shown + ' '.repeat(Math.max(right ? 2 : 0, width - rightWidth - displayWidth(shown))) + right;
}

function cut(text: string, width: number): string {
  if (width <= 0) return '';
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}
