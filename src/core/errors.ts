/**
 * A problem the user caused (bad expression, unknown question, malformed pack...).
 * It carries where the problem is so that every interface can show it plainly;
 * the CLI turns it into exit code 2 with a one-line message.
 */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** A field path inside a document, e.g. `questions[3].answer.tolerance`. */
  path?: string;
}

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly location: ErrorLocation = {},
  ) {
    super(message);
  }

  /** The message prefixed with its location: `file:3:7: message`. */
  describe(): string {
    const { file, line, column, path } = this.location;
    const where = [file, line, column].filter((part) => part !== undefined).join(':');
    const prefix = [where, path].filter(Boolean).join(' ');
    return prefix ? `${prefix}: ${this.message}` : this.message;
  }
}
