import { describe, expect, it } from 'vitest';
import {
  binaryFocalFromLogit,
  binaryFocalFromP,
  binaryFocalFromPt,
  ceFromPt,
  focalFromPt,
  logSigmoid,
  logit,
  logSoftmax,
  modulatingFactor,
  priorBias,
  sampleFocalCurve,
  sigmoid,
  softmax,
  softmaxFocal,
  softplus,
} from '../../../src/core/focal/index.js';

const EXTREME_LOGITS = [-1e300, -1e6, -1000, -745, -710, -100, -30, 0, 30, 100, 710, 745, 1000, 1e6, 1e300];
const GAMMAS = [0, 0.5, 1, 2, 5];

describe('stability at extreme logits', () => {
  it('binary: every output finite, loss and CE ≥ 0, p_t and modulating in [0, 1]', () => {
    for (const x of EXTREME_LOGITS) {
      for (const target of [0, 1]) {
        for (const gamma of GAMMAS) {
          for (const alpha of [0.25, -1]) {
            const r = binaryFocalFromLogit(x, target, { alpha, gamma });
            for (const value of Object.values(r)) expect(Number.isFinite(value), `x=${x} t=${target} γ=${gamma}`).toBe(true);
            expect(r.loss).toBeGreaterThanOrEqual(0);
            expect(r.ce).toBeGreaterThanOrEqual(0);
            expect(r.pt).toBeGreaterThanOrEqual(0);
            expect(r.pt).toBeLessThanOrEqual(1);
            expect(r.modulating).toBeGreaterThanOrEqual(0);
            expect(r.modulating).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });

  it('binary: a confidently wrong logit costs about |x| (CE) instead of overflowing', () => {
    const r = binaryFocalFromLogit(-1000, 1, { alpha: -1, gamma: 2 });
    expect(r.ce).toBe(1000);
    expect(r.loss).toBe(1000); // (1 − p_t)^γ = 1 exactly
    expect(r.grad_logit).toBe(-1); // dFL/dx = y (p_t − 1) in the limit
    const huge = binaryFocalFromLogit(1e300, 0, { alpha: -1, gamma: 0 });
    expect(huge.ce).toBe(1e300);
    expect(huge.grad_logit).toBe(1);
  });

  it('binary: a confidently right logit keeps CE as a tiny positive number, not 0 by cancellation', () => {
    const r = binaryFocalFromLogit(30, 1, { alpha: -1, gamma: 0 });
    // log(1 + e^−30) = e^−30 − e^−60/2 + …, i.e. e^−30 to 1e-13 relative.
    expect(Math.abs(r.ce / Math.exp(-30) - 1)).toBeLessThan(1e-12);
    // With γ = 2 the loss is (1 − p_t)²·CE ≈ e^−90: still resolved, where 1 − σ(30) by
    // subtraction would be wrong in the third digit.
    const focal = binaryFocalFromLogit(30, 1, { alpha: -1, gamma: 2 });
    expect(Math.abs(focal.loss / Math.exp(-90) - 1)).toBeLessThan(1e-12);
  });

  it('softmax: finite and non-negative for logits of ±1000 and beyond', () => {
    const cases = [
      [1000, -1000, 0],
      [-1000, 1000, 0],
      [1e6, -1e6],
      [-1e300, 1e300, 0],
      [1000, 1000, 1000],
    ];
    for (const logits of cases) {
      for (let target = 0; target < logits.length; target++) {
        for (const gamma of GAMMAS) {
          const r = softmaxFocal(logits, target, { gamma });
          for (const value of [r.loss, r.ce, r.pt, r.modulating, r.alpha_t, ...r.grad_logits]) {
            expect(Number.isFinite(value), `z=${logits} c=${target} γ=${gamma}`).toBe(true);
          }
          expect(r.loss).toBeGreaterThanOrEqual(0);
          // The gradient of a softmax loss sums to zero over the classes.
          const sum = r.grad_logits.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum)).toBeLessThanOrEqual(1e-15 * Math.max(1, ...r.grad_logits.map(Math.abs)));
        }
      }
    }
  });

  it('the helpers never return NaN or ±∞ for finite input', () => {
    for (const x of EXTREME_LOGITS) {
      for (const value of [sigmoid(x), logSigmoid(x), softplus(x)]) expect(Number.isFinite(value)).toBe(true);
    }
    expect(logSigmoid(-1000)).toBe(-1000);
    for (const x of [-30, -2, 0, 0.5, 30]) expect(logit(sigmoid(x))).toBeCloseTo(x, x === 30 ? 2 : 10);
    expect(logit(0.01)).toBe(priorBias(0.01));
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(logSoftmax([1000, 0])).toEqual([0, -1000]);
    const p = softmax([1000, 0, -1000]);
    expect(p[0]).toBe(1);
    expect(p.every(Number.isFinite)).toBe(true);
  });
});

describe('limiting behaviour', () => {
  it('γ = 0 is exactly (α-balanced) cross entropy', () => {
    for (const x of [-20, -3, -0.1, 0, 0.7, 4, 25]) {
      for (const target of [0, 1]) {
        const r = binaryFocalFromLogit(x, target, { alpha: 0.25, gamma: 0 });
        expect(r.modulating).toBe(1);
        expect(r.loss).toBe(r.alpha_t * r.ce);
      }
    }
    const sm = softmaxFocal([2, 0.5, -1], 1, { gamma: 0 });
    expect(sm.loss).toBe(sm.ce);
  });

  it('0^0 = 1: with γ = 0 a perfect prediction still has modulating factor 1', () => {
    expect(modulatingFactor(1, 0)).toBe(1);
    expect(binaryFocalFromPt(1, { gamma: 0 }).modulating).toBe(1);
    expect(modulatingFactor(1, 2)).toBe(0);
  });

  it('FL / CE = α_t (1 − p_t)^γ', () => {
    for (const pt of [0.01, 0.3, 0.5, 0.9, 0.968]) {
      for (const gamma of GAMMAS) {
        const r = binaryFocalFromPt(pt, { alpha: 0.25, gamma, target: 0 });
        const ratio = 0.75 * (1 - pt) ** gamma;
        expect(Math.abs(r.loss / r.ce / ratio - 1)).toBeLessThan(1e-14);
      }
    }
    // The paper's numbers: γ = 2, p_t = 0.9 → 100× lower; p_t = 0.968 → about 977× (1/0.001024).
    expect(ceFromPt(0.9) / focalFromPt(0.9, 2)).toBeCloseTo(100, 9);
    expect(ceFromPt(0.968) / focalFromPt(0.968, 2)).toBeCloseTo(976.5625, 6);
  });

  it('as p_t → 1 the focal loss vanishes faster than CE, like (1 − p_t)^(γ+1)', () => {
    let previousRatio = Infinity;
    for (const step of [1e-1, 1e-2, 1e-4, 1e-8]) {
      const pt = 1 - step;
      const q = 1 - pt; // exact (Sterbenz), unlike the rounded step
      const ratio = focalFromPt(pt, 2) / ceFromPt(pt);
      expect(ratio).toBeLessThan(previousRatio);
      previousRatio = ratio;
      // FL ≈ (1 − p_t)^(γ+1) near p_t = 1 (CE ≈ 1 − p_t).
      expect(Math.abs(focalFromPt(pt, 2) / q ** 3 - 1)).toBeLessThan(q);
    }
  });

  it('as p_t → 0 the modulating factor → 1 and FL ≈ α_t · CE', () => {
    const r = binaryFocalFromPt(1e-12, { alpha: 0.25, gamma: 2 });
    expect(r.modulating).toBeCloseTo(1, 11);
    expect(r.loss / (0.25 * r.ce)).toBeCloseTo(1, 11);
  });

  it('misclassified examples (p_t ≤ 0.5) are scaled down at most 4× at γ = 2', () => {
    for (const pt of [0.001, 0.1, 0.3, 0.5]) expect(modulatingFactor(pt, 2)).toBeGreaterThanOrEqual(0.25);
  });

  it('p_t = 0 gives an infinite loss, but a zero weight still gives 0 (no 0·∞ = NaN)', () => {
    expect(binaryFocalFromP(0, 1, { alpha: -1 }).loss).toBe(Infinity);
    const ignored = binaryFocalFromP(0, 1, { alpha: 0 });
    expect(ignored.loss).toBe(0);
    expect(ignored.grad_logit).toBe(0);
    expect(binaryFocalFromP(0, 1, { alpha: -1 }).grad_logit).toBe(-1);
  });

  it('binary focal loss is the two-class softmax with logits (0, x)', () => {
    for (const x of [-7, -0.3, 0, 1.5, 12]) {
      for (const target of [0, 1]) {
        const b = binaryFocalFromLogit(x, target, { alpha: -1, gamma: 2 });
        const s = softmaxFocal([0, x], target, { alpha: 1, gamma: 2 });
        expect(Math.abs(s.loss - b.loss)).toBeLessThanOrEqual(1e-14 * b.loss + 1e-300);
        expect(Math.abs(s.grad_logits[1]! - b.grad_logit)).toBeLessThanOrEqual(1e-14 * Math.abs(b.grad_logit) + 1e-300);
      }
    }
  });

  it('the prior bias makes σ(b) = π (paper §3.3: π = 0.01 → b ≈ −4.595)', () => {
    expect(priorBias(0.01)).toBeCloseTo(-4.59512, 5);
    for (const pi of [1e-6, 0.01, 0.5, 0.9]) expect(Math.abs(sigmoid(priorBias(pi)) / pi - 1)).toBeLessThan(1e-14);
  });

  it('curve sampling covers (0, 1] and ends at zero loss', () => {
    const curve = sampleFocalCurve({ gamma: 2, alpha: 0.5, points: 50 });
    expect(curve).toHaveLength(50);
    expect(curve[0]!.pt).toBe(0.02);
    expect(curve.at(-1)).toEqual({ pt: 1, loss: 0 });
    for (const { pt, loss } of curve) expect(loss).toBe(focalFromPt(pt, 2, 0.5));
  });
});

describe('gradient against a numerical central difference', () => {
  /** Central difference with step h; its truncation error is O(h²·f'''), rounding O(ε·f/h). */
  function centralDifference(f: (x: number) => number, x: number, h: number): number {
    return (f(x + h) - f(x - h)) / (2 * h);
  }

  it('binary dFL/dx matches (relative 1e-7 with h = 1e-5)', () => {
    for (const x of [-8, -2.5, -0.4, 0, 0.3, 1.7, 6]) {
      for (const target of [0, 1]) {
        for (const gamma of [0, 0.5, 2, 5]) {
          const params = { alpha: 0.25, gamma };
          const analytic = binaryFocalFromLogit(x, target, params).grad_logit;
          const numeric = centralDifference((v) => binaryFocalFromLogit(v, target, params).loss, x, 1e-5);
          expect(Math.abs(analytic - numeric), `x=${x} t=${target} γ=${gamma}`).toBeLessThanOrEqual(1e-7 * Math.abs(analytic) + 1e-12);
        }
      }
    }
  });

  it('binary gradient from p or p_t is the gradient with respect to x = logit(p)', () => {
    for (const p of [0.02, 0.4, 0.9]) {
      const x = Math.log(p / (1 - p));
      for (const target of [0, 1]) {
        const fromLogit = binaryFocalFromLogit(x, target).grad_logit;
        expect(binaryFocalFromP(p, target).grad_logit).toBeCloseTo(fromLogit, 12);
      }
      expect(binaryFocalFromPt(p, { target: 1 }).grad_logit).toBeCloseTo(binaryFocalFromLogit(x, 1).grad_logit, 12);
    }
  });

  it('softmax dFL/dz_j matches for every class (relative 1e-7 with h = 1e-5)', () => {
    const logits = [1.3, -0.7, 0.2, 2.4];
    for (let target = 0; target < logits.length; target++) {
      for (const gamma of [0, 0.5, 2]) {
        const params = { alpha: [0.1, 0.4, 0.7, 1.3], gamma };
        const analytic = softmaxFocal(logits, target, params).grad_logits;
        analytic.forEach((g, j) => {
          const along = (v: number) => softmaxFocal(logits.map((z, i) => (i === j ? v : z)), target, params).loss;
          const numeric = centralDifference(along, logits[j]!, 1e-5);
          expect(Math.abs(g - numeric), `c=${target} j=${j} γ=${gamma}`).toBeLessThanOrEqual(1e-7 * Math.abs(g) + 1e-12);
        });
      }
    }
  });
});
