import { Terminal } from '@xterm/headless';

/**
 * What a terminal (xterm.js, without a display) shows after all of `raw`, cursor moves and
 * erasing interpreted: the screen's rows, and every row written, scrollback included.
 */
export async function emulate(raw: string, cols = 80, rows = 24): Promise<{ screen: string[]; all: string[] }> {
  const terminal = new Terminal({ cols, rows, scrollback: 1000, allowProposedApi: true });
  await new Promise<void>((resolve) => terminal.write(raw, resolve));
  const buffer = terminal.buffer.active;
  const row = (y: number) => buffer.getLine(y)?.translateToString(true) ?? '';
  const screen = Array.from({ length: rows }, (_, y) => row(buffer.baseY + y));
  const all = Array.from({ length: buffer.length }, (_, y) => row(y));
  terminal.dispose();
  return { screen, all };
}
