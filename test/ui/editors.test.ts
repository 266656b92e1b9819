import { describe, expect, it } from 'vitest';
import { editLine, emptyLine, lineFrom, lineText } from '../../src/ui/editing/line-editor.js';
import { editSteps, emptySteps, enterSubmits, stepsAnswer } from '../../src/ui/editing/steps-editor.js';
import type { Command } from '../../src/ui/keys/keymap.js';

const cmd = (name: Command['name'], text = ''): Command => ({ name, text });
const apply = <S>(reduce: (state: S, command: Command) => S, state: S, commands: Command[]) => commands.reduce(reduce, state);

describe('line editor', () => {
  it('types, moves and deletes by code point (Greek and CJK count as one)', () => {
    const state = apply(editLine, emptyLine, [cmd('type', 'αγ中x'), cmd('left'), cmd('left'), cmd('backspace'), cmd('type', 'b')]);
    expect(lineText(state)).toBe('αb中x');
    expect(state.cursor).toBe(2);
  });

  it('home, end and clear', () => {
    const state = apply(editLine, lineFrom('0.968'), [cmd('home'), cmd('type', '1-'), cmd('end'), cmd('type', ')')]);
    expect(lineText(state)).toBe('1-0.968)');
    expect(apply(editLine, state, [cmd('clearLine')])).toEqual(emptyLine);
  });
});

describe('derivation steps editor', () => {
  it('Enter starts a new step; Enter on an empty last line submits', () => {
    let state = apply(editSteps, emptySteps, [cmd('type', '-log(pt)'), cmd('newline'), cmd('type', 'd/dx = pt - 1')]);
    expect(enterSubmits(state)).toBe(false);
    state = editSteps(state, cmd('newline'));
    expect(enterSubmits(state)).toBe(true);
    expect(stepsAnswer(state)).toBe('-log(pt)\nd/dx = pt - 1');
  });

  it('an empty editor never submits', () => {
    expect(enterSubmits(emptySteps)).toBe(false);
  });

  it('splits a line at the cursor and joins it back with backspace', () => {
    let state = apply(editSteps, emptySteps, [cmd('type', 'ab'), cmd('left'), cmd('newline')]);
    expect(state.rows.map(lineText)).toEqual(['a', 'b']);
    state = editSteps(state, cmd('backspace'));
    expect(state.rows.map(lineText)).toEqual(['ab']);
    expect(state.rows[0]?.cursor).toBe(1);
  });

  it('moves between steps keeping the column where it can', () => {
    const state = apply(editSteps, emptySteps, [cmd('type', '= pt - 1'), cmd('newline'), cmd('type', 'x'), cmd('up')]);
    expect(state.row).toBe(0);
    expect(state.rows[0]?.cursor).toBe(1);
  });
});
