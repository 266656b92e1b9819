/**
 * The math core: one sandboxed expression language (mathjs syntax, real numbers only) used
 * everywhere an expression is read: evaluation, pretty printing, tolerances, equivalence
 * on a domain, and step-by-step derivation checking.
 */
export type { Counterexample, Domain, EquivalenceReport, MathError, MathResult } from './types.js';
export type { CompiledExpression, CompileOptions } from './expression.js';
export { compileExpression, evaluateExpression, prettyExpression } from './expression.js';
export { defaultDomain, describeDomain, parseDomains } from './domains.js';
export { checkEquivalence, DEFAULT_TOLERANCE, type EquivalenceOptions } from './equivalence.js';
export { withinTolerance } from './tolerance.js';
export { formKeyOf } from './derivation-form.js';
export { checkDerivation, type DerivationOptions, type DerivationReport, type DerivationStep } from './derivation.js';
export { describePoint, formatPair, formatValue } from './format.js';
export { prettyName } from './pretty.js';
export { MAX_LENGTH } from './sandbox.js';
export { SAMPLE_COUNT } from './sampling.js';
