import { describe, expect, it } from 'vitest';
import {
  binaryFocalFromLogit,
  binaryFocalFromP,
  binaryFocalFromPt,
  ceFromPt,
  focalFromPt,
  modulatingFactor,
  softmaxFocal,
} from '../../../src/core/focal/index.js';
import { EPS, exactTolerance, reference } from './reference-fixture.js';

/** Asserts |actual − expected| within the tolerance, naming the case when it fails. */
function expectNear(actual: number, expected: number, tolerance: number, what: string): void {
  const error = Math.abs(actual - expected);
  if (!(error <= tolerance)) {
    expect.fail(`${what}: got ${actual}, expected ${expected} (error ${error.toExponential(2)} > ${tolerance.toExponential(2)})`);
  }
}

/**
 * Tolerance against PyTorch's own float64 formulas. torchvision computes 1 − p_t by subtraction
 * and CE as log(1 + e^−|x|) rather than log1p, so each carries an absolute error of a few ε, i.e.
 * a relative error of about ε / (1 − p_t); the loss (and gradient) compounds γ + 1 such factors.
 * We allow exactly that, four times over, on top of 1e-12.
 */
function torchTolerance(exact: number, gamma: number, oneMinusPt: number): number {
  // Where 1 − p_t itself underflows the exact loss is 0 (it carries the factor (1 − p_t)^γ·CE ≈ (1 − p_t)^(γ+1)).
  const relative = exact === 0 ? 0 : 1e-12 + (4 * (gamma + 1) * EPS) / oneMinusPt;
  return Math.abs(exact) * relative + 1e-300;
}

describe('binary focal loss from a logit, against the fixture', () => {
  it.each(reference.binary.map((row) => [`x=${row.logit} t=${row.target} α=${row.alpha} γ=${row.gamma}`, row] as const))(
    '%s',
    (name, row) => {
      const got = binaryFocalFromLogit(row.logit, row.target, { alpha: row.alpha, gamma: row.gamma });
      for (const key of ['loss', 'ce', 'pt', 'modulating', 'alpha_t', 'grad_logit'] as const) {
        expectNear(got[key], row.exact[key], exactTolerance(row.exact[key]), `${name} ${key} vs mpmath`);
      }
      const q = row.exact.one_minus_pt;
      expectNear(got.loss, row.torchvision.loss, torchTolerance(row.exact.loss, row.gamma, q), `${name} loss vs torchvision`);
      if (row.torchvision.grad_logit !== null) {
        const tol = torchTolerance(row.exact.grad_logit, row.gamma, q);
        expectNear(got.grad_logit, row.torchvision.grad_logit, tol, `${name} grad vs autograd`);
      }
    },
  );

  it('agrees with torchvision to 1e-12 wherever its subtraction 1 − p_t is harmless (p_t ≤ 0.9)', () => {
    const wellConditioned = reference.binary.filter((row) => row.exact.pt <= 0.9);
    expect(wellConditioned.length).toBeGreaterThan(200);
    for (const row of wellConditioned) {
      const got = binaryFocalFromLogit(row.logit, row.target, { alpha: row.alpha, gamma: row.gamma });
      expectNear(got.loss, row.torchvision.loss, 1e-12 * Math.abs(row.torchvision.loss) + 1e-300, `loss x=${row.logit}`);
      expectNear(got.grad_logit, row.torchvision.grad_logit!, 1e-12 * Math.abs(row.exact.grad_logit) + 1e-300, `grad x=${row.logit}`);
    }
  });
});

describe('binary focal loss from p, against the fixture', () => {
  it.each(reference.probability.map((row) => [`p=${row.p} t=${row.target} γ=${row.gamma}`, row] as const))('%s', (name, row) => {
    const got = binaryFocalFromP(row.p, row.target, { alpha: row.alpha, gamma: row.gamma });
    for (const key of ['loss', 'ce', 'pt', 'modulating', 'alpha_t', 'grad_logit'] as const) {
      expectNear(got[key], row.exact[key], exactTolerance(row.exact[key]), `${name} ${key}`);
    }
  });
});

describe('focal loss from p_t and the small helpers, against the fixture', () => {
  it.each(reference.pt.map((row) => [`pt=${row.pt} γ=${row.gamma}`, row] as const))('%s', (name, row) => {
    const { loss, ce, modulating } = row.exact;
    expectNear(focalFromPt(row.pt, row.gamma), loss, exactTolerance(loss), `${name} focalFromPt`);
    expectNear(ceFromPt(row.pt), ce, exactTolerance(ce), `${name} ceFromPt`);
    expectNear(modulatingFactor(row.pt, row.gamma), modulating, exactTolerance(modulating), `${name} modulatingFactor`);
    const full = binaryFocalFromPt(row.pt, { alpha: -1, gamma: row.gamma });
    expectNear(full.loss, loss, exactTolerance(loss), `${name} binaryFocalFromPt`);
  });
});

describe('softmax focal loss, against the fixture', () => {
  it.each(
    reference.softmax.map((row) => [`z=[${row.logits.join(',')}] c=${row.target} α=${JSON.stringify(row.alpha)} γ=${row.gamma}`, row] as const),
  )('%s', (name, row) => {
    const got = softmaxFocal(row.logits, row.target, { alpha: row.alpha, gamma: row.gamma });
    const q = row.exact.one_minus_pt;
    for (const key of ['loss', 'ce', 'pt', 'modulating', 'alpha_t'] as const) {
      expectNear(got[key], row.exact[key], exactTolerance(row.exact[key]), `${name} ${key} vs mpmath`);
    }
    expect(got.grad_logits).toHaveLength(row.logits.length);
    got.grad_logits.forEach((g, j) => {
      const expected = row.exact.grad_logits[j]!;
      expectNear(g, expected, exactTolerance(expected), `${name} grad[${j}] vs mpmath`);
      const autograd = row.torch.grad_logits[j];
      if (autograd !== null && autograd !== undefined) {
        expectNear(g, autograd, torchTolerance(expected, row.gamma, q), `${name} grad[${j}] vs autograd`);
      }
    });
    expectNear(got.loss, row.torch.loss, torchTolerance(row.exact.loss, row.gamma, q), `${name} loss vs torch`);
  });
});
