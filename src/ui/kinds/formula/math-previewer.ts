// Loaded in the background after the first frame: this module pulls in mathjs.
import { readStep } from '../../../core/math/derivation-document.js';
import { compileExpression } from '../../../core/math/expression.js';
import type { MathError } from '../../../core/math/index.js';
import type { Preview, Previewer } from './preview.js';

/**
 * Reads the input the way the grader will: the math core's parser and pretty-printer, and
 * for a numeric answer (no variables) its value. Errors name the column, costing nothing.
 */
export const mathPreviewer: Previewer = (source, kind) => {
  if (kind === 'step' || kind === 'first step') return stepPreview(source, kind === 'first step');
  // A numeric answer is a number or arithmetic: a name in it is a mistake worth flagging now.
  const compiled = compileExpression(source, kind === 'numeric' ? { allowedVariables: [] } : {});
  if (!compiled.ok) return failed(compiled.error);
  const expression = compiled.value;
  const value = kind === 'numeric' ? (expression.evaluate({}) ?? null) : null;
  return { pretty: expression.pretty(), value, error: null };
};

/**
 * One derivation line as the derivation checker reads it: its relation (`=`, `d/dx =`, or
 * the start) and the expression after it, pretty-printed; columns count in the whole line.
 */
function stepPreview(line: string, first: boolean): Preview {
  const content = line.replace(/#.*$/, '');
  const indent = content.length - content.trimStart().length;
  const step = readStep(content.trim(), 1, indent + 1, first);
  if (step.problem) return { pretty: null, value: null, error: step.problem };
  const compiled = compileExpression(step.source);
  if (!compiled.ok) {
    const { said, column } = compiled.error;
    return failed({ said, ...(column === undefined ? {} : { column: step.column + column - 1 }) });
  }
  const relation = step.relation === 'start' ? '' : step.relation === '=' ? '= ' : `${step.relation} = `;
  return { pretty: `${relation}${compiled.value.pretty()}`, value: null, error: null };
}

function failed({ said, column }: Pick<MathError, 'said' | 'column'>): Preview {
  return { pretty: null, value: null, error: column === undefined ? said : { key: 'expr.atColumn', params: { message: said, column } } };
}
