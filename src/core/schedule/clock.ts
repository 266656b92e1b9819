/**
 * Where "now" comes from. Core code never reads the system time itself, so tests can run
 * a whole schedule on a fake clock; the CLI passes the real one.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const DAY_MS = 86_400_000;

/** A clock that stands still until moved: for tests and benchmarks. */
export function fixedClock(start: number): Clock & { advance(ms: number): void; set(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}
