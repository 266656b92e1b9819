// Plain-text wrapping for the terminal.
import type { Output } from './output.js';

/** Wrap only on a terminal (at most 100 columns): piped output keeps one line per paragraph for grep and scripts. */
export function terminalWidth(output: Output): number | undefined {
  return output.columns === undefined ? undefined : Math.min(100, output.columns);
}

/** Terminal cells of a character: CJK and full-width forms take two. */
export function cells(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6);
  return wide ? 2 : 1;
}

/**
 * Wraps each line of `text` to `width` cells with `indent` before every line. English
 * breaks at spaces; Chinese may break between any two characters.
 */
export function wrapText(text: string, width: number | undefined, indent = ''): string {
  return text
    .split('\n')
    .flatMap((paragraph) => {
      if (width === undefined) return [indent + paragraph];
      const limit = Math.max(20, width - indent.length);
      const lines: string[] = [];
      let line = '';
      let lineWidth = 0;
      for (const token of paragraph.match(/\s+|[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffe6]|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffe6]+/g) ?? []) {
        const tokenWidth = [...token].reduce((sum, char) => sum + cells(char), 0);
        if (lineWidth + tokenWidth > limit && line.trim() !== '') {
          lines.push(line.trimEnd());
          line = '';
          lineWidth = 0;
          if (/^\s+$/.test(token)) continue;
        }
        line += token;
        lineWidth += tokenWidth;
      }
      lines.push(line.trimEnd());
      return lines.map((entry) => indent + entry);
    })
    .join('\n');
}
