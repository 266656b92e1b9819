import { spawn, type IPty } from 'node-pty';
import { FOCAL_BIN } from './run-focal.js';

/** Every ANSI control sequence Ink writes (colours, cursor moves, erasing, private modes). */
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])/g;

export const PTY_KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  enter: '\r',
  escape: '\u001B',
  space: ' ',
  ctrlC: '\u0003',
  ctrl: (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96),
} as const;

export interface PtyOptions {
  cols?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
}

/**
 * A program in a real pseudo-terminal (80×24 unless told): what a user at a terminal gets,
 * raw mode and all. The screen is read as Ink's frames: each one is written inside a
 * synchronized-output block (ESC[?2026h … ESC[?2026l) after erasing the one before, so the
 * text of the last complete block is what the terminal shows.
 */
export class PtyProcess {
  readonly pty: IPty;
  raw = '';
  readonly spawnedAt = performance.now();
  private readonly listeners = new Set<() => void>();
  private readonly exited: Promise<{ exitCode: number; signal?: number }>;

  constructor(file: string, args: string[], { cols = 80, rows = 24, env = {} }: PtyOptions = {}) {
    const environment: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...process.env, FOCAL_DEBUG: undefined, TERM: 'xterm-256color', ...env })) {
      if (value !== undefined) environment[name] = value;
    }
    this.pty = spawn(file, args, { cols, rows, env: environment, name: 'xterm-256color' });
    this.pty.onData((data) => {
      this.raw += data;
      for (const listener of this.listeners) listener();
    });
    this.exited = new Promise((resolve) => this.pty.onExit(resolve));
  }

  /** Every frame drawn so far, as plain text lines (colours and cursor moves removed). */
  frames(): string[][] {
    // A frame still arriving (its closing ESC[?2026l not read yet) is not on the screen yet:
    // the terminal shows it only once the block ends.
    const blocks = this.raw.split('\u001B[?2026h').slice(1).filter((block) => block.includes('\u001B[?2026l'));
    return blocks.map((block) => toLines(block.split('\u001B[?2026l')[0]!));
  }

  /** The screen as it stands: the last frame's lines. */
  screen(): string {
    return (this.frames().at(-1) ?? []).join('\n');
  }

  /** Everything written, as plain text (for what was printed after Ink exited too). */
  text(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Waits until the screen shows `pattern` (or satisfies it); resolves with the ms since spawn. */
  waitFor(pattern: string | RegExp | ((screen: string) => boolean), timeoutMs = 20_000): Promise<number> {
    const shown = () => {
      const screen = this.screen();
      if (typeof pattern === 'function') return pattern(screen);
      return typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen);
    };
    if (shown()) return Promise.resolve(performance.now() - this.spawnedAt);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`screen never showed ${String(pattern)}; it shows:\n${this.screen()}\n--- all output:\n${this.text()}`));
      }, timeoutMs);
      const check = () => {
        if (!shown()) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(performance.now() - this.spawnedAt);
      };
      this.listeners.add(check);
    });
  }

  /** Types keys, one write each, as a person would (a short pause lets each one render). */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.pty.write(key);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  }

  exit(timeoutMs = 20_000): Promise<{ exitCode: number; signal?: number }> {
    return Promise.race([
      this.exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`focal did not exit; screen:\n${this.screen()}`)), timeoutMs),
      ),
    ]);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }
}

/** The built `focal` in a pseudo-terminal. */
export class PtyFocal extends PtyProcess {
  constructor(args: string[], options: PtyOptions = {}) {
    super(process.execPath, [FOCAL_BIN, ...args], options);
  }
}

function toLines(block: string): string[] {
  // Erasing the previous frame (ESC[2K ESC[1A … ESC[G) leaves nothing visible behind.
  const lines = block.replace(ANSI, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
