import { letterIndex, optionLetter } from '../../../core/kinds/letters.js';
import type { Command } from '../../keys/keymap.js';

export interface ChoiceState {
  /** Index of the option under the cursor. */
  cursor: number;
  /** Indices of the picked options, in ascending order. */
  picked: number[];
  /** Rows of the cursor's option read past, when it is too tall to show whole (0 on moving). */
  scrolled: number;
}

/**
 * One model for both kinds: what is marked is what Enter submits. A single choice is a radio
 * list, so its mark `(•)` follows the cursor (↑↓ or a letter choose); a multiple choice marks
 * `[x]` only what space or a letter toggled, and needs at least one mark.
 */
export function initialChoice(multiple: boolean): ChoiceState {
  return { cursor: 0, picked: multiple ? [] : [0], scrolled: 0 };
}

/**
 * `clipOf` says how much of the cursor's option a state shows when it is too tall for its
 * rows: ↓ then reads on through the option before moving to the next one, ↑ back.
 */
export function choiceReducer(count: number, multiple: boolean, clipOf: (state: ChoiceState) => OptionClip | null = () => null) {
  const toggle = (picked: number[], index: number): number[] =>
    picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index].sort((a, b) => a - b);
  const pick = (state: ChoiceState, index: number): ChoiceState => ({
    cursor: index,
    picked: multiple ? toggle(state.picked, index) : [index],
    scrolled: index === state.cursor ? state.scrolled : 0,
  });
  const move = (state: ChoiceState, cursor: number): ChoiceState => ({ cursor, picked: multiple ? state.picked : [cursor], scrolled: 0 });
  return (state: ChoiceState, command: Command): ChoiceState => {
    const clip = clipOf(state);
    switch (command.name) {
      case 'up':
        if (clip && clip.from > 0) return { ...state, scrolled: Math.max(0, clip.from - clip.rows) };
        return move(state, (state.cursor - 1 + count) % count);
      case 'down':
        if (clip && clip.rest > 0) return { ...state, scrolled: clip.from + clip.rows };
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

/** The part of the cursor's option shown when it is taller than the rows it has. */
export interface OptionClip {
  /** Its first row shown. */
  from: number;
  /** Rows shown. */
  rows: number;
  /** Rows below them. */
  rest: number;
}

export interface OptionLayout {
  start: number;
  end: number;
  clip: OptionClip | null;
}

/**
 * What a list of options (option i is `heights[i]` rows tall) shows in `room` rows: whole
 * options around the cursor (optionWindow) while the cursor's fits with its "more" lines;
 * else the cursor's option alone, from the row `scrolled` to as far as fits above one last
 * row ("↓ N more lines", or "↓ N more below" once its end shows), under "↑ N more above" when
 * options are above. So the list never takes more than `room` rows, however tall an option
 * (a row of text at least).
 */
export function optionLayout(heights: readonly number[], cursor: number, room: number, scrolled = 0): OptionLayout {
  const window = optionWindow(heights, cursor, room);
  const used = heights.slice(window.start, window.end).reduce((sum, height) => sum + height, 0) + (window.start > 0 ? 1 : 0) + (window.end < heights.length ? 1 : 0);
  if (used <= room) return { ...window, clip: null };
  const height = heights[cursor] ?? 1;
  // Rows for its text: all but the "more above" row and the last row.
  const rows = Math.max(1, room - (cursor > 0 ? 1 : 0) - 1);
  const from = Math.max(0, Math.min(scrolled, height - rows));
  const shown = Math.min(rows, height - from);
  return { start: cursor, end: cursor + 1, clip: { from, rows: shown, rest: height - from - shown } };
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
