/**
 * Colours of the interface. With colour off (`--no-color`, NO_COLOR, TERM=dumb) every
 * role maps to no colour at all, so views can pass `color={theme.x}` unconditionally.
 */
export interface Theme {
  color: boolean;
  accent?: string;
  muted?: string;
  good?: string;
  bad?: string;
  warn?: string;
  selection?: string;
}

export function makeTheme(color: boolean): Theme {
  if (!color) return { color };
  return { color, accent: 'cyan', muted: 'gray', good: 'green', bad: 'red', warn: 'yellow', selection: 'cyan' };
}
