import type { Command } from '../keys/keymap.js';
import { editLine, emptyLine, lineText, type LineState } from './line-editor.js';

/** The derivation editor: one step per line, a current row, each row a line editor. */
export interface StepsState {
  rows: LineState[];
  row: number;
}

export const emptySteps: StepsState = { rows: [emptyLine], row: 0 };

/** The learner's steps as the grader reads them: non-blank lines, one step each. */
export function stepsAnswer(state: StepsState): string {
  return state.rows
    .map(lineText)
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * Enter on an empty last line submits (as line mode ends a derivation with an empty line);
 * anywhere else it starts a new step.
 */
export function enterSubmits(state: StepsState): boolean {
  const current = state.rows[state.row];
  const isLast = state.row === state.rows.length - 1;
  return isLast && current !== undefined && lineText(current).trim() === '' && stepsAnswer(state) !== '';
}

export function editSteps(state: StepsState, command: Command): StepsState {
  const { rows, row } = state;
  const current = rows[row] ?? emptyLine;
  const withRow = (next: LineState, at = row): StepsState => ({ rows: rows.map((r, i) => (i === at ? next : r)), row: at });
  switch (command.name) {
    case 'newline': {
      const before = { chars: current.chars.slice(0, current.cursor), cursor: current.cursor };
      const after = { chars: current.chars.slice(current.cursor), cursor: 0 };
      return { rows: [...rows.slice(0, row), before, after, ...rows.slice(row + 1)], row: row + 1 };
    }
    case 'backspace': {
      if (current.cursor > 0 || row === 0) return withRow(editLine(current, command));
      // At the start of a line: join it to the step above.
      const above = rows[row - 1] ?? emptyLine;
      const joined = { chars: [...above.chars, ...current.chars], cursor: above.chars.length };
      return { rows: [...rows.slice(0, row - 1), joined, ...rows.slice(row + 1)], row: row - 1 };
    }
    case 'up':
    case 'down': {
      const target = command.name === 'up' ? row - 1 : row + 1;
      const to = rows[target];
      if (!to) return state;
      return withRow({ chars: to.chars, cursor: Math.min(current.cursor, to.chars.length) }, target);
    }
    default:
      return withRow(editLine(current, command));
  }
}

