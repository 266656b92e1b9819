import { describe, expect, it } from 'vitest';
import { BINDINGS, bindingsOf, commandsFor, keyName, type KeyInfo } from '../../src/ui/keys/keymap.js';

const none: KeyInfo = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
};
const key = (fields: Partial<KeyInfo>) => ({ ...none, ...fields });
const names = (commands: { name: string; text: string }[]) => commands.map((command) => command.name);

describe('key names', () => {
  it('names special keys, Ctrl-letters and single characters', () => {
    expect(keyName('', key({ upArrow: true }))).toBe('up');
    expect(keyName('', key({ escape: true }))).toBe('escape');
    expect(keyName('t', key({ ctrl: true }))).toBe('ctrl+t');
    expect(keyName(' ', none)).toBe('space');
    expect(keyName('γ', none)).toBe('γ');
    expect(keyName('ab', none)).toBeNull();
  });
});

describe('commands by context', () => {
  it('letters are commands in lists but text in fields', () => {
    expect(names(commandsFor('choice', 'h', none))).toEqual(['hint']);
    expect(names(commandsFor('lines', 's', none))).toEqual(['skip']);
    expect(commandsFor('field', 'h', none)).toEqual([{ name: 'type', text: 'h' }]);
    expect(commandsFor('field', 's', none)).toEqual([{ name: 'type', text: 's' }]);
    expect(commandsFor('field', '?', none)).toEqual([{ name: 'type', text: '?' }]);
  });

  it('hint, skip and help have Ctrl bindings that work while typing', () => {
    expect(names(commandsFor('field', 't', key({ ctrl: true })))).toEqual(['hint']);
    expect(names(commandsFor('editor', 'n', key({ ctrl: true })))).toEqual(['skip']);
    expect(names(commandsFor('field', 'g', key({ ctrl: true })))).toEqual(['help']);
  });

  it('Esc and Ctrl-C end the session from every question context (Esc may ask first, Ctrl-C never does)', () => {
    for (const context of ['choice', 'lines', 'field', 'editor'] as const) {
      expect(names(commandsFor(context, '', key({ escape: true })))).toEqual(['quit']);
      expect(names(commandsFor(context, 'c', key({ ctrl: true })))).toEqual(['interrupt']);
    }
    for (const context of ['selfGrade', 'feedback'] as const) {
      expect(names(commandsFor(context, '', key({ escape: true })))).toEqual(['quit']);
      expect(names(commandsFor(context, 'c', key({ ctrl: true })))).toEqual(['quit']);
    }
  });

  it('"end the session?" ends on Esc or y, and any other key goes back', () => {
    expect(names(commandsFor('confirm', '', key({ escape: true })))).toEqual(['quit']);
    expect(names(commandsFor('confirm', 'y', none))).toEqual(['quit']);
    for (const [input, fields] of [['n', {}], ['x', {}], ['\r', { return: true }], ['', { upArrow: true }], ['t', { ctrl: true }]] as const) {
      expect(names(commandsFor('confirm', input, key(fields))), input).toEqual(['cancel']);
    }
  });

  it('the Ctrl forms of hint, skip and keys work on every question screen; the letters only in lists', () => {
    for (const context of ['choice', 'lines', 'field', 'editor'] as const) {
      expect(names(commandsFor(context, 't', key({ ctrl: true }))), context).toEqual(['hint']);
      expect(names(commandsFor(context, 'n', key({ ctrl: true }))), context).toEqual(['skip']);
      expect(names(commandsFor(context, 'g', key({ ctrl: true }))), context).toEqual(['help']);
    }
    for (const context of ['feedback', 'selfGrade'] as const) {
      expect(names(commandsFor(context, 'g', key({ ctrl: true }))), context).toEqual(['help']);
      expect(names(commandsFor(context, '?', none)), context).toEqual(['help']);
    }
  });

  it('shows one footer for hint, skip, keys and end on every question screen', () => {
    const shared = (context: Parameters<typeof bindingsOf>[0]) =>
      bindingsOf(context, { footerOnly: true })
        .filter((entry) => ['key.hint', 'key.skip', 'key.help', 'key.end'].includes(entry.describe))
        .map((entry) => `${entry.label} ${entry.describe}`);
    const expected = ['^T key.hint', '^N key.skip', '^G key.help', 'Esc key.end'];
    for (const context of ['choice', 'lines', 'field', 'editor'] as const) expect(shared(context), context).toEqual(expected);
    expect(shared('feedback')).toEqual(['^G key.help', 'Esc key.end']);
  });

  it('the key help of a list names both keys of a command', () => {
    const help = bindingsOf('choice').map((entry) => `${entry.label} ${entry.describe}`);
    expect(help).toEqual(expect.arrayContaining(['^T, h key.hint', '^N, s key.skip', '^G, ? key.help']));
  });

  it('Enter submits a field but starts a new step in the derivation editor', () => {
    expect(names(commandsFor('field', '\r', key({ return: true })))).toEqual(['submit']);
    expect(names(commandsFor('editor', '\r', key({ return: true })))).toEqual(['newline']);
  });

  it('splits a pasted chunk into text and Enter commands, in order', () => {
    expect(commandsFor('editor', '-log(pt)\rd/dx = pt - 1\r', none)).toEqual([
      { name: 'type', text: '-log(pt)' },
      { name: 'newline', text: '\r' },
      { name: 'type', text: 'd/dx = pt - 1' },
      { name: 'newline', text: '\r' },
    ]);
    expect(names(commandsFor('choice', 'b\r', none))).toEqual(['type', 'submit']);
  });

  it('reads each character of a fast chunk as its own key outside text fields', () => {
    expect(commandsFor('lines', '44 \r', none)).toEqual([
      { name: 'type', text: '4' },
      { name: 'type', text: '4' },
      { name: 'toggle', text: ' ' },
      { name: 'submit', text: '\r' },
    ]);
  });

  it('a control character inside typed text is still its key (Ctrl-C ends, not types)', () => {
    expect(commandsFor('field', '0.5\u0003', none)).toEqual([
      { name: 'type', text: '0.5' },
      { name: 'interrupt', text: '\u0003' },
    ]);
  });

  it('a space typed alone goes into a text field', () => {
    expect(commandsFor('field', ' ', none)).toEqual([{ name: 'type', text: ' ' }]);
    expect(commandsFor('field', '', key({ upArrow: true }))).toEqual([]);
  });

  it('ignores unbound keys outside typing contexts', () => {
    expect(commandsFor('feedback', 'x', none)).toEqual([]);
    expect(commandsFor('field', 'x', key({ ctrl: true }))).toEqual([]);
  });

  it('the grade digits carry their number', () => {
    expect(commandsFor('selfGrade', '3', none)).toEqual([{ name: 'grade', text: '3' }]);
  });
});

describe('the table', () => {
  it('never binds one key to two commands in the same context', () => {
    const seen = new Map<string, string>();
    for (const binding of BINDINGS) {
      for (const context of binding.contexts) {
        for (const name of binding.keys) {
          const id = `${context}/${name}`;
          expect(seen.get(id) ?? binding.command, id).toBe(binding.command);
          seen.set(id, binding.command);
        }
      }
    }
  });

  it('gives every question context a footer with submit, hint, skip, keys and end', () => {
    const footer = (context: Parameters<typeof bindingsOf>[0]) => bindingsOf(context, { footerOnly: true }).map((entry) => entry.describe);
    for (const context of ['choice', 'lines', 'field'] as const) {
      expect(footer(context)).toEqual(expect.arrayContaining(['key.submit', 'key.hint', 'key.skip', 'key.help', 'key.end']));
    }
    expect(footer('editor')).toEqual(expect.arrayContaining(['key.newline', 'key.finish', 'key.hint', 'key.skip', 'key.help', 'key.end']));
  });

  it('lists every command of a context in the key help, Esc included', () => {
    const help = bindingsOf('field').map((entry) => `${entry.label} ${entry.describe}`);
    expect(help).toEqual(expect.arrayContaining(['End/^E key.lineEnd', 'Esc key.end', '^T key.hint', 'Enter key.submit']));
  });

});
