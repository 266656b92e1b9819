// Build-time stand-in for `string-width` (used by yargs' help layout and by Ink).
// Measuring with the full Unicode segmenter costs tens of milliseconds the first time,
// so text made only of characters that are always one cell wide (ASCII, Latin-1 but
// the soft hyphen, Greek, general punctuation such as ‰ ′ › (not the zero-width and bidi controls),
// sub/superscripts, arrows, math operators, box drawing, blocks and geometric
// shapes up to U+25FC, ⌫ ⏱ ✓ ✗: the characters of our help, formulas and the drill's
// frames), once stripped of colour codes, is measured by its length; anything else (emoji,
// combining marks, other escapes) takes the full path.
import fullStringWidth from 'string-width';

const ONE_CELL_EACH = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u03ff\u2010-\u2027\u2030-\u205e\u2070-\u209f\u2190-\u22ff\u232b\u23f1\u2500-\u25fc\u2713\u2717]*$/;

// Chinese text (the --help and messages under --lang zh) is just as simple: CJK ideographs, CJK
// punctuation (not its combining tone marks U+302A–U+302F nor the half-width U+303F) and the
// fullwidth forms are two cells each, one code unit each, and join nothing.
const TWO_CELLS = '\u3000-\u3029\u3030-\u303e\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6';
const ONE_OR_TWO_CELLS = new RegExp(`^[${ONE_CELL_EACH.source.slice(2, -3)}${TWO_CELLS}]*$`);
const WIDE = new RegExp(`[${TWO_CELLS}]`, 'g');

// Colour and style codes (SGR) take no cells; Ink measures styled text with them in place.
const SGR = /\u001B\[[0-9;]*m/g;

export default function stringWidth(text, options) {
  if (typeof text === 'string' && options?.ambiguousIsNarrow !== false && !options?.countAnsiEscapeCodes) {
    const visible = text.includes('\u001B') ? text.replace(SGR, '') : text;
    if (ONE_CELL_EACH.test(visible)) return visible.length;
    if (ONE_OR_TWO_CELLS.test(visible)) return visible.length + (visible.match(WIDE)?.length ?? 0);
  }
  return fullStringWidth(text, options);
}
