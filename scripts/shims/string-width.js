// Build-time stand-in for `string-width` (used by yargs' help layout and by Ink).
// Measuring with the full Unicode segmenter costs tens of milliseconds the first time,
// so text made only of characters that are always one cell wide (ASCII, Latin-1,
// Greek, sub/superscripts, arrows, math operators: the characters of our help and
// formulas) is measured by its length; anything else (CJK, emoji, combining marks,
// ANSI escapes) takes the full path.
import fullStringWidth from 'string-width';

const ONE_CELL_EACH = /^[\x20-\x7e\xa0-\u02ff\u0370-\u03ff\u2010-\u2027\u2070-\u209f\u2190-\u22ff]*$/;

export default function stringWidth(text, options) {
  if (typeof text === 'string' && options?.ambiguousIsNarrow !== false && ONE_CELL_EACH.test(text)) {
    return text.length;
  }
  return fullStringWidth(text, options);
}
