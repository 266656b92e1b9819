import { InputError } from '../core/errors.js';

/**
 * A yargs `coerce` for an option that takes a whole number. The option is declared without
 * a yargs type so that the value arrives as typed: `--count abc` is refused as "abc", not
 * read as NaN, and `--seed 1.5` is refused instead of accepted.
 */
export function wholeNumber(option: string, min?: number): (value: unknown) => number {
  return (value) => {
    const last = Array.isArray(value) ? value.at(-1) : value;
    const text = typeof last === 'string' ? last.trim() : last;
    const number = typeof text === 'number' ? text : typeof text === 'string' && /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(number) || (min !== undefined && number < min)) {
      const value = last === true || last === undefined ? { key: 'error.nothing' as const } : JSON.stringify(String(last));
      throw new InputError(min === undefined ? { key: 'error.wholeNumber', params: { option: `--${option}`, value } } : { key: 'error.wholeNumberFrom', params: { option: `--${option}`, min, value } });
    }
    return number;
  };
}

/** `--seed`: any whole number (seeds wrap to 32 bits). */
export const seedOptionSpec = {
  requiresArg: true,
  coerce: wholeNumber('seed'),
  describe: "Parameters of a parametric question, order of a choice question's options: a whole number (default 1)",
} as const;
