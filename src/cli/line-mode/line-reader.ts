import { createInterface, type Interface } from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * Lines of a stream, one at a time, none lost: every 'line' event is queued as it
 * arrives, so input piped all at once and input typed slowly behave the same, however
 * long the caller takes between two reads. `next()` gives null at end of input or once
 * `close()` was called (Ctrl-C ends the session this way).
 */
export class LineReader {
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;
  /** close() was called (Ctrl-C, a signal), as opposed to the input ending. */
  interrupted = false;
  private readonly lines: Interface;

  constructor(
    private readonly input: Readable,
    /** Called with each line as it is handed out (not as it arrives). */
    private readonly onRead?: (line: string) => void,
  ) {
    this.lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    this.lines.on('line', (line) => this.deliver(line));
    this.lines.on('close', () => {
      this.ended = true;
      this.deliver(null);
    });
  }

  async next(): Promise<string | null> {
    const line = await this.take();
    if (line !== null) this.onRead?.(line);
    return line;
  }

  private take(): Promise<string | null> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** Stops reading: pending and later reads give null, and stdin no longer keeps the process alive. */
  close(): void {
    this.interrupted = true;
    this.queue.length = 0;
    this.lines.close();
    this.input.pause();
  }

  private deliver(line: string | null): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting(line);
    } else if (line !== null) {
      this.queue.push(line);
    }
  }
}
