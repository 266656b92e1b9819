import { InputError } from '../errors.js';
import { logSoftmax, logSumExp } from './stable.js';
import { focalFromPair, ptLogPt, type FocalResult, type TruePair } from './pt.js';
import { requireClassIndex, requireClassWeight, requireFinite, requireGamma } from './validate.js';

export const SOFTMAX_DEFAULTS = { alpha: 1, gamma: 2 } as const;

export interface SoftmaxParams {
  /** One weight for every class, or α_c per class (the target's is used). Default 1. */
  alpha?: number | readonly number[];
  gamma?: number;
}

export interface SoftmaxFocalResult extends FocalResult {
  /** dFL/dz_j for every logit. */
  grad_logits: number[];
}

/** Below this, 1 − p_t is subnormal and its log is taken from log-sum-exps instead. */
const SMALLEST_ACCURATE_Q = 1e-290;

/**
 * Softmax focal loss −α_c (1 − p_c)^γ log p_c for logits z and target class c, with
 * log p_c from a log-sum-exp (not log of a product with a one-hot), stable for any logits.
 */
export function softmaxFocal(logits: readonly number[], target: number, params: SoftmaxParams = {}): SoftmaxFocalResult {
  if (logits.length < 2) throw new InputError({ key: 'error.twoClasses', params: { n: logits.length } });
  logits.forEach((z, i) => requireFinite(`logits[${i}]`, z));
  const c = requireClassIndex(target, logits.length);
  const gamma = requireGamma(params.gamma ?? SOFTMAX_DEFAULTS.gamma);
  const weight = classWeight(params.alpha ?? SOFTMAX_DEFAULTS.alpha, c, logits.length);

  const logP = logSoftmax(logits);
  const logPt = logP[c]!;
  const q = -Math.expm1(logPt);
  // 1 − p_c is accurate from expm1 until it underflows; then the log of the other classes'
  // probability mass, log Σ_{j≠c} e^{z_j} − lse, is large in magnitude and still exact enough.
  const logQ = q >= SMALLEST_ACCURATE_Q ? Math.log(q) : logSumExp(logits, (j) => j !== c) - logSumExp(logits);
  const pair: TruePair = { pt: Math.exp(logPt), q, logPt, logQ };
  const { loss, ce, pt, modulating, alpha_t } = focalFromPair(pair, gamma, weight);
  // Fields listed rather than spread: V8's object spread is slow on this hot path.
  return { loss, ce, pt, modulating, alpha_t, grad_logits: gradient(logP, c, pair, gamma, weight, modulating) };
}

/**
 * dFL/dz_j = α_c (1 − p)^γ (γ p log p / (1 − p) − 1) (δ_cj − p_j) with p = p_c: the chain rule
 * through dp/dz_j = p (δ_cj − p_j). Written with (1 − p)^γ rather than (1 − p)^(γ−1) so γ < 1
 * never meets 0^negative; p log p / (1 − p) tends to −1 as p → 1.
 */
function gradient(
  logP: readonly number[],
  c: number,
  pair: TruePair,
  gamma: number,
  weight: number,
  modulating: number,
): number[] {
  const ratio = pair.q > 0 ? ptLogPt(pair) / pair.q : -1;
  const scale = weight * modulating * (gamma * ratio - 1);
  return logP.map((logPj, j) => {
    const delta = j === c ? pair.q : -Math.exp(logPj); // δ_cj − p_j, with 1 − p_c kept exact
    return scale * delta + 0;
  });
}

function classWeight(alpha: number | readonly number[], c: number, classes: number): number {
  if (typeof alpha === 'number') return requireClassWeight('alpha', alpha);
  if (alpha.length !== classes) {
    throw new InputError({ key: 'error.alphaCount', params: { n: alpha.length, classes } });
  }
  alpha.forEach((a, i) => requireClassWeight(`alpha[${i}]`, a));
  return alpha[c]!;
}
