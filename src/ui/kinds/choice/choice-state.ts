import type { Command } from '../../keys/keymap.js';

/** Options are lettered a, b, c… in the order written (docs/question-format.md). */
export const letterOf = (index: number): string => String.fromCharCode(97 + index);

export interface ChoiceState {
  /** Index of the option under the cursor. */
  cursor: number;
  /** Indices of the picked options, in ascending order. */
  picked: number[];
}

export const initialChoice: ChoiceState = { cursor: 0, picked: [] };

export function choiceReducer(count: number, multiple: boolean) {
  const toggle = (picked: number[], index: number): number[] =>
    picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index].sort((a, b) => a - b);
  const pick = (state: ChoiceState, index: number): ChoiceState => ({
    cursor: index,
    picked: multiple ? toggle(state.picked, index) : [index],
  });
  return (state: ChoiceState, command: Command): ChoiceState => {
    switch (command.name) {
      case 'up':
        return { ...state, cursor: (state.cursor - 1 + count) % count };
      case 'down':
        return { ...state, cursor: (state.cursor + 1) % count };
      case 'toggle':
        return pick(state, state.cursor);
      case 'type': {
        const index = command.text.toLowerCase().charCodeAt(0) - 97;
        return command.text.length === 1 && index >= 0 && index < count ? pick(state, index) : state;
      }
      default:
        return state;
    }
  };
}

/**
 * The answer in the line-protocol form (`b`, `a,c`). A single choice with nothing picked
 * answers the option under the cursor, so ↓↓ Enter works; a multiple choice needs a pick.
 */
export function choiceAnswer(state: ChoiceState, multiple: boolean): string {
  const picked = state.picked.length > 0 || multiple ? state.picked : [state.cursor];
  return picked.map(letterOf).join(',');
}
