// The option-letter codec: option i is shown, typed, graded and stored as the i-th letter.
// Every reader and writer of option letters goes through these two functions.

/** a, b, c… for option 0, 1, 2… */
export function optionLetter(index: number): string {
  return String.fromCharCode(97 + index);
}

/** 0, 1, 2… for a, b, c… (either case); -1 for anything that is not one letter a–z. */
export function letterIndex(letter: string): number {
  return /^[a-z]$/i.test(letter) ? letter.toLowerCase().charCodeAt(0) - 97 : -1;
}
