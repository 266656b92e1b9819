// What the graders of the kinds load when they are loaded (KindSpec.grader), never with a
// pack: the expression evaluator (mathjs), the display of its values, and drawing parameters.
export { checkDerivation, checkEquivalence, compileExpression, describePoint, formKeyOf, parseDomains, withinTolerance } from '../math/index.js';
export { describeDifference, describeTolerance, displayValue, isPlainNumber, pretty, substituteParams } from './display.js';
export { instantiate } from '../bank/instantiate.js';
