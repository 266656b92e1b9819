import { ROLES, type Role, type Style } from '../text/style.js';

/**
 * Colours of the interface, by role (src/text/style.ts says which colour each role is). With
 * colour off (`--no-color`, NO_COLOR, TERM=dumb) every role maps to no colour at all, so views
 * can pass `color={theme.x}` unconditionally.
 */
export type Theme = { color: boolean } & { [R in Role]?: Style };

export function makeTheme(color: boolean): Theme {
  return color ? { color, ...ROLES } : { color };
}
