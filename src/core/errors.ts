import type { Lang } from './i18n.js';
import { t, type Said } from './words/index.js';

export type { Said };

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
  /** The catalog message, when there is one (a plain string is shown as written). */
  readonly said: Said | null;
  constructor(
    message: string | Said,
    readonly location: ErrorLocation = {},
  ) {
    super(typeof message === 'string' ? message : t('en', message.key, message.params));
    this.said = typeof message === 'string' ? null : message;
  }

  /** The message in `lang`, prefixed with its location: `file:3:7: message`. */
  describe(lang: Lang = 'en'): string {
    const { file, line, column, path } = this.location;
    const where = [file, line, column].filter((part) => part !== undefined).join(':');
    const prefix = [where, path].filter(Boolean).join(' ');
    const message = this.said ? t(lang, this.said.key, this.said.params) : this.message;
    return prefix ? `${prefix}: ${message}` : message;
  }
}
