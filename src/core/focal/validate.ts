import { InputError } from '../errors.js';

/**
 * Checks of user-supplied parameters. Each throws an InputError whose message names the
 * parameter (the CLI flags carry the same names) and the offending value.
 */

export function requireFinite(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError({ key: 'error.finite', params: { name, value: String(value) } });
  }
  return value;
}

export function requireProbability(name: string, value: number): number {
  requireFinite(name, value);
  if (value < 0 || value > 1) throw new InputError({ key: 'error.probability', params: { name, value } });
  return value;
}

export function requireGamma(gamma: number): number {
  requireFinite('gamma', gamma);
  if (gamma < 0) throw new InputError({ key: 'error.gamma', params: { value: gamma } });
  return gamma;
}

export type BinaryTarget = 0 | 1;

export function requireBinaryTarget(target: number | undefined): BinaryTarget {
  if (target === undefined) throw new InputError({ key: 'error.targetRequired' });
  if (target !== 0 && target !== 1) throw new InputError({ key: 'error.targetBinary', params: { value: target } });
  return target;
}

/** A class index into `classes` classes. */
export function requireClassIndex(target: number | undefined, classes: number): number {
  if (target === undefined) throw new InputError({ key: 'error.classRequired', params: { last: classes - 1 } });
  if (!Number.isInteger(target) || target < 0 || target >= classes) {
    throw new InputError({ key: 'error.classIndex', params: { last: classes - 1, value: target } });
  }
  return target;
}

/**
 * Binary α as torchvision reads it: a negative value switches weighting off; otherwise it is
 * the weight of class 1 and 1 − α that of class 0, so it must not exceed 1 (that would make
 * the loss of negatives negative).
 */
export function requireBinaryAlpha(alpha: number): number {
  requireFinite('alpha', alpha);
  if (alpha > 1) throw new InputError({ key: 'error.binaryAlpha', params: { value: alpha } });
  return alpha;
}

/** A multi-class weight: any finite value ≥ 0 (per-class weights above 1 are common). */
export function requireClassWeight(name: string, alpha: number): number {
  requireFinite(name, alpha);
  if (alpha < 0) throw new InputError({ key: 'error.classWeight', params: { name, value: alpha } });
  return alpha;
}
