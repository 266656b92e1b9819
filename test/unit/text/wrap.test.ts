import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/text/wrap.js';

const widths = (lines: string[]) => lines.map((line) => stringWidth(line));

describe('wrapText', () => {
  it('breaks Latin text at spaces, never past the width', () => {
    const lines = wrapText('With γ = 2 and α ignored, an example has pₜ = 0.968.', 20);
    expect(lines).toEqual(['With γ = 2 and α', 'ignored, an example', 'has pₜ = 0.968.']);
  });

  it('fills Chinese lines to the width, two cells per character', () => {
    const text = '给这个模块输入一个完全自信且正确的预测目标类别其余类别都是负的损失应约为零但实测结果不是';
    const lines = wrapText(text, 20);
    expect(widths(lines.slice(0, -1))).toEqual(lines.slice(0, -1).map(() => 20));
    expect(lines.join('')).toBe(text);
  });

  it('breaks between Chinese characters even next to Latin words, keeping the words whole', () => {
    const lines = wrapText('目标类别 logit 为 20，其余类别都是 −20。损失应约为 0', 16);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(16);
    expect(lines.join(' ')).toContain('logit');
    expect(lines.some((line) => line.includes('logit') && stringWidth(line) >= 14)).toBe(true);
  });

  it('never starts a line with closing punctuation, nor ends one with an opening bracket', () => {
    // "，" would fall at the start of line 2 at width 8: it goes down with the character before it.
    const lines = wrapText('一二三四，五六七八（九十）', 8);
    for (const line of lines) {
      expect(line.startsWith('，')).toBe(false);
      expect(line.endsWith('（')).toBe(false);
      expect(stringWidth(line)).toBeLessThanOrEqual(8);
    }
    expect(lines.join('')).toBe('一二三四，五六七八（九十）');
  });

  it('cuts a word wider than the line and keeps line breaks', () => {
    expect(wrapText('abcdefghij\nxy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});
