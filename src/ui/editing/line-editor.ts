import type { Command } from '../keys/keymap.js';

/**
 * A one-line text field: the text and a cursor counted in code points, so that Greek
 * letters, subscripts and Chinese characters move as one position each.
 */
export interface LineState {
  chars: string[];
  cursor: number;
}

export const emptyLine: LineState = { chars: [], cursor: 0 };

export function lineFrom(text: string): LineState {
  const chars = Array.from(text);
  return { chars, cursor: chars.length };
}

export function lineText(state: LineState): string {
  return state.chars.join('');
}

/** Applies an editing command; commands that do not edit text leave the state as it is. */
export function editLine(state: LineState, command: Command): LineState {
  const { chars, cursor } = state;
  switch (command.name) {
    case 'type': {
      const typed = Array.from(command.text);
      return { chars: [...chars.slice(0, cursor), ...typed, ...chars.slice(cursor)], cursor: cursor + typed.length };
    }
    case 'backspace':
      if (cursor === 0) return state;
      return { chars: [...chars.slice(0, cursor - 1), ...chars.slice(cursor)], cursor: cursor - 1 };
    case 'left':
      return { chars, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { chars, cursor: Math.min(chars.length, cursor + 1) };
    case 'home':
      return { chars, cursor: 0 };
    case 'end':
      return { chars, cursor: chars.length };
    case 'clearLine':
      return emptyLine;
    default:
      return state;
  }
}
