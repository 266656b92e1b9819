/**
 * Numerically stable building blocks for logistic and softmax probabilities.
 * Every function here is finite for finite input, however large: exponentials only
 * ever see non-positive arguments, and small results are kept through log1p / expm1.
 */

/** σ(x) = 1 / (1 + e^−x), without overflow for either sign. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^−|x|): exact to the last bit for tiny e^x too. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** log σ(x) = −softplus(−x); −1000 for x = −1000 rather than log(0) = −∞. */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/** logit(p) = log(p / (1 − p)), the inverse of σ; ±∞ at p = 0 or 1. */
export function logit(p: number): number {
  return Math.log(p) - Math.log1p(-p);
}

/**
 * log Σ exp(zᵢ) over the given indices (all by default), as `max + tail` with
 * tail = log1p(Σ_{i≠argmax} exp(zᵢ − max)). Kept apart so that zᵢ − lse can be formed as
 * (zᵢ − max) − tail: adding a tiny tail to a large max first would round it away.
 */
export function logSumExpParts(
  z: readonly number[],
  include: (index: number) => boolean = () => true,
): { max: number; tail: number } {
  let maxIndex = -1;
  for (let i = 0; i < z.length; i++) {
    if (include(i) && (maxIndex < 0 || z[i]! > z[maxIndex]!)) maxIndex = i;
  }
  if (maxIndex < 0) return { max: -Infinity, tail: 0 };
  const max = z[maxIndex]!;
  let rest = 0;
  for (let i = 0; i < z.length; i++) {
    if (i !== maxIndex && include(i)) rest += Math.exp(z[i]! - max);
  }
  return { max, tail: Math.log1p(rest) };
}

/** log Σ exp(zᵢ) over the given indices (all by default). */
export function logSumExp(z: readonly number[], include?: (index: number) => boolean): number {
  const { max, tail } = logSumExpParts(z, include);
  return max + tail;
}

/** log softmax(z)ᵢ = zᵢ − log Σ exp(zⱼ), exact for a dominant logit too. */
export function logSoftmax(z: readonly number[]): number[] {
  const { max, tail } = logSumExpParts(z);
  return z.map((zi) => zi - max - tail);
}

/** softmax(z)ᵢ, computed as exp of the stable log-softmax. */
export function softmax(z: readonly number[]): number[] {
  return logSoftmax(z).map(Math.exp);
}
