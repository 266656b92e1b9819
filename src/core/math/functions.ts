/**
 * The only functions an expression may call. Everything else (mathjs's own `evaluate`,
 * `import`, `gamma`, ...) is an unknown function: the sandbox never looks names up in mathjs.
 */
export type FunctionName =
  | 'log'
  | 'log10'
  | 'log2'
  | 'exp'
  | 'sqrt'
  | 'abs'
  | 'sigmoid'
  | 'softplus'
  | 'log1p'
  | 'min'
  | 'max'
  /** Internal only (the derivative of abs); not callable from an expression. */
  | 'sign';

interface Arity {
  min: number;
  max: number;
}

/** What a user may write, with its arity. `ln` and `σ` are spellings of log and sigmoid. */
const CALLABLE: Record<string, { fn: FunctionName; arity: Arity }> = {
  log: { fn: 'log', arity: { min: 1, max: 2 } },
  ln: { fn: 'log', arity: { min: 1, max: 1 } },
  log10: { fn: 'log10', arity: { min: 1, max: 1 } },
  log2: { fn: 'log2', arity: { min: 1, max: 1 } },
  exp: { fn: 'exp', arity: { min: 1, max: 1 } },
  sqrt: { fn: 'sqrt', arity: { min: 1, max: 1 } },
  abs: { fn: 'abs', arity: { min: 1, max: 1 } },
  sigmoid: { fn: 'sigmoid', arity: { min: 1, max: 1 } },
  σ: { fn: 'sigmoid', arity: { min: 1, max: 1 } },
  softplus: { fn: 'softplus', arity: { min: 1, max: 1 } },
  log1p: { fn: 'log1p', arity: { min: 1, max: 1 } },
  min: { fn: 'min', arity: { min: 1, max: 64 } },
  max: { fn: 'max', arity: { min: 1, max: 64 } },
};

export function lookupFunction(name: string): { fn: FunctionName; arity: Arity } | undefined {
  return Object.hasOwn(CALLABLE, name) ? CALLABLE[name] : undefined;
}

export const CALLABLE_NAMES = Object.keys(CALLABLE).filter((name) => /^[a-z]/.test(name));

export const CONSTANTS: Record<string, 'e' | 'pi'> = { e: 'e', pi: 'pi', π: 'pi' };

export function lookupConstant(name: string): 'e' | 'pi' | undefined {
  return Object.hasOwn(CONSTANTS, name) ? CONSTANTS[name] : undefined;
}

// The same stable sigmoid and softplus as the focal-loss reference functions.
export { sigmoid, softplus } from '../focal/stable.js';
