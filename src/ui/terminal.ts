// Preparing for the Ink interface without loading it: command handlers import this at no cost.

/**
 * Ink draws nothing until exit when it believes it runs in CI (CI or CONTINUOUS_INTEGRATION
 * set, read once when Ink loads). We start Ink only on a real terminal, where someone is
 * typing, so those variables must not switch its rendering off: hide them before loading it.
 */
export function prepareInkEnvironment(env: Record<string, string | undefined> = process.env): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
