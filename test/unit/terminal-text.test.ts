import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/core/terminal-text.js';

describe('escapeControls', () => {
  it.each([
    ['ESC and a CSI sequence', 'x\x1b[2Jy', 'x\\x1b[2Jy'],
    ['BEL', 'a\x07', 'a\\x07'],
    ['NUL, CR, DEL', '\x00\r\x7f', '\\x00\\x0d\\x7f'],
    ['a C1 CSI', '\x9b31m', '\\x9b31m'],
    ['bidi override and line separator', '\u202eab\u2028', '\\u202eab\\u2028'],
    ['newline and tab on one line', 'a\nb\tc', 'a\\nb\\tc'],
    ['plain Unicode text untouched', '−(1 − pₜ)^γ · log(pₜ) 焦点损失', '−(1 − pₜ)^γ · log(pₜ) 焦点损失'],
  ])('%s', (_, text, escaped) => expect(escapeControls(text)).toBe(escaped));

  it('keeps newlines and tabs in multi-line text, escaping the rest', () => {
    expect(escapeControls('line 1\n\tline 2\x1b[0m\r\n', { multiline: true })).toBe('line 1\n\tline 2\\x1b[0m\\x0d\n');
  });
});
