/** Public value types of the math core (re-exported by index.ts). */
import type { Said } from '../words/index.js';

export type MathResult<T> = { ok: true; value: T } | { ok: false; error: MathError };

/**
 * A problem with what the user wrote; `column` and `line` are 1-based. What it is comes as a
 * catalog key and its parameters (src/core/words/math.ts), said in the reader's language by
 * whoever shows it: the core has no language of its own.
 */
export interface MathError {
  said: Said;
  column?: number;
  line?: number;
  /** Which input the problem is in, when there are several (e.g. "a", "b", "where"). */
  part?: string;
}

/** An interval a variable is sampled from; either end may be open. */
export interface Domain {
  name: string;
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** A point where two things differ, and both values there (null = not defined). */
export interface Counterexample {
  point: Record<string, number>;
  a: number | null;
  b: number | null;
  /**
   * Both values as text that tells them apart: the confirming high-precision values with as
   * many digits as that takes, and an exponent where a double cannot hold them (1.0e-400
   * against 2.0e-400, where a and b both read 0); "undefined" where there is no value.
   */
  shown: { a: string; b: string };
}

export interface EquivalenceReport {
  equivalent: boolean;
  counterexample: Counterexample | null;
  /**
   * With no counterexample: a point where only one side has a value and whether it is a
   * removable singularity (the other side tending to that value) could not be told, as for
   * log(x²) − 2·log|x| against 0 at x = 0. Neither a difference nor equality is claimed.
   */
  undecided: Record<string, number> | null;
  /**
   * With no counterexample: a point needed more high-precision work than one check may do
   * (erf of dozens of arguments at 240 digits). Neither a difference nor equality is claimed.
   */
  workLimited: boolean;
  /** Sampled points where at least one side is defined. */
  samples: number;
  /**
   * Points where the two sides were shown equal (float64 within its rounding bound, or high
   * precision). Fewer than MIN_EVIDENCE and no difference found: `equivalent` is false with
   * no counterexample, since nothing was shown either way.
   */
  evidence: number;
  /** The domains the variables were sampled from (named or default). */
  domains: Domain[];
}

export function ok<T>(value: T): MathResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(said: Said, location: { column?: number; line?: number } = {}): MathResult<T> {
  return { ok: false, error: { said, ...location } };
}
