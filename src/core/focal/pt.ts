import { requireFinite, requireGamma, requireProbability } from './validate.js';

/** What every focal-loss form reports (the JSON keys of `focal loss`). */
export interface FocalResult {
  /** −α_t (1 − p_t)^γ log p_t */
  loss: number;
  /** −log p_t */
  ce: number;
  /** probability of the true class */
  pt: number;
  /** (1 − p_t)^γ */
  modulating: number;
  alpha_t: number;
}

/**
 * p_t and 1 − p_t with their logarithms, each computed accurately where it was born
 * (from a logit, a probability, or a softmax). Keeping 1 − p_t and its log separate from
 * p_t is what makes easy examples exact: 1 − σ(30) is σ(−30), not 1 − 0.99999999999990.
 */
export interface TruePair {
  pt: number;
  q: number;
  logPt: number;
  logQ: number;
}

/** The pair for a given p_t (the user's own number, so 1 − p_t is as exact as it can be). */
export function pairFromPt(pt: number): TruePair {
  return { pt, q: 1 - pt, logPt: Math.log(pt), logQ: Math.log1p(-pt) };
}

/** (1 − p_t)^γ as exp(γ log(1 − p_t)); γ = 0 gives 1 even at p_t = 1 (0^0 = 1). */
export function modulatingFromLogQ(logQ: number, gamma: number): number {
  return gamma === 0 ? 1 : Math.exp(gamma * logQ);
}

/** α_t · m · CE, where a zero weight means "ignored" even when CE is infinite (no 0·∞). */
export function weightedLoss(alphaT: number, modulating: number, ce: number): number {
  if (alphaT === 0) return 0;
  return alphaT * modulating * ce;
}

/** p_t log p_t, with its limit 0 at p_t = 0 (no 0·−∞). */
export function ptLogPt(pair: TruePair): number {
  return pair.pt === 0 ? 0 : pair.pt * pair.logPt;
}

/** The loss and its parts from a pair; `+ 0` turns −0 into 0 for tidy output. */
export function focalFromPair(pair: TruePair, gamma: number, alphaT: number): FocalResult {
  const ce = -pair.logPt + 0;
  const modulating = modulatingFromLogQ(pair.logQ, gamma);
  return { loss: weightedLoss(alphaT, modulating, ce), ce, pt: pair.pt, modulating, alpha_t: alphaT };
}

/** Cross entropy −log p_t. */
export function ceFromPt(pt: number): number {
  requireProbability('pt', pt);
  return -Math.log(pt) + 0;
}

/** The modulating factor (1 − p_t)^γ. */
export function modulatingFactor(pt: number, gamma: number): number {
  requireProbability('pt', pt);
  return modulatingFromLogQ(Math.log1p(-pt), requireGamma(gamma));
}

/** FL(p_t) = −α_t (1 − p_t)^γ log p_t. */
export function focalFromPt(pt: number, gamma: number, alphaT = 1): number {
  requireProbability('pt', pt);
  requireGamma(gamma);
  requireFinite('alpha_t', alphaT);
  return focalFromPair(pairFromPt(pt), gamma, alphaT).loss;
}
