import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { FOCAL_BIN, HERMETIC_DEFAULTS } from './run-focal.js';

/**
 * The built `focal` as a live process: read its output as it comes, answer when it asks.
 * For line-mode tests that type one answer at a time, and for killing a process mid-session.
 */
export class InteractiveFocal {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly listeners = new Set<() => void>();

  constructor(args: string[], env: Record<string, string | undefined> = {}) {
    this.child = spawn(process.execPath, [FOCAL_BIN, ...args], {
      env: { ...process.env, ...HERMETIC_DEFAULTS, NO_COLOR: '1', FOCAL_DEBUG: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.stdout += chunk;
      for (const listener of this.listeners) listener();
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** Waits until `text` has appeared `times` times in stdout (or fails after `timeoutMs`). */
  waitFor(text: string, times = 1, timeoutMs = 20_000): Promise<void> {
    const seen = () => this.stdout.split(text).length - 1 >= times;
    if (seen()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out waiting for ${JSON.stringify(text)} ×${times}; stdout so far:\n${this.stdout}\nstderr:\n${this.stderr}`));
      }, timeoutMs);
      const check = () => {
        if (!seen()) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve();
      };
      this.listeners.add(check);
    });
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  endInput(): void {
    this.child.stdin.end();
  }

  exit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exited;
  }
}
