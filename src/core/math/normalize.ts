/**
 * Accepts the way formulas are printed or typed (−, ·, ×, ², pₜ, √x, **) by rewriting them into mathjs syntax
 * before parsing, while remembering where each character came from so that a parse error
 * still points at the column the user typed.
 */

const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-', // − minus sign
  '\u2013': '-', // – en dash
  '\u00b7': '*', // · middle dot
  '\u22c5': '*', // ⋅ dot operator
  '\u00d7': '*', // × times
  '\u2217': '*', // ∗ asterisk operator
  '\u00f7': '/', // ÷
  '\u2215': '/', // ∕ division slash
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u209c': '_t', // ₜ subscript t: pₜ → p_t
};

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

export interface Normalized {
  text: string;
  /**
   * origin[i] = index in the original text of normalized character i (one extra entry for the
   * end); undefined when nothing was rewritten, so each character is where it was.
   */
  origin: number[] | undefined;
}

/** Where normalized character `index` came from in the original text. */
export function originOf(normalized: Normalized, index: number): number {
  const { origin, text } = normalized;
  const last = origin ? origin.length - 1 : text.length;
  const at = Math.max(0, Math.min(index, last));
  return origin ? origin[at]! : at;
}

/** Text that needs no rewriting: ASCII with no `**`. */
const ALREADY_PLAIN = /^[\x00-\x7f]*$/;

const PLAIN = /[\x00-\x29\x2b-\x7f]+/y;

export function normalizeInput(source: string): Normalized {
  if (ALREADY_PLAIN.test(source) && !source.includes('**')) return { text: source, origin: undefined };
  let text = '';
  const origin: number[] = [];
  const emit = (piece: string, from: number) => {
    text += piece;
    for (let k = 0; k < piece.length; k++) origin.push(from);
  };
  for (let i = 0; i < source.length; i++) {
    // Plain ASCII other than '*' is copied as it is, a run at a time.
    PLAIN.lastIndex = i;
    const run = PLAIN.exec(source);
    if (run) {
      text += run[0];
      for (let k = 0; k < run[0].length; k++) origin.push(i + k);
      i += run[0].length - 1;
      continue;
    }
    const ch = source[i]!;
    // A run of superscript characters is an exponent: x² → x^2, x⁻¹ → x^-1.
    if (ch === '⁻' || ch === '⁺' || SUPERSCRIPT_DIGITS.includes(ch)) {
      let j = i;
      let exponent = '';
      if (source[j] === '⁻' || source[j] === '⁺') exponent += source[j++] === '⁻' ? '-' : '';
      while (j < source.length && SUPERSCRIPT_DIGITS.includes(source[j]!)) exponent += SUPERSCRIPT_DIGITS.indexOf(source[j++]!);
      if (/\d/.test(exponent)) {
        emit('^', i);
        for (let k = 0; k < exponent.length; k++) emit(exponent[k]!, Math.min(i + k, j - 1));
        i = j - 1;
        continue;
      }
    }
    // Python's power operator.
    if (ch === '*' && source[i + 1] === '*') {
      emit('^', i);
      i++;
      continue;
    }
    // √(…) is sqrt(…); √x and √2 take the name or number that follows.
    if (ch === '\u221a') {
      emit('sqrt', i);
      const atom = /^(?:[A-Za-z\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff\u209c\u2080-\u2089]*|\d+(?:\.\d*)?|\.\d+)/.exec(source.slice(i + 1));
      if (atom) {
        emit('(', i);
        for (let k = 0; k < atom[0].length; k++) {
          const inner = source[i + 1 + k]!;
          const sub = SUBSCRIPT_DIGITS.indexOf(inner);
          emit(sub >= 0 ? `_${sub}` : Object.hasOwn(REPLACEMENTS, inner) ? REPLACEMENTS[inner]! : inner, i + 1 + k);
        }
        emit(')', i + atom[0].length);
        i += atom[0].length;
      }
      continue;
    }
    const digit = SUBSCRIPT_DIGITS.indexOf(ch);
    if (digit >= 0) {
      emit(`_${digit}`, i);
      continue;
    }
    emit(Object.hasOwn(REPLACEMENTS, ch) ? REPLACEMENTS[ch]! : ch, i);
  }
  origin.push(source.length);
  return { text, origin };
}

/** The 1-based column in the original text of 1-based column `column` of the normalized text. */
export function originalColumn(normalized: Normalized, column: number): number {
  return originOf(normalized, column - 1) + 1;
}
