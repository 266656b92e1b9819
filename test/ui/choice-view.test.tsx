import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
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
