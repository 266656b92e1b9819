import { describe, expect, it } from 'vitest';
import { useColor } from '../../../src/cli/environment.js';
import { STEP_ROLE } from '../../../src/text/feedback-text.js';
import { ROLES, styled, unstyled } from '../../../src/text/style.js';
import { makeTheme } from '../../../src/ui/theme.js';

describe('terminal styles', () => {
  it('writes the SGR codes of the style and its reset, only when colour is on', () => {
    expect(styled('green', 'ok', true)).toBe('\u001b[32mok\u001b[39m');
    expect(styled('bold', 'ID', true)).toBe('\u001b[1mID\u001b[22m');
    expect(styled('blueBright', '·', true)).toBe('\u001b[94m·\u001b[39m');
    expect(styled('red', 'no', false)).toBe('no');
    expect(unstyled(`${styled('red', 'a', true)}b${styled('bold', 'c', true)}`)).toBe('abc');
  });

  it('colours a terminal unless --no-color, NO_COLOR or TERM=dumb; FORCE_COLOR colours anywhere but 0', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(useColor(undefined, tty, {})).toBe(true);
    expect(useColor(undefined, pipe, {})).toBe(false);
    expect(useColor(false, tty, {})).toBe(false);
    expect(useColor(undefined, tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(undefined, tty, { TERM: 'dumb' })).toBe(false);
    expect(useColor(undefined, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(undefined, pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(useColor(undefined, tty, { FORCE_COLOR: '0' })).toBe(false);
    // Asking for none wins over forcing.
    expect(useColor(false, pipe, { FORCE_COLOR: '1' })).toBe(false);
    expect(useColor(undefined, pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });

  it('gives each role one colour, the same in plain text and in the Ink theme; none with colour off', () => {
    expect(styled(ROLES.muted, 'x', true)).toBe('\u001b[90mx\u001b[39m');
    expect(styled(ROLES[STEP_ROLE.invalid], '?', true)).toBe('\u001b[33m?\u001b[39m');
    expect(makeTheme(true)).toEqual({ color: true, accent: 'cyan', muted: 'gray', good: 'green', bad: 'red', warn: 'yellow', selection: 'cyan' });
    expect(makeTheme(false)).toEqual({ color: false });
  });
});
