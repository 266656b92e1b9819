import { InputError } from '../errors.js';
import { focalFromPair, pairFromPt } from './pt.js';
import { requireFinite, requireGamma } from './validate.js';

export interface CurvePoint {
  pt: number;
  loss: number;
}

export interface CurveOptions {
  gamma: number;
  /** Multiplies the whole curve (α_t). Default 1. */
  alpha?: number;
  /** Number of samples; p_t = k/points for k = 1..points, so p_t = 1 is the last. Default 100. */
  points?: number;
}

/** Samples FL(p_t) = −α (1 − p_t)^γ log p_t over (0, 1], as in the paper's Figure 1. */
export function sampleFocalCurve({ gamma, alpha = 1, points = 100 }: CurveOptions): CurvePoint[] {
  requireGamma(gamma);
  requireFinite('alpha', alpha);
  if (!Number.isInteger(points) || points < 1) throw new InputError({ key: 'error.points', params: { value: points } });
  return Array.from({ length: points }, (_, i) => {
    const pt = (i + 1) / points;
    return { pt, loss: focalFromPair(pairFromPt(pt), gamma, alpha).loss };
  });
}
