/**
 * The only functions an expression may call. Everything else (mathjs's own `evaluate`,
 * `import`, `gamma`, ...) is an unknown function: the sandbox never looks names up in mathjs.
 */
export type FunctionName =
  | 'log'
  | 'log10'
  | 'log2'
  | 'exp'
  | 'expm1'
  | 'sqrt'
  | 'abs'
  | 'sign'
  | 'sigmoid'
  | 'logsigmoid'
  | 'logit'
  | 'softplus'
  | 'relu'
  | 'log1p'
  | 'min'
  | 'max'
  | 'clip'
  | 'sin'
  | 'cos'
  | 'tan'
  | 'sinh'
  | 'cosh'
  | 'tanh'
  | 'erf'
  /** Internal only (the derivative of abs): ±1, no value at 0. */
  | 'kinkSign'
  /** Internal only (the derivative of relu): 1 above 0, 0 below, no value at 0. */
  | 'step';

interface Arity {
  min: number;
  max: number;
}

const one = { min: 1, max: 1 };

/**
 * What a user may write, with its arity. `ln`, `σ`, `clamp` are spellings of log, sigmoid,
 * clip; `pow(a, b)` is read as a^b by the sandbox.
 */
const CALLABLE: Record<string, { fn: FunctionName; arity: Arity }> = {
  log: { fn: 'log', arity: { min: 1, max: 2 } },
  ln: { fn: 'log', arity: one },
  log10: { fn: 'log10', arity: one },
  log2: { fn: 'log2', arity: one },
  exp: { fn: 'exp', arity: one },
  expm1: { fn: 'expm1', arity: one },
  sqrt: { fn: 'sqrt', arity: one },
  abs: { fn: 'abs', arity: one },
  sign: { fn: 'sign', arity: one },
  sigmoid: { fn: 'sigmoid', arity: one },
  σ: { fn: 'sigmoid', arity: one },
  logsigmoid: { fn: 'logsigmoid', arity: one },
  logit: { fn: 'logit', arity: one },
  softplus: { fn: 'softplus', arity: one },
  relu: { fn: 'relu', arity: one },
  log1p: { fn: 'log1p', arity: one },
  min: { fn: 'min', arity: { min: 1, max: 64 } },
  max: { fn: 'max', arity: { min: 1, max: 64 } },
  clip: { fn: 'clip', arity: { min: 3, max: 3 } },
  clamp: { fn: 'clip', arity: { min: 3, max: 3 } },
  sin: { fn: 'sin', arity: one },
  cos: { fn: 'cos', arity: one },
  tan: { fn: 'tan', arity: one },
  sinh: { fn: 'sinh', arity: one },
  cosh: { fn: 'cosh', arity: one },
  tanh: { fn: 'tanh', arity: one },
  erf: { fn: 'erf', arity: one },
};

export function lookupFunction(name: string): { fn: FunctionName; arity: Arity } | undefined {
  return Object.hasOwn(CALLABLE, name) ? CALLABLE[name] : undefined;
}

export const CONSTANTS: Record<string, 'e' | 'pi'> = { e: 'e', pi: 'pi', π: 'pi' };

export function lookupConstant(name: string): 'e' | 'pi' | undefined {
  return Object.hasOwn(CONSTANTS, name) ? CONSTANTS[name] : undefined;
}

// The same stable sigmoid and softplus as the focal-loss reference functions.
export { logit, logSigmoid, sigmoid, softplus } from '../focal/stable.js';
