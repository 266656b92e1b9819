/** The commands line mode understands at `answer> `: whole lines, which no answer of any kind can be. */
export const LINE_COMMANDS = { hint: ':hint', skip: ':skip', quit: ':quit' } as const;
