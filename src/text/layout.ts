// Layout rules shared by the Ink screens and the plain first frame.

/**
 * Below this many rows a question's screen keeps to what answering needs: the footer shows
 * the keys that submit, end and list the others (^G), and the lines saying how many questions
 * are due and what to pick give their rows to the question and its options.
 */
export const SHORT_TERMINAL_ROWS = 12;
