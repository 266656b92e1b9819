import { InputError } from '../errors.js';
import { requireFinite } from './validate.js';

/**
 * RetinaNet's prior-probability initialisation (paper §3.3): the classification bias
 * b = −log((1 − π)/π) makes every anchor start at σ(b) = π. π = 0.01 gives b ≈ −4.595.
 */
export function priorBias(pi: number): number {
  requireFinite('pi', pi);
  if (pi <= 0 || pi >= 1) throw new InputError({ key: 'error.prior', params: { value: pi } });
  return Math.log(pi) - Math.log1p(-pi);
}
