// The one place that writes terminal styles. Whether to style at all is decided once, by
// useColor (src/cli/environment.ts: --no-color, NO_COLOR, FORCE_COLOR, a terminal), and passed
// down; this module only writes the codes. A hand-made table rather than util.styleText: on
// Node 20 whether styleText checks the stream differs between minor versions.

const STYLES = {
  bold: [1, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  gray: [90, 39],
  redBright: [91, 39],
  blueBright: [94, 39],
} as const;

export type Style = keyof typeof STYLES;

/** What each colour means, the same in plain text and in the Ink views (src/ui/theme.ts). */
export const ROLES = { accent: 'cyan', muted: 'gray', good: 'green', bad: 'red', warn: 'yellow', selection: 'cyan' } as const satisfies Record<string, Style>;
export type Role = keyof typeof ROLES;

/** `text` in `style` when `color` is on, else as it is. */
export function styled(style: Style, text: string, color: boolean): string {
  if (!color) return text;
  const [open, close] = STYLES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** `text` without the styles `styled` writes, for measuring its width. */
export function unstyled(text: string): string {
  return text.replace(/\u001b\[\d+m/g, '');
}
