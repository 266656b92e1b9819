import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { headerAbout, headerLine, headerRight } from '../../../src/text/drill-header.js';
import { firstQuestionLines } from '../../../src/text/first-question.js';

describe('the drill header as one line', () => {
  it('names the topic and kind (once when they are the same) with the difficulty dots', () => {
    expect(headerAbout('numbers', 'numeric', 2)).toBe('numbers · numeric · ●●○');
    expect(headerAbout('code review', 'code review', 3)).toBe('code review · ●●●');
    expect(headerRight(['3/10', null, '⏱ 4s', undefined, ''])).toBe('3/10   ⏱ 4s');
  });

  it('fills the width exactly, the right side at the end', () => {
    const line = headerLine('focal-drill · numbers · numeric · ●●○', '1/10   ⏱ 0s', 60);
    expect(stringWidth(line)).toBe(60);
    expect(line.startsWith('focal-drill · numbers')).toBe(true);
    expect(line.endsWith(' 1/10   ⏱ 0s')).toBe(true);
  });

  it('cuts the left side with … two cells before the right side, Chinese by whole characters', () => {
    const latin = headerLine('focal-drill · common misconceptions · single choice · ●○○', '1/10   ⏱ 0s (≤ 15s: Easy)', 78);
    expect(latin).toBe('focal-drill · common misconceptions · single choic…  1/10   ⏱ 0s (≤ 15s: Easy)');
    const chinese = headerLine('focal-drill · 常见误区 · 单选 · ●○○', '1/10   ⏱ 0 秒', 30);
    expect(stringWidth(chinese)).toBe(30);
    expect(stringWidth(chinese)).toBeLessThanOrEqual(30);
    expect(chinese).toMatch(/… {2}1\/10 {3}⏱ 0 秒$/);
    // 常 would pass the 15 cells left of the right side: the cut falls before it.
    expect(chinese.replace(/….*$/, '')).toBe('focal-drill · ');
  });
});

describe('the first question as plain text', () => {
  const text = { headerLeft: 'focal-drill · numbers · numeric · ●●○', headerRight: '1/10', lead: 'due now: 3 · this session: 10', prompt: 'word '.repeat(40).trim() };

  it('is the header, a rule, the lead line and the wrapped prompt, each with one cell of padding', () => {
    const lines = firstQuestionLines(text, 40, 24);
    expect(lines[0]).toBe(` ${headerLine(text.headerLeft, text.headerRight, 38)}`);
    expect(lines[1]).toBe(` ${'─'.repeat(38)}`);
    expect(lines[2]).toBe(' due now: 3 · this session: 10');
    expect(lines.slice(3).join(' ').replace(/ +/g, ' ').trim()).toBe(text.prompt);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(39);
  });

  it('leaves the lead line out when there is none, and stays under the terminal height', () => {
    expect(firstQuestionLines({ ...text, lead: undefined }, 40, 24)[2]).toMatch(/^ word/);
    expect(firstQuestionLines(text, 40, 6)).toHaveLength(5);
    expect(firstQuestionLines(text, 40, 1)).toEqual([]);
  });
});
