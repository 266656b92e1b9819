// Deciding on the Ink interface, without loading it: command handlers import this at no cost.

interface Stream {
  isTTY?: boolean;
}

/**
 * The Ink interface needs a keyboard and a screen: both stdin and stdout must be terminals
 * (in pipes, scripts and CI it would fail for want of raw mode), and the terminal must be
 * able to move the cursor, which TERM=dumb cannot. Otherwise the caller runs line mode.
 */
export function shouldUseInk(
  { plain }: { plain?: boolean | undefined },
  stdin: Stream = process.stdin,
  stdout: Stream = process.stdout,
  env: Record<string, string | undefined> = process.env,
): boolean {
  return !plain && Boolean(stdin.isTTY) && Boolean(stdout.isTTY) && env.TERM !== 'dumb';
}

/**
 * Ink draws nothing until exit when it believes it runs in CI (CI or CONTINUOUS_INTEGRATION
 * set, read once when Ink loads). We start Ink only on a real terminal, where someone is
 * typing, so those variables must not switch its rendering off: hide them before loading it.
 */
export function prepareInkEnvironment(env: Record<string, string | undefined> = process.env): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
