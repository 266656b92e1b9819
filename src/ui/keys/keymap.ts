import type { WordKey } from '../../core/words/index.js';

/**
 * Every key binding of the interface, in one table. Views ask for commands by context
 * ("what does this key mean here?") instead of testing `key.upArrow` themselves, and the
 * footer and the key help are generated from the same table, so they cannot drift.
 */

/** What a key does. */
export type CommandName =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'pageUp'
  | 'pageDown'
  | 'toggle'
  | 'submit'
  | 'newline'
  | 'finish'
  | 'backspace'
  | 'clearLine'
  | 'hint'
  | 'skip'
  | 'help'
  | 'quit'
  | 'interrupt'
  | 'cancel'
  | 'scrollUp'
  | 'scrollDown'
  | 'next'
  | 'grade';

/** A command with the characters that produced it: the text to insert for `type`, the digit for `grade`. */
export interface Command {
  name: CommandName | 'type';
  text: string;
}

/**
 * Where the keys are read:
 * - choice: options of single/multiple choice; letters pick options.
 * - lines: the code-review listing; digits jump to a line number.
 * - field: a one-line text field (numeric, expression, free response): every printable
 *   character types, so hint/skip/help are Ctrl-letters there.
 * - editor: the derivation editor, one step per line.
 * - selfGrade: the 1–4 self-grade of a free-response answer.
 * - feedback, summary, help, review: the screens between and around questions.
 * - loading: a question waiting a moment for the math core; only ending the session works.
 * - confirm: "end the session?" over an answer not submitted: Esc or y end, any other key goes back.
 *
 * Hint, skip and keys are ^T, ^N and ^G on every question screen (letters type in text
 * fields, so these are the forms that work everywhere, and the only ones the footer shows);
 * lists also take h, s and ?, and the screens between questions take ?.
 */
export type KeyContext =
  | 'choice'
  | 'lines'
  | 'field'
  | 'editor'
  | 'selfGrade'
  | 'feedback'
  | 'summary'
  | 'help'
  | 'review'
  | 'loading'
  | 'confirm';

/** A canonical key name: `return`, `escape`, `up`, `space`, `ctrl+t`, or a single character. */
export type KeyName = string;

interface Binding {
  command: CommandName;
  keys: KeyName[];
  contexts: readonly KeyContext[];
  /** How the footer and the help show the keys, e.g. `↑↓`, `^T`. */
  label: string;
  /** Interface string describing the command (see strings.ts). */
  describe: WordKey;
  /** Shown in the footer line (the help lists everything). */
  footer?: boolean;
}

const QUESTION: readonly KeyContext[] = ['choice', 'lines', 'field', 'editor'];
const LISTS: readonly KeyContext[] = ['choice', 'lines'];
const TEXT: readonly KeyContext[] = ['field', 'editor'];

export const BINDINGS: readonly Binding[] = [
  { command: 'up', keys: ['up'], contexts: [...LISTS, 'editor', 'review'], label: '↑↓', describe: 'key.move', footer: true },
  { command: 'down', keys: ['down'], contexts: [...LISTS, 'editor', 'review'], label: '↑↓', describe: 'key.move' },
  { command: 'pageUp', keys: ['pageup'], contexts: ['lines'], label: 'PgUp/PgDn', describe: 'key.page' },
  { command: 'pageDown', keys: ['pagedown'], contexts: ['lines'], label: 'PgUp/PgDn', describe: 'key.page' },
  // Long texts scroll in their region: the feedback with ↑↓ too; a question's prompt with PgUp/PgDn (↑↓ are the input's).
  { command: 'scrollUp', keys: ['up'], contexts: ['feedback'], label: '↑↓', describe: 'key.scroll', footer: true },
  { command: 'scrollDown', keys: ['down'], contexts: ['feedback'], label: '↑↓', describe: 'key.scroll' },
  { command: 'scrollUp', keys: ['up'], contexts: ['summary'], label: '↑↓', describe: 'key.scroll', footer: true },
  { command: 'scrollDown', keys: ['down'], contexts: ['summary'], label: '↑↓', describe: 'key.scroll' },
  { command: 'pageUp', keys: ['pageup'], contexts: ['feedback', 'summary'], label: 'PgUp/PgDn', describe: 'key.scroll' },
  { command: 'pageDown', keys: ['pagedown'], contexts: ['feedback', 'summary'], label: 'PgUp/PgDn', describe: 'key.scroll' },
  // The model answer and key points shown for self-grading scroll in their region (its last row names the keys).
  { command: 'up', keys: ['up'], contexts: ['selfGrade'], label: '↑↓', describe: 'key.scroll' },
  { command: 'down', keys: ['down'], contexts: ['selfGrade'], label: '↑↓', describe: 'key.scroll' },
  { command: 'pageUp', keys: ['pageup'], contexts: ['selfGrade'], label: 'PgUp/PgDn', describe: 'key.scroll' },
  { command: 'pageDown', keys: ['pagedown'], contexts: ['selfGrade'], label: 'PgUp/PgDn', describe: 'key.scroll' },
  { command: 'scrollUp', keys: ['pageup'], contexts: ['choice', 'field', 'editor'], label: 'PgUp/PgDn', describe: 'key.scroll' },
  { command: 'scrollDown', keys: ['pagedown'], contexts: ['choice', 'field', 'editor'], label: 'PgUp/PgDn', describe: 'key.scroll' },
  { command: 'left', keys: ['left'], contexts: TEXT, label: '←→', describe: 'key.cursor' },
  { command: 'right', keys: ['right'], contexts: TEXT, label: '←→', describe: 'key.cursor' },
  { command: 'home', keys: ['home', 'ctrl+a'], contexts: TEXT, label: 'Home/^A', describe: 'key.home' },
  { command: 'end', keys: ['end', 'ctrl+e'], contexts: TEXT, label: 'End/^E', describe: 'key.lineEnd' },
  { command: 'backspace', keys: ['backspace', 'delete'], contexts: [...TEXT, 'lines'], label: '⌫', describe: 'key.backspace' },
  { command: 'clearLine', keys: ['ctrl+u'], contexts: TEXT, label: '^U', describe: 'key.clearLine' },
  { command: 'toggle', keys: ['space'], contexts: LISTS, label: 'space', describe: 'key.toggle', footer: true },
  { command: 'submit', keys: ['return'], contexts: ['choice', 'lines', 'field'], label: 'Enter', describe: 'key.submit', footer: true },
  { command: 'newline', keys: ['return'], contexts: ['editor'], label: 'Enter', describe: 'key.newline', footer: true },
  { command: 'finish', keys: ['ctrl+d'], contexts: ['editor'], label: '^D', describe: 'key.finish', footer: true },
  { command: 'grade', keys: ['1', '2', '3', '4'], contexts: ['selfGrade'], label: '1–4', describe: 'key.grade', footer: true },
  { command: 'submit', keys: ['return'], contexts: ['selfGrade'], label: 'Enter', describe: 'key.acceptGrade' },
  { command: 'next', keys: ['return', 'space'], contexts: ['feedback'], label: 'Enter', describe: 'key.next', footer: true },
  { command: 'submit', keys: ['return'], contexts: ['review'], label: 'Enter', describe: 'key.drillTopic', footer: true },
  { command: 'hint', keys: ['ctrl+t'], contexts: QUESTION, label: '^T', describe: 'key.hint', footer: true },
  { command: 'hint', keys: ['h'], contexts: LISTS, label: 'h', describe: 'key.hint' },
  { command: 'skip', keys: ['ctrl+n'], contexts: QUESTION, label: '^N', describe: 'key.skip', footer: true },
  { command: 'skip', keys: ['s'], contexts: LISTS, label: 's', describe: 'key.skip' },
  { command: 'help', keys: ['ctrl+g'], contexts: [...QUESTION, 'feedback', 'selfGrade'], label: '^G', describe: 'key.help', footer: true },
  { command: 'help', keys: ['?'], contexts: [...LISTS, 'feedback', 'selfGrade'], label: '?', describe: 'key.help' },
  { command: 'help', keys: ['?', 'escape', 'return', 'ctrl+g', 'q'], contexts: ['help'], label: 'Esc', describe: 'key.closeHelp', footer: true },
  // Esc over an answer not submitted asks first (the view knows whether there is one); Ctrl-C never asks.
  { command: 'quit', keys: ['escape'], contexts: QUESTION, label: 'Esc', describe: 'key.end', footer: true },
  { command: 'interrupt', keys: ['ctrl+c'], contexts: QUESTION, label: '^C', describe: 'key.interrupt' },
  { command: 'quit', keys: ['escape', 'ctrl+c'], contexts: ['selfGrade', 'feedback', 'loading'], label: 'Esc', describe: 'key.end', footer: true },
  { command: 'quit', keys: ['escape', 'ctrl+c', 'q', 'return'], contexts: ['summary'], label: 'Enter', describe: 'key.close', footer: true },
  { command: 'quit', keys: ['escape', 'ctrl+c', 'q'], contexts: ['review'], label: 'Esc', describe: 'key.back', footer: true },
  { command: 'quit', keys: ['escape', 'y', 'Y', 'ctrl+c'], contexts: ['confirm'], label: 'Esc/y', describe: 'key.end', footer: true },
  // Every other key in `confirm` (see commandFor); the description names them.
  { command: 'cancel', keys: [], contexts: ['confirm'], label: '', describe: 'key.backToAnswer', footer: true },
];

/** Only Ink's `Key` fields we read; kept structural so this module needs no ink import. */
export interface KeyInfo {
  upArrow: boolean;
  downArrow: boolean;
  leftArrow: boolean;
  rightArrow: boolean;
  pageUp: boolean;
  pageDown: boolean;
  home: boolean;
  end: boolean;
  return: boolean;
  escape: boolean;
  ctrl: boolean;
  tab: boolean;
  backspace: boolean;
  delete: boolean;
  meta: boolean;
}

const NAMED_KEYS: [keyof KeyInfo, KeyName][] = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'return'],
  ['escape', 'escape'],
  ['tab', 'tab'],
  ['backspace', 'backspace'],
  // Terminals send DEL (0x7f) for the Backspace key, which Ink reports as `delete`.
  ['delete', 'delete'],
];

/** The canonical name of one keypress, or null for text (several characters at once). */
export function keyName(input: string, key: KeyInfo): KeyName | null {
  for (const [field, name] of NAMED_KEYS) if (key[field]) return name;
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  if (input === '\n' || input === '\r') return 'return';
  if ([...input].length === 1) return input;
  return null;
}

function bindingFor(context: KeyContext, name: KeyName): Binding | undefined {
  return BINDINGS.find((binding) => binding.contexts.includes(context) && binding.keys.includes(name));
}

/** Contexts where printable characters are input: text to type, or letters and digits the view reads. */
const TYPING: readonly KeyContext[] = ['field', 'editor', 'choice', 'lines'];
/** The key a single character of a multi-character chunk stands for. */
function charKey(char: string): KeyName {
  if (char === '\r' || char === '\n') return 'return';
  if (char === '\u007F' || char === '\b') return 'backspace';
  if (char === '\t') return 'tab';
  if (char === ' ') return 'space';
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 ? `ctrl+${String.fromCharCode(code + 96)}` : char;
}

function commandFor(context: KeyContext, name: KeyName, input: string, modified: boolean): Command[] {
  const binding = bindingFor(context, name);
  if (binding) return [{ name: binding.command, text: input }];
  if (context === 'confirm') return [{ name: 'cancel', text: input }];
  const printable = !modified && input !== '' && !/[\u0000-\u001F\u007F]/.test(input);
  return printable && TYPING.includes(context) ? [{ name: 'type', text: input }] : [];
}

/**
 * The commands one input event means in a context. Keys typed fast (or pasted) can arrive
 * as one chunk of several characters: in a text field, runs of printable characters become
 * one `type` command; everywhere else, and for control characters (Enter, Ctrl-C…), each
 * character counts as its own key, in order.
 */
export function commandsFor(context: KeyContext, input: string, key: KeyInfo): Command[] {
  const name = keyName(input, key);
  if (name !== null) return commandFor(context, name, input, key.ctrl || key.meta);
  const commands: Command[] = [];
  const pieces = TEXT.includes(context) ? input.replace(/\t/g, ' ').split(/([\u0000-\u001F\u007F])/) : [...input];
  for (const piece of pieces) {
    if (piece === '') continue;
    commands.push(...commandFor(context, [...piece].length === 1 ? charKey(piece) : piece, piece, false));
  }
  return commands;
}

/**
 * The bindings of a context, one entry per command, for the footer or the key help. The
 * footer shows one key per command; the help joins every key that does it (`^T, h`).
 */
export function bindingsOf(context: KeyContext, { footerOnly = false } = {}): { label: string; describe: WordKey }[] {
  const entries = new Map<WordKey, { label: string; describe: WordKey }>();
  for (const binding of BINDINGS) {
    if (!binding.contexts.includes(context)) continue;
    if (footerOnly && !binding.footer) continue;
    const entry = entries.get(binding.describe);
    if (!entry) entries.set(binding.describe, { label: binding.label, describe: binding.describe });
    else if (!footerOnly && !entry.label.split(', ').includes(binding.label)) entry.label += `, ${binding.label}`;
  }
  return [...entries.values()];
}
