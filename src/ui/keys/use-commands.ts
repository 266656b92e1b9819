import type { Command, KeyContext } from './keymap.js';
import { useCommands } from './key-router.js';

export { useCommands };

/** The commands every question view passes up to the drill instead of handling itself. */
export interface QuestionCommands {
  onHint: () => void;
  onSkip: () => void;
  onHelp: () => void;
  onQuit: () => void;
}

/**
 * Like useCommands for a question's input area: hint, skip, help and quit go to the drill,
 * everything else to the view's own handler.
 */
export function useQuestionCommands(
  context: KeyContext,
  global: QuestionCommands,
  onLocal: (command: Command) => void,
  isActive: boolean,
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
          return global.onQuit();
        default:
          return onLocal(command);
      }
    },
    isActive,
  );
}
