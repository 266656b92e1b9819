import { readFileSync } from 'node:fs';

/** The shape of test/fixtures/focal-reference.json (see scripts/reference/focal_reference.py). */
export interface ExactParts {
  loss: number;
  ce: number;
  pt: number;
  modulating: number;
  alpha_t: number;
}

export interface BinaryRow {
  logit: number;
  target: 0 | 1;
  alpha: number;
  gamma: number;
  exact: ExactParts & { one_minus_pt: number; grad_logit: number };
  torchvision: { loss: number; grad_logit: number | null };
}

export interface ProbabilityRow {
  p: number;
  target: 0 | 1;
  alpha: number;
  gamma: number;
  exact: ExactParts & { grad_logit: number };
}

export interface PtRow {
  pt: number;
  gamma: number;
  exact: { loss: number; ce: number; modulating: number };
}

export interface SoftmaxRow {
  logits: number[];
  target: number;
  alpha: number | number[];
  gamma: number;
  exact: ExactParts & { one_minus_pt: number; grad_logits: number[] };
  torch: { loss: number; grad_logits: (number | null)[] };
}

export interface FocalReference {
  binary: BinaryRow[];
  probability: ProbabilityRow[];
  pt: PtRow[];
  softmax: SoftmaxRow[];
}

export const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/focal-reference.json', import.meta.url), 'utf8'),
) as FocalReference;

/**
 * Against the 60-digit mpmath values: relative 1e-13. Double precision gives ~1.1e-16 per
 * operation; the worst case is exp(γ·log(1 − p_t)), which multiplies the relative error of its
 * argument by the argument's size (up to ~745 before underflow), i.e. up to ~1e-13 in principle.
 * Measured worst over the fixture: 1.8e-14 (loss at p = 1 − 2⁻⁵³, γ = 5). Below 1e-300 results
 * are subnormal or zero and carry fewer significant bits, hence the absolute floor.
 */
export const EXACT_RELATIVE = 1e-13;
export const SUBNORMAL_FLOOR = 1e-300;

export function exactTolerance(expected: number): number {
  return EXACT_RELATIVE * Math.abs(expected) + SUBNORMAL_FLOOR;
}

export const EPS = Number.EPSILON;
