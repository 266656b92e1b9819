// No imports: the CLI reads these limits before it loads the math core.

/**
 * Limits on what a document can ask for, each refused with a message naming it, so that any
 * text (a file, or the same text typed as a drill answer) is checked in a bounded time. The
 * total evaluation work is bounded in derivation.ts.
 */
export const DERIVATION_LIMITS = {
  /** Bytes a derivation file or stdin may hold (the character limit, at 4 bytes a character at most). */
  bytes: 80_000,
  /** Characters in the whole document. */
  length: 20_000,
  /** Expression lines (the start and the steps). */
  steps: 200,
  /** `let:` definitions, the question's included. */
  lets: 50,
  /**
   * Nesting depth of a step with every `let` name written out: derivatives and evaluation
   * recurse through definitions, so a long chain of lets must not drive them deeper.
   */
  depth: 400,
} as const;
