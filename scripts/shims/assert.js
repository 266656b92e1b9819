// Build-time stand-in for the two `assert` functions yargs uses for internal sanity
// checks: loading node:assert costs several milliseconds of start-up for them.
export function strictEqual(actual, expected, message) {
  if (actual !== expected) throw new Error(message ?? `expected ${String(expected)}, got ${String(actual)}`);
}

export function notStrictEqual(actual, expected, message) {
  if (actual === expected) throw new Error(message ?? `did not expect ${String(actual)}`);
}
