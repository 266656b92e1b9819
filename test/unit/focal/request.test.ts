import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import {
  binaryFocalFromLogit,
  binaryFocalFromP,
  binaryFocalFromPt,
  ceFromPt,
  computeLoss,
  formatLossTable,
  lossJson,
  lossRequestFromFlags,
  modulatingFactor,
  parseNumberList,
  priorBias,
  softmaxFocal,
  type LossFlags,
} from '../../../src/core/focal/index.js';

function expectInputError(run: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as InputError).message).toMatch(message);
}

describe('reading the focal loss options', () => {
  it('fills in torchvision defaults for binary and α = 1 for multi-class', () => {
    expect(lossRequestFromFlags({ logit: '2', target: '1' })).toEqual({ form: 'logit', logit: 2, target: 1, alpha: 0.25, gamma: 2 });
    expect(lossRequestFromFlags({ pt: '0.9' })).toEqual({ form: 'pt', pt: 0.9, target: undefined, alpha: 0.25, gamma: 2 });
    expect(lossRequestFromFlags({ logits: '2, 0.5,-1', target: '2' })).toEqual({
      form: 'softmax',
      logits: [2, 0.5, -1],
      target: 2,
      alpha: 1,
      gamma: 2,
    });
  });

  it('reads α as one number or, for multi-class, a per-class list', () => {
    expect(lossRequestFromFlags({ p: '0.3', target: '0', alpha: '-1', gamma: '0.5' })).toMatchObject({ alpha: -1, gamma: 0.5 });
    expect(lossRequestFromFlags({ logits: '1,2', target: '0', alpha: '0.4' })).toMatchObject({ alpha: 0.4 });
    expect(lossRequestFromFlags({ logits: '1,2', target: '0', alpha: '0.4,0.6' })).toMatchObject({ alpha: [0.4, 0.6] });
  });

  it('rejects missing, conflicting and malformed options with a message naming the flag', () => {
    const cases: [LossFlags, RegExp][] = [
      [{}, /give one of --logit X, --p P or --pt PT/],
      [{ logit: '1', pt: '0.5' }, /--logit and --pt cannot be used together/],
      [{ p: '0.5', logits: '1,2', target: '0' }, /--p and --logits cannot be used together/],
      [{ logit: '1' }, /--target is required with --logit/],
      [{ p: '0.2' }, /--target is required with --p/],
      [{ logits: '1,2' }, /--target is required with --logits: a class index from 0 to 1/],
      [{ logit: 'abc', target: '1' }, /--logit must be a number, got "abc"/],
      [{ logit: '', target: '1' }, /--logit must be a number, got ""/],
      [{ logit: '1e999', target: '1' }, /--logit must be a number/],
      [{ pt: '0.5', gamma: 'two' }, /--gamma must be a number, got "two"/],
      [{ logits: '1,,2', target: '0' }, /--logits: item 2 must be a number, got ""/],
      [{ logits: '', target: '0' }, /--logits is empty: give comma-separated numbers/],
      [{ logit: '1', target: '1', alpha: '0.2,0.8' }, /per-class list needs --logits/],
    ];
    for (const [flags, message] of cases) expectInputError(() => lossRequestFromFlags(flags), message);
  });

  it('leaves range checks to the core, which names the parameter and value', () => {
    const cases: [LossFlags, RegExp][] = [
      [{ logit: '1', target: '2' }, /target must be 0 or 1 for a binary loss, got 2/],
      [{ p: '1.5', target: '1' }, /p must be within \[0, 1\], got 1.5/],
      [{ pt: '-0.1' }, /pt must be within \[0, 1\], got -0.1/],
      [{ pt: '0.5', gamma: '-1' }, /gamma must be ≥ 0, got -1/],
      [{ logit: '0', target: '1', alpha: '1.5' }, /alpha must be ≤ 1 \(or negative to disable weighting\)/],
      [{ logits: '1,2,3', target: '3' }, /target must be a class index from 0 to 2, got 3/],
      [{ logits: '1,2,3', target: '0.5' }, /class index/],
      [{ logits: '1,2', target: '0', alpha: '1,2,3' }, /alpha lists 3 weights but there are 2 classes/],
      [{ logits: '1,2', target: '0', alpha: '0.5,-1' }, /alpha\[1\] must be ≥ 0 \(1 means no weighting\), got -1/],
      [{ logits: '1,2', target: '0', alpha: '-1' }, /alpha must be ≥ 0/],
      [{ logits: '7', target: '0' }, /at least two classes/],
    ];
    for (const [flags, message] of cases) expectInputError(() => computeLoss(lossRequestFromFlags(flags)), message);
  });

  it('the core functions validate their own arguments too', () => {
    expectInputError(() => binaryFocalFromLogit(Number.NaN, 1), /logit must be a finite number/);
    expectInputError(() => binaryFocalFromLogit(Infinity, 1), /logit must be a finite number/);
    expectInputError(() => binaryFocalFromP(0.5, 1, { gamma: -0.5 }), /gamma must be ≥ 0/);
    expectInputError(() => binaryFocalFromPt(0.5, { target: 3 }), /target must be 0 or 1/);
    expectInputError(() => softmaxFocal([1, Number.NaN], 0), /logits\[1\] must be a finite number/);
    expectInputError(() => ceFromPt(1.01), /pt must be within \[0, 1\]/);
    expectInputError(() => modulatingFactor(0.5, -2), /gamma must be ≥ 0/);
    expectInputError(() => priorBias(0), /pi must be strictly between 0 and 1/);
    expectInputError(() => parseNumberList('1,x', '--gamma'), /--gamma: item 2 must be a number, got "x"/);
  });
});

describe('the focal loss result as text and JSON', () => {
  it('JSON has exactly the contract keys plus the gradient', () => {
    const binary = lossJson(computeLoss(lossRequestFromFlags({ logit: '2', target: '1' })));
    expect(Object.keys(binary).sort()).toEqual(['alpha_t', 'ce', 'grad_logit', 'loss', 'modulating', 'pt']);
    const multi = lossJson(computeLoss(lossRequestFromFlags({ logits: '2,0.5,-1', target: '0' })));
    expect(Object.keys(multi).sort()).toEqual(['alpha_t', 'ce', 'grad_logits', 'loss', 'modulating', 'pt']);
    expect(multi.grad_logits).toHaveLength(3);
  });

  it('an infinite loss (p_t = 0) is written as null in JSON, with the finite parts kept', () => {
    const text = JSON.stringify(lossJson(computeLoss(lossRequestFromFlags({ pt: '0', alpha: '-1' }))));
    expect(JSON.parse(text)).toEqual({ loss: null, ce: null, pt: 0, modulating: 1, alpha_t: 1, grad_logit: -1 });
  });

  it('the table lists every quantity, aligned, under a heading that repeats the input', () => {
    const request = lossRequestFromFlags({ logit: '2', target: '1' });
    const lines = formatLossTable(request, computeLoss(request)).split('\n');
    expect(lines[0]).toBe('binary focal loss: logit x = 2, target 1, α = 0.25, γ = 2');
    const labels = lines.slice(1).map((line) => line.trim().split(/\s{2,}/)[0]);
    expect(labels).toEqual(['loss', 'CE', 'pₜ', '(1 − pₜ)^γ', 'αₜ', 'FL / CE', 'dFL/dx']);
    const valueColumns = new Set(lines.slice(1).map((line) => line.indexOf(line.trim().split(/\s{2,}/)[1]!)));
    expect(valueColumns.size).toBe(1);
    // 0.25 · (1 − σ(2))² · log(1 + e^−2), to the 6 digits shown.
    expect(lines[1]).toContain('0.000450891');
  });
});
