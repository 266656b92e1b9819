import { focalFromPair, pairFromPt, ptLogPt, type FocalResult, type TruePair } from './pt.js';
import {
  requireBinaryAlpha,
  requireBinaryTarget,
  requireFinite,
  requireGamma,
  requireProbability,
  type BinaryTarget,
} from './validate.js';

/** torchvision's defaults (sigmoid_focal_loss), which are also the paper's best setting. */
export const BINARY_DEFAULTS = { alpha: 0.25, gamma: 2 } as const;

export interface BinaryParams {
  /** Weight of class 1 (class 0 gets 1 − α); negative disables weighting. Default 0.25. */
  alpha?: number;
  /** Focusing parameter γ ≥ 0. Default 2. */
  gamma?: number;
}

export interface BinaryFocalResult extends FocalResult {
  /** dFL/dx with respect to the logit x (paper appendix B, times α_t). */
  grad_logit: number;
}

/** α_t = α·t + (1 − α)(1 − t), or 1 when α < 0 (torchvision's convention). */
export function alphaT(alpha: number, target: BinaryTarget): number {
  if (alpha < 0) return 1;
  return target === 1 ? alpha : 1 - alpha;
}

/** Binary focal loss of a logit x with target 0 | 1, stable for any finite x. */
export function binaryFocalFromLogit(x: number, target: number, params: BinaryParams = {}): BinaryFocalResult {
  requireFinite('logit', x);
  const t = requireBinaryTarget(target);
  // x_t = y·x with y = ±1: p_t = σ(x_t) and 1 − p_t = σ(−x_t), each without cancellation.
  return binaryResult(pairFromLogit(t === 1 ? x : -x), t, params);
}

/**
 * p_t = σ(x_t), 1 − p_t = σ(−x_t) and both logs from the one exponential e^−|x_t| (never
 * overflows): the same values sigmoid / logSigmoid give, at a third of the cost.
 */
function pairFromLogit(xt: number): TruePair {
  const e = Math.exp(-Math.abs(xt));
  const tail = Math.log1p(e);
  const large = 1 / (1 + e);
  const small = e / (1 + e);
  return xt >= 0
    ? { pt: large, q: small, logPt: -tail, logQ: -xt - tail }
    : { pt: small, q: large, logPt: xt - tail, logQ: -tail };
}

/** Binary focal loss from p = P(class 1) with target 0 | 1. */
export function binaryFocalFromP(p: number, target: number, params: BinaryParams = {}): BinaryFocalResult {
  requireProbability('p', p);
  const t = requireBinaryTarget(target);
  // For target 0 the user's p is exactly 1 − p_t, so keep it rather than 1 − (1 − p).
  const pair: TruePair =
    t === 1 ? pairFromPt(p) : { pt: 1 - p, q: p, logPt: Math.log1p(-p), logQ: Math.log(p) };
  return binaryResult(pair, t, params);
}

/**
 * Binary focal loss from p_t directly. `target` only decides α_t (and the sign of the
 * gradient); it defaults to 1, i.e. α_t = α.
 */
export function binaryFocalFromPt(pt: number, params: BinaryParams & { target?: number } = {}): BinaryFocalResult {
  requireProbability('pt', pt);
  const t = requireBinaryTarget(params.target ?? 1);
  return binaryResult(pairFromPt(pt), t, params);
}

function binaryResult(pair: TruePair, target: BinaryTarget, params: BinaryParams): BinaryFocalResult {
  const gamma = requireGamma(params.gamma ?? BINARY_DEFAULTS.gamma);
  const weight = alphaT(requireBinaryAlpha(params.alpha ?? BINARY_DEFAULTS.alpha), target);
  const { loss, ce, pt, modulating, alpha_t } = focalFromPair(pair, gamma, weight);
  // Appendix B: dFL/dx = y (1 − p_t)^γ (γ p_t log p_t + p_t − 1), here times α_t.
  // Written with 1 − p_t = q both terms are ≤ 0, so nothing cancels; finite for every p_t.
  const y = target === 1 ? 1 : -1;
  const grad = y * weight * modulating * (gamma * ptLogPt(pair) - pair.q);
  // Fields listed rather than spread: V8's object spread made this call 60× slower.
  return { loss, ce, pt, modulating, alpha_t, grad_logit: grad + 0 };
}
