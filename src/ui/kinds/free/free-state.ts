import { editLine, emptyLine, lineText, type LineState } from '../../editing/line-editor.js';
import { asSelfGrade, type SelfGrade } from '../../../core/schedule/self-grade.js';
import type { Command } from '../../keys/keymap.js';

export type { SelfGrade } from '../../../core/schedule/self-grade.js';

/** Writing the answer, then (after Enter) reading the model answer and grading oneself. */
export interface FreeState {
  phase: 'writing' | 'grading';
  line: LineState;
}

export const initialFree: FreeState = { phase: 'writing', line: emptyLine };

export function freeReducer(state: FreeState, command: Command): FreeState {
  if (state.phase === 'grading') return state;
  if (command.name === 'submit') return lineText(state.line).trim() === '' ? state : { ...state, phase: 'grading' };
  return { ...state, line: editLine(state.line, command) };
}

/** The grade a `grade` command stands for (its key is the digit). */
export function gradeOf(command: Command): SelfGrade | null {
  return asSelfGrade(command.text);
}
