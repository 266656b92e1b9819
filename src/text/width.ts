// Ink measures text with string-width (its own dependency); we measure with the same
// function so that our padding agrees with its layout, CJK characters being two cells.
import stringWidth from 'string-width';

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Pads to a display width. */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
