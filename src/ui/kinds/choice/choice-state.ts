import { letterIndex, optionLetter } from '../../../core/kinds/letters.js';
import type { Command } from '../../keys/keymap.js';

export interface ChoiceState {
  /** Index of the option under the cursor. */
  cursor: number;
  /** Indices of the picked options, in ascending order. */
  picked: number[];
}

/**
 * One model for both kinds: what is marked is what Enter submits. A single choice is a radio
 * list, so its mark `(•)` follows the cursor (↑↓ or a letter choose); a multiple choice marks
 * `[x]` only what space or a letter toggled, and needs at least one mark.
 */
export function initialChoice(multiple: boolean): ChoiceState {
  return { cursor: 0, picked: multiple ? [] : [0] };
}

export function choiceReducer(count: number, multiple: boolean) {
  const toggle = (picked: number[], index: number): number[] =>
    picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index].sort((a, b) => a - b);
  const pick = (state: ChoiceState, index: number): ChoiceState => ({
    cursor: index,
    picked: multiple ? toggle(state.picked, index) : [index],
  });
  const move = (state: ChoiceState, cursor: number): ChoiceState => (multiple ? { ...state, cursor } : { cursor, picked: [cursor] });
  return (state: ChoiceState, command: Command): ChoiceState => {
    switch (command.name) {
      case 'up':
        return move(state, (state.cursor - 1 + count) % count);
      case 'down':
        return move(state, (state.cursor + 1) % count);
      case 'toggle':
        return pick(state, state.cursor);
      case 'type': {
        const index = letterIndex(command.text);
        return index >= 0 && index < count ? pick(state, index) : state;
      }
      default:
        return state;
    }
  };
}

/** The marked options in the line-protocol form (`b`, `a,c`); empty when nothing is marked. */
export function choiceAnswer(state: ChoiceState): string {
  return state.picked.map(optionLetter).join(',');
}

/**
 * The options to show when they do not all fit in `room` rows (option i is `heights[i]` rows
 * tall): whole options around the cursor, with a row left for "↑ N more" above and/or
 * "↓ N more" below, as needed. All of them when they fit; always at least the cursor's.
 */
export function optionWindow(heights: readonly number[], cursor: number, room: number): { start: number; end: number } {
  if (heights.reduce((sum, height) => sum + height, 0) <= room) return { start: 0, end: heights.length };
  const around = (budget: number) => {
    let start = cursor;
    let end = cursor + 1;
    let used = heights[cursor] ?? 1;
    for (let grew = true; grew; ) {
      grew = false;
      if (end < heights.length && used + heights[end]! <= budget) {
        used += heights[end++]!;
        grew = true;
      }
      if (start > 0 && used + heights[start - 1]! <= budget) {
        used += heights[--start]!;
        grew = true;
      }
    }
    return { start, end };
  };
  const oneSide = around(room - 1);
  return oneSide.start > 0 && oneSide.end < heights.length ? around(room - 2) : oneSide;
}
