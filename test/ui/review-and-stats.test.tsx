import stringWidth from 'string-width';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { DayCount, TopicProgress } from '../../src/core/schedule/progress.js';
import { ReviewScreen } from '../../src/ui/review/review-screen.js';
import { accuracyChart } from '../../src/text/accuracy-chart.js';
import { accuracyChartSection } from '../../src/cli/line-mode/progress-text.js';
import { KEYS, press, renderUi } from './render.js';

afterEach(cleanup);

const topic = (name: string, mastery: number, due = 0): TopicProgress => ({
  topic: name,
  attempts: 4,
  correct: 2,
  accuracy: 0.5,
  mastery,
  questions: 8,
  seen: 4,
  due,
});

describe('review screen', () => {
  const topics = [topic('code-review', 0.21, 4), topic('numbers', 0.62)];

  it('shows mastery bars, weakest first, with what is due', () => {
    const { lastFrame } = renderUi(<ReviewScreen topics={topics} onDrill={vi.fn()} onBack={vi.fn()} />);
    const lines = (lastFrame() ?? '').split('\n');
    expect(lines[1]).toMatch(/▸ code review +██░░░░░░░░ {2}0\.21 {2}\(4 due\)/);
    expect(lines[2]).toMatch(/ {3}numbers +██████░░░░ {2}0\.62$/);
    expect(lastFrame()).toContain('Enter drill this topic');
  });

  it('Enter drills the chosen topic; Esc goes back', async () => {
    const onDrill = vi.fn();
    const onBack = vi.fn();
    const { stdin } = renderUi(<ReviewScreen topics={topics} onDrill={onDrill} onBack={onBack} />);
    await press(stdin, KEYS.down, KEYS.enter);
    expect(onDrill).toHaveBeenCalledWith('numbers');
    await press(stdin, KEYS.escape);
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('reads ↓ and Enter arriving together in that order', async () => {
    const onDrill = vi.fn();
    const { stdin } = renderUi(<ReviewScreen topics={topics} onDrill={onDrill} onBack={vi.fn()} />);
    await press(stdin, `${KEYS.down}${KEYS.enter}`);
    expect(onDrill).toHaveBeenCalledWith('numbers');
  });

  it('lines up Chinese topic names by display width', () => {
    const { lastFrame } = renderUi(<ReviewScreen topics={topics} onDrill={vi.fn()} onBack={vi.fn()} />, 'zh');
    const [first, second] = (lastFrame() ?? '').split('\n').slice(1, 3);
    expect(first).toContain('代码审查');
    expect(stringWidth(first!.slice(0, first!.indexOf('█')))).toBe(stringWidth(second!.slice(0, second!.indexOf('█'))));
  });
});

describe('accuracy chart', () => {
  const day = (date: string, attempts: number, correct: number): DayCount => ({ date, attempts, correct });

  it('plots the days with answers on a 0–100 % axis, skipping days without any', () => {
    const chart = accuracyChart([day('2026-01-01', 4, 1), day('2026-01-02', 0, 0), day('2026-01-03', 2, 2)], { height: 4 })!;
    const lines = chart.split('\n').map((line) => line.trimEnd());
    // Rows 100, 75, 50, 25, 0 %; two columns: the 25 % day (marked on the axis), then a rise to 100 %.
    expect(lines).toEqual(['  100% ┼╭', '   75% ┤│', '   50% ┤│', '   25% ┼╯', '    0% ┤']);
  });

  it('draws nothing without history, and uses colour only when asked', () => {
    expect(accuracyChart([day('2026-01-01', 0, 0)])).toBeNull();
    expect(accuracyChartSection([], { lang: 'en', color: false })).toBe('');
    const history = [day('2026-01-01', 2, 1)];
    expect(accuracyChartSection(history, { lang: 'en', color: false })).not.toMatch(/\u001B\[/);
    expect(accuracyChartSection(history, { lang: 'en', color: true })).toMatch(/\u001B\[36m/);
    expect(accuracyChartSection(history, { lang: 'zh', color: false })).toContain('练习日的正确率');
  });
});
