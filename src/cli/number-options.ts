import { InputError } from '../core/errors.js';
import { u } from './usage-words.js';

/**
 * yargs keeps only the message of an error a coerce function throws; the refusal itself is
 * kept here, so that main() can say it in the user's language.
 */
let refused: InputError | undefined;

/** The InputError a coerce function refused a value with, when yargs reports `message`. */
export function refusedByCoerce(message: string): InputError | undefined {
  return refused?.message === message ? refused : undefined;
}

/** A coerce function whose refusals are kept for refusedByCoerce. */
export function refusing<T>(check: (value: unknown) => T): (value: unknown) => T {
  return (value) => {
    try {
      return check(value);
    } catch (error) {
      if (error instanceof InputError) refused = error;
      throw error;
    }
  };
}

/**
 * A yargs `coerce` for an option that takes a whole number. The option is declared without
 * a yargs type so that the value arrives as typed: `--count abc` is refused as "abc", not
 * read as NaN, and `--seed 1.5` is refused instead of accepted.
 */
export function wholeNumber(option: string, min?: number): (value: unknown) => number {
  return refusing((value) => {
    const last = Array.isArray(value) ? value.at(-1) : value;
    const text = typeof last === 'string' ? last.trim() : last;
    const number = typeof text === 'number' ? text : typeof text === 'string' && /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(number) || (min !== undefined && number < min)) {
      const value = last === true || last === undefined ? { key: 'error.nothing' as const } : JSON.stringify(String(last));
      throw new InputError(min === undefined ? { key: 'error.wholeNumber', params: { option: `--${option}`, value } } : { key: 'error.wholeNumberFrom', params: { option: `--${option}`, min, value } });
    }
    return number;
  });
}

/** `--seed`: any whole number (seeds wrap to 32 bits). */
export const seedOptionSpec = {
  requiresArg: true,
  coerce: wholeNumber('seed'),
  // Read when a builder declares the option, in the language of the usage text.
  get describe() {
    return u('usage.seedSpec');
  },
} as const;
