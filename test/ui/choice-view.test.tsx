import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { optionLetter } from '../../src/core/kinds/letters.js';
import { optionLayout, optionWindow } from '../../src/ui/kinds/choice/choice-state.js';
import { ChoiceView } from '../../src/ui/kinds/choice/choice-view.js';
import { multiple, single } from './fixtures.js';
import { KEYS, press, renderUi, tick } from './render.js';

afterEach(cleanup);

const commands = () => ({ onHint: vi.fn(), onSkip: vi.fn(), onHelp: vi.fn(), onQuit: vi.fn() });

describe('single choice', () => {
  it('the marked option (•) follows the cursor, and Enter submits the one marked', async () => {
    const onSubmit = vi.fn();
    const { stdin, lastFrame } = renderUi(<ChoiceView question={single} active onSubmit={onSubmit} {...commands()} />);
    expect(lastFrame()).toMatch(/▸ \(•\) a\. γ = 0/);
    await press(stdin, KEYS.down, KEYS.down);
    expect(lastFrame()).toMatch(/▸ \(•\) c\. α = 1/);
    // One option marked at a time: the one Enter submits.
    expect(lastFrame()!.match(/\(•\)/g)).toHaveLength(1);
    expect(lastFrame()).toMatch(/ {2}\( \) a\. γ = 0/);
    await press(stdin, KEYS.enter);
    expect(onSubmit).toHaveBeenCalledWith('c');
  });

  it('picks by letter and shows the footer keys', async () => {
    const onSubmit = vi.fn();
    const { stdin, lastFrame } = renderUi(<ChoiceView question={single} active onSubmit={onSubmit} {...commands()} />);
    await press(stdin, 'b');
    expect(lastFrame()).toMatch(/▸ \(•\) b\. pₜ = 0\.5/);
    expect(lastFrame()).toContain('Enter submit · ^T hint · ^N skip · ^G keys · Esc end');
    await press(stdin, KEYS.enter);
    expect(onSubmit).toHaveBeenCalledWith('b');
  });

  it('passes h, s, ? and Esc to the drill instead of picking', async () => {
    const handlers = commands();
    const onSubmit = vi.fn();
    const { stdin } = renderUi(<ChoiceView question={single} active onSubmit={onSubmit} {...handlers} />);
    await press(stdin, 'h', 's', '?', KEYS.escape);
    expect(handlers.onHint).toHaveBeenCalledOnce();
    expect(handlers.onSkip).toHaveBeenCalledOnce();
    expect(handlers.onHelp).toHaveBeenCalledOnce();
    expect(handlers.onQuit).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps up with keys arriving faster than React renders, and with a pasted "b⏎"', async () => {
    const onSubmit = vi.fn();
    const { stdin } = renderUi(<ChoiceView question={single} active onSubmit={onSubmit} {...commands()} />);
    await tick();
    stdin.write(KEYS.down);
    stdin.write(KEYS.down);
    stdin.write(KEYS.enter);
    stdin.write('b\r');
    await tick();
    expect(onSubmit.mock.calls).toEqual([['c'], ['b']]);
  });

  it('ignores keys while inactive', async () => {
    const onSubmit = vi.fn();
    const { stdin } = renderUi(<ChoiceView question={single} active={false} onSubmit={onSubmit} {...commands()} />);
    await press(stdin, 'b', KEYS.enter);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('multiple choice', () => {
  it('space and letters toggle; Enter submits the picks in letter order', async () => {
    const onSubmit = vi.fn();
    const { stdin, lastFrame } = renderUi(<ChoiceView question={multiple} active onSubmit={onSubmit} {...commands()} />);
    await press(stdin, 'b', KEYS.up, KEYS.space, 'c', 'c');
    expect(lastFrame()).toMatch(/\[x\] a\./);
    expect(lastFrame()).toMatch(/\[x\] b\./);
    expect(lastFrame()).toMatch(/\[ \] c\./);
    await press(stdin, KEYS.enter);
    expect(onSubmit).toHaveBeenCalledWith('a,b');
  });

  it('does not submit with nothing picked', async () => {
    const onSubmit = vi.fn();
    const { stdin } = renderUi(<ChoiceView question={multiple} active onSubmit={onSubmit} {...commands()} />);
    await press(stdin, KEYS.enter);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('speaks Chinese with --lang zh', () => {
    const { lastFrame } = renderUi(<ChoiceView question={multiple} active onSubmit={vi.fn()} {...commands()} />, 'zh');
    expect(lastFrame()).toContain('选出所有正确选项');
    expect(lastFrame()).toContain('FL 比 CE 更快趋于 0');
    expect(lastFrame()).toContain('Enter 提交');
  });
});

describe('options on a short terminal', () => {
  const five = { ...multiple, options: ['γ = 0', 'γ = 1', 'γ = 2', 'α = 0.25', 'α = 0.75'].map((option, index) => ({ text: { en: option, zh: option }, correct: index === 2 })) };

  it('shows whole options around the cursor within the rows given, saying how many are above and below', async () => {
    const multiple = five;
    const onSubmit = vi.fn();
    // Rows: the pick line, three options and one "more" line, the footer (80 columns: one line and its margin).
    const { stdin, lastFrame } = renderUi(<ChoiceView question={multiple} height={7} active onSubmit={onSubmit} {...commands()} />);
    const count = multiple.options.length;
    expect(count).toBeGreaterThan(2);
    expect(lastFrame()).toMatch(/▸ \[ \] a\./);
    expect(lastFrame()).toContain(`↓ ${count - 3} more below (↑↓)`);
    expect(lastFrame()).not.toContain('more above');
    expect(lastFrame()).toContain('Esc end');
    for (let i = 1; i < count; i++) await press(stdin, KEYS.down);
    const last = optionLetter(count - 1);
    expect(lastFrame()).toMatch(new RegExp(`▸ \\[ \\] ${last}\\.`));
    expect(lastFrame()).toContain(`↑ ${count - 3} more above`);
    expect(lastFrame()).not.toContain('more below');
    // Picking and submitting work on options scrolled into view.
    await press(stdin, KEYS.space, KEYS.enter);
    expect(onSubmit).toHaveBeenCalledWith(last);
  });

  it('shows every option, with no scrolling lines, when they fit', () => {
    const { lastFrame } = renderUi(<ChoiceView question={multiple} height={30} active onSubmit={vi.fn()} {...commands()} />);
    for (let index = 0; index < multiple.options.length; index++) expect(lastFrame()).toContain(`${optionLetter(index)}. `);
    expect(lastFrame()).not.toMatch(/more (above|below)/);
  });
});

describe('the window of options', () => {
  it('is every option when they fit, else whole options around the cursor within the rows left by the two "more" lines', () => {
    expect(optionWindow([1, 1, 1], 0, 3)).toEqual({ start: 0, end: 3 });
    // Cut on one side only: one row for its "more" line.
    expect(optionWindow([1, 1, 1, 1, 1], 0, 4)).toEqual({ start: 0, end: 3 });
    expect(optionWindow([1, 1, 1, 1, 1], 4, 4)).toEqual({ start: 2, end: 5 });
    expect(optionWindow([1, 1, 1, 1, 1], 2, 5)).toEqual({ start: 0, end: 5 });
    // Cut on both sides: two rows.
    expect(optionWindow([1, 1, 1, 1, 1], 2, 4)).toEqual({ start: 2, end: 4 });
    expect(optionWindow([1, 1, 1, 1, 1, 1, 1], 3, 5)).toEqual({ start: 2, end: 5 });
    expect(optionWindow([2, 3, 2, 2], 1, 7)).toEqual({ start: 1, end: 3 });
    // An option taller than the room is still shown: the cursor's option is always there.
    expect(optionWindow([1, 9, 1], 1, 4)).toEqual({ start: 1, end: 2 });
  });
});

describe('an option taller than the rows the list has', () => {
  it('shows the cursor\'s option alone, clipped to the rows left by its "more" lines, from where it was read to', () => {
    // Fits whole: as optionWindow.
    expect(optionLayout([2, 2, 2], 0, 6)).toEqual({ start: 0, end: 3, clip: null });
    expect(optionLayout([3, 1, 1], 0, 4)).toEqual({ start: 0, end: 1, clip: null });
    // First of five, 6 rows tall, in 3 rows: 2 rows of it and a row saying what is below.
    expect(optionLayout([6, 1, 1, 1, 1], 0, 3)).toEqual({ start: 0, end: 1, clip: { from: 0, rows: 2, rest: 4 } });
    expect(optionLayout([6, 1, 1, 1, 1], 0, 3, 2)).toEqual({ start: 0, end: 1, clip: { from: 2, rows: 2, rest: 2 } });
    // Read to its end: the last rows, nothing below them (held there however far it was scrolled).
    expect(optionLayout([6, 1, 1, 1, 1], 0, 3, 9)).toEqual({ start: 0, end: 1, clip: { from: 4, rows: 2, rest: 0 } });
    // With options above, a row goes to "↑ N more above"; a row of text at least, however short the room.
    expect(optionLayout([1, 6, 1], 1, 4)).toEqual({ start: 1, end: 2, clip: { from: 0, rows: 2, rest: 4 } });
    expect(optionLayout([1, 6, 1], 1, 1)).toEqual({ start: 1, end: 2, clip: { from: 0, rows: 1, rest: 5 } });
  });

  it('reads on with ↓ through the option before moving to the next one, and back with ↑, in the rows it is given', async () => {
    const long = 'the focal term down-weights well-classified examples so that the many easy negatives no longer swamp the loss of the rare hard ones during training';
    const tall = { ...single, options: [long, 'γ = 1', 'γ = 2'].map((option, index) => ({ text: { en: option, zh: option }, correct: index === 0 })) };
    const onSubmit = vi.fn();
    // 80 columns: the option is two rows at 71 columns; four rows given, the footer takes two of them.
    const { stdin, lastFrame } = renderUi(<ChoiceView question={tall} height={4} active onSubmit={onSubmit} {...commands()} />);
    const textRows = (frame: string) => frame.split('\n').filter((line) => !/more|Enter|^\s*$|Pick/.test(line));
    expect(lastFrame()).toMatch(/▸ \(•\) a\. the focal term/);
    expect(lastFrame()).toContain('↓ 1 more line (↓)');
    expect(textRows(lastFrame()!)).toHaveLength(1);
    await press(stdin, KEYS.down);
    // Still option a (the cursor has not moved), its second row shown, then what is below.
    expect(lastFrame()).toMatch(/▸ \(•\) a\. .*hard ones during training/);
    expect(lastFrame()).toContain('↓ 2 more below (↑↓)');
    await press(stdin, KEYS.up);
    expect(lastFrame()).toMatch(/▸ \(•\) a\. the focal term/);
    await press(stdin, KEYS.down, KEYS.down);
    expect(lastFrame()).toMatch(/▸ \(•\) b\. γ = 1/);
    await press(stdin, KEYS.up);
    // Back on a, from its top.
    expect(lastFrame()).toMatch(/▸ \(•\) a\. the focal term/);
    await press(stdin, KEYS.enter);
    expect(onSubmit).toHaveBeenCalledWith('a');
  });
});
