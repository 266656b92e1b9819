import { InputError } from '../../core/errors.js';

/** Placeholder handler for a command whose implementation has not landed yet. */
export function notYet(name: string): never {
  throw new InputError(`"focal ${name}" is not available in this build yet`);
}
