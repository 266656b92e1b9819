// Loaded in the background after the first frame: this module pulls in mathjs.
import { compileExpression } from '../../../core/math/expression.js';
import type { Previewer } from './preview.js';

/**
 * Reads the input the way the grader will: the math core's parser and pretty-printer, and
 * for a numeric answer (no variables) its value. Errors name the column, costing nothing.
 */
export const mathPreviewer: Previewer = (source, kind) => {
  // A numeric answer is a number or arithmetic: a name in it is a mistake worth flagging now.
  const compiled = compileExpression(source, kind === 'numeric' ? { allowedVariables: [] } : {});
  if (!compiled.ok) {
    const { message, column } = compiled.error;
    return { pretty: null, value: null, error: column === undefined ? message : `${message} (column ${column})` };
  }
  const expression = compiled.value;
  const value = kind === 'numeric' ? (expression.evaluate({}) ?? null) : null;
  return { pretty: expression.pretty(), value, error: null };
};
