// The top of a drill's first question as plain text, shown while the Ink interface loads.
import { headerLine } from './drill-header.js';
import { wrapText } from './wrap.js';

export interface FirstQuestionText {
  /** The header's left side (`focal-drill · numbers · numeric · ●●○`) and right side (`1/10   ⏱ 0s`). */
  headerLeft: string;
  headerRight: string;
  /** The line above the prompt (`due now: 3 · this session: 10`), if any. */
  lead?: string | undefined;
  prompt: string;
}

/**
 * The lines the Ink drill draws first for a question, down to its prompt: the header, the
 * rule, the lead line and the prompt, wrapped as the Ink screen wraps them (one cell of
 * padding each side). At most `rows − 1` lines, so that none has scrolled out of the
 * terminal's reach when Ink's first frame replaces them.
 */
export function firstQuestionLines(text: FirstQuestionText, columns: number, rows: number): string[] {
  const width = Math.max(1, columns - 2);
  const lines = [headerLine(text.headerLeft, text.headerRight, width), '─'.repeat(width), ...(text.lead ? wrapText(text.lead, width) : []), ...wrapText(text.prompt, width)];
  return lines.slice(0, Math.max(0, rows - 1)).map((line) => ` ${line}`);
}
