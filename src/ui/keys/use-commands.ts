import type { Command, KeyContext } from './keymap.js';
import { useCommands } from './key-router.js';

export { useCommands };

/** The commands every question view passes up to the drill instead of handling itself. */
export interface QuestionCommands {
  onHint: () => void;
  onSkip: () => void;
  onHelp: () => void;
  /** Ends the session; `unsubmitted`: there is an answer in progress that ending would drop, so ask first. */
  onQuit: (unsubmitted?: boolean) => void;
  /** Scrolls the question's text when it does not fit (-1 up, 1 down, a page at a time). */
  onScroll?: (direction: 1 | -1) => void;
}

/**
 * Like useCommands for a question's input area: hint, skip, help and quit go to the drill,
 * everything else to the view's own handler. `hasInput` says whether something typed or
 * picked would be lost: Esc then asks before ending (Ctrl-C never asks).
 */
export function useQuestionCommands(
  context: KeyContext,
  global: QuestionCommands,
  onLocal: (command: Command) => void,
  isActive: boolean,
  hasInput: () => boolean = () => false,
): void {
  useCommands(
    context,
    (command) => {
      switch (command.name) {
        case 'hint':
          return global.onHint();
        case 'skip':
          return global.onSkip();
        case 'help':
          return global.onHelp();
        case 'quit':
          return global.onQuit(hasInput());
        case 'interrupt':
          return global.onQuit(false);
        case 'scrollUp':
          return global.onScroll?.(-1);
        case 'scrollDown':
          return global.onScroll?.(1);
        default:
          return onLocal(command);
      }
    },
    isActive,
  );
}
