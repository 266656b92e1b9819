// Build-time stand-in for `string-width` (used by yargs' help layout and by Ink).
// Measuring with the full Unicode segmenter costs tens of milliseconds the first time,
// so text made only of characters that are always one cell wide (ASCII, Latin-1 but
// the soft hyphen, Greek, general punctuation such as ‰ ′ › (not the zero-width and bidi controls),
// sub/superscripts, arrows, math operators, box drawing, blocks and geometric
// shapes up to U+25FC, ⌫ ⏱ ✓ ✗: the characters of our help, formulas and the drill's
// frames), once stripped of colour codes, is measured by its length; anything else (CJK,
// emoji, combining marks, other escapes) takes the full path.
import fullStringWidth from 'string-width';

const ONE_CELL_EACH = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u03ff\u2010-\u2027\u2030-\u205e\u2070-\u209f\u2190-\u22ff\u232b\u23f1\u2500-\u25fc\u2713\u2717]*$/;

// Colour and style codes (SGR) take no cells; Ink measures styled text with them in place.
const SGR = /\u001B\[[0-9;]*m/g;

export default function stringWidth(text, options) {
  if (typeof text === 'string' && options?.ambiguousIsNarrow !== false && !options?.countAnsiEscapeCodes) {
    const visible = text.includes('\u001B') ? text.replace(SGR, '') : text;
    if (ONE_CELL_EACH.test(visible)) return visible.length;
  }
  return fullStringWidth(text, options);
}
