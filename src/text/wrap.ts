import { displayWidth } from './width.js';

/**
 * Wraps text to a width in terminal cells. Latin text breaks at spaces as usual; Chinese
 * text (wide characters) may break between any two characters, as Chinese typesetting does,
 * so its lines fill the width instead of waiting for a space. Closing punctuation (，。）…)
 * never starts a line and opening punctuation (（“…) never ends one. A word wider than the
 * line is cut. Line breaks in the text are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  return text.split('\n').flatMap((paragraph) => fill(tokenize(paragraph), limit));
}

interface Token {
  text: string;
  width: number;
  /** A space separates it from the token before. */
  spaced: boolean;
}

const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’…·,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（《「『【〔“‘([{']);

function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let spaced = false;
  let opening = '';
  const push = (text: string) => {
    const last = tokens.at(-1);
    if (last && !spaced && NO_LINE_START.has([...text][0] ?? '')) {
      // Closing punctuation stays with what it closes.
      last.text += text;
      last.width = displayWidth(last.text);
    } else {
      const joined = opening + text;
      tokens.push({ text: joined, width: displayWidth(joined), spaced });
      opening = '';
    }
    spaced = false;
  };
  const flushWord = () => {
    if (word !== '') push(word);
    word = '';
  };
  for (const char of paragraph) {
    if (char === ' ') {
      flushWord();
      spaced = true;
    } else if (displayWidth(char) === 2) {
      flushWord();
      if (NO_LINE_END.has(char)) opening += char;
      else push(char);
    } else {
      word += char;
    }
  }
  flushWord();
  if (opening !== '') tokens.push({ text: opening, width: displayWidth(opening), spaced });
  return tokens;
}

function fill(tokens: Token[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const gap = used > 0 && token.spaced ? 1 : 0;
    if (used + gap + token.width <= width) {
      line += (gap ? ' ' : '') + token.text;
      used += gap + token.width;
      continue;
    }
    if (used > 0) lines.push(line);
    line = '';
    used = 0;
    for (const char of token.width > width ? token.text : [token.text]) {
      const charWidth = displayWidth(char);
      if (used + charWidth > width && used > 0) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += char;
      used += charWidth;
    }
  }
  lines.push(line);
  return lines;
}
