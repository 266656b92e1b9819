import type { Command } from '../../keys/keymap.js';

export interface CodeReviewState {
  /** 0-based index of the line under the cursor. */
  cursor: number;
  /** Picked line numbers (1-based, as the learner sees them), ascending. */
  picked: number[];
  /** Digits typed so far to jump to a line ("4", then "41"). */
  digits: string;
}

export const initialCodeReview: CodeReviewState = { cursor: 0, picked: [], digits: '' };

const PAGE = 10;

export function codeReviewReducer(lineCount: number) {
  const clamp = (index: number) => Math.max(0, Math.min(lineCount - 1, index));
  return (state: CodeReviewState, command: Command): CodeReviewState => {
    const move = (cursor: number): CodeReviewState => ({ ...state, cursor: clamp(cursor), digits: '' });
    switch (command.name) {
      case 'up':
        return move(state.cursor - 1);
      case 'down':
        return move(state.cursor + 1);
      case 'pageUp':
        return move(state.cursor - PAGE);
      case 'pageDown':
        return move(state.cursor + PAGE);
      case 'toggle': {
        const line = state.cursor + 1;
        const picked = state.picked.includes(line)
          ? state.picked.filter((l) => l !== line)
          : [...state.picked, line].sort((a, b) => a - b);
        return { ...state, picked, digits: '' };
      }
      case 'backspace':
        return jumpTo(state, state.digits.slice(0, -1), lineCount);
      case 'type': {
        if (!/^\d+$/.test(command.text)) return state;
        // Keep extending the number while it can still name a line; otherwise start over.
        const extended = state.digits + command.text;
        const digits = Number(extended) <= lineCount ? extended : command.text;
        return jumpTo(state, digits, lineCount);
      }
      default:
        return state;
    }
  };
}

function jumpTo(state: CodeReviewState, digits: string, lineCount: number): CodeReviewState {
  const line = Number(digits);
  const cursor = digits !== '' && line >= 1 && line <= lineCount ? line - 1 : state.cursor;
  return { ...state, digits, cursor };
}

/** The answer in the line-protocol form: `41,44`. */
export function codeReviewAnswer(state: CodeReviewState): string {
  return state.picked.join(',');
}

/** The first line of a window of `height` lines that keeps the cursor in view, centred when it can. */
export function windowStart(cursor: number, total: number, height: number): number {
  if (total <= height) return 0;
  return Math.max(0, Math.min(total - height, cursor - Math.floor(height / 2)));
}
