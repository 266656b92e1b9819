import type { QuestionCommands } from '../keys/use-commands.js';

/** What every kind's input area gets from the drill. */
export interface KindInputProps<Q, Submit = (answer: string) => void> extends QuestionCommands {
  question: Q;
  /** Keys reach the view (not while the key help is open over it). */
  active: boolean;
  /** Why the last answer could not be read (not counted), shown above the keys. */
  notice?: string | null;
  onSubmit: Submit;
}
