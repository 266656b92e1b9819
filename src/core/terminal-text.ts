/**
 * Text a user typed, echoed to a terminal: control characters would ring the bell, move the
 * cursor, clear the screen or recolour everything after them (ESC, BEL, CSI sequences), and
 * bidi controls would scramble the line. Each is shown escaped (ESC as \x1b, U+202E as
 * \u202e) so the echo is exactly what was typed, never an instruction to the terminal.
 * Newlines and tabs are kept where a text may span lines (`multiline`), escaped otherwise.
 */
// C0 controls, DEL, C1 controls, line and paragraph separators, bidi embeddings and isolates.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string, options: { multiline?: boolean } = {}): string {
  return text.replace(CONTROLS, (ch) => {
    if (options.multiline && (ch === '\n' || ch === '\t')) return ch;
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
