// Code the deck shows, run under PyTorch: the fix-free model answer (scalar and per-class α, and the
// tests it recommends against a version that keeps pₜ as a log-probability), the fix-choice options,
// the snippet's measured figures, the 4-D reshape, and gather vs the one-hot product at −inf.
// Needs /usr/bin/python3 with Debian's python3-torch; skipped cleanly where it is missing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DECK, loadDeck, type Localized } from './deck-helpers.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./pytorch/claims.py', import.meta.url));
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
/** Each test starts Python and imports torch: seconds each, more on a loaded machine. */
const TORCH_TIMEOUT = { timeout: 120_000 };

const { question, expectBothContain } = loadDeck(['code-review', 'multiclass']);

/** The model's code: the lines before its first blank line, comments dropped. */
function modelCode(lang: 'en' | 'zh'): string[] {
  const model = question('code-review-fix-free').model as Localized;
  return model[lang].split('\n\n')[0]!.split('\n').map((line) => line.replace(/\s+#.*$/, ''));
}

interface Checks {
  gamma0_vs_ce: number;
  perfect: number;
  gamma2: number;
  gamma2_reference: number;
  ce: number;
  scalar_alpha_0_25: number;
  per_class: number;
  per_class_reference: number;
  int32_labels: number;
  error?: string;
}
interface Measured {
  model: Checks;
  model_logpt_bug: Checks;
  fix_options: Checks[];
  snippet_gamma0: number;
  cross_entropy: number;
  class_axis_sums: [number, number, number];
  seed0_labels: number[][];
  perfect_as_written: number;
  perfect_masked_batch_axis: number;
  reshaped_ce: number;
  per_pixel_ce: number;
  permute_fix_ce: number;
  line29_fix_ce: number;
  gather_with_inf: number;
  onehot_with_inf_is_nan: boolean;
  /** Loss at γ = 0 minus F.cross_entropy, with the lines named by the key fixed in the smallest way. */
  gamma0_with_fixes: Record<string, number>;
  gamma0_ce: number;
  reduction_41_to_44: number;
  reduction_all: number;
  reduction_reference: number;
  int32_as_written: RaisedError | null;
  int32_line37_long: number;
  int64_as_written: number;
  squeeze_errors: (RaisedError | null)[];
}
/** An exception the snippet raised, and the snippet line it was raised at. */
interface RaisedError {
  type: string;
  message: string;
  line: number | null;
}

function measure(): Measured {
  const choice = question('code-review-fix-choice');
  const input = JSON.stringify({
    snippet: readFileSync(`${DECK}snippets/multiclass_focal_loss.py`, 'utf8'),
    model: modelCode('en'),
    fixOptions: choice.options!.map((option) => option.text.en),
  });
  const run = spawnSync(PYTHON, [SCRIPT], { input, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`claims.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Measured;
}

/** The recommended tests: γ = 0 equals CE, a perfect prediction gives ≈ 0, γ = 2 matches the reference (so FL ≤ CE). */
const passesGamma0 = (c: Checks) => c.gamma0_vs_ce < 1e-5;
const passesPerfect = (c: Checks) => c.perfect < 1e-5;
const passesReference = (c: Checks) => Math.abs(c.gamma2 - c.gamma2_reference) < 1e-5 && c.gamma2 <= c.ce;

describe.skipIf(!hasTorch)('code the deck shows, run under PyTorch', TORCH_TIMEOUT, () => {
  const measured = hasTorch ? measure() : (undefined as unknown as Measured);

  it('fix-free: the model answer runs with the constructor’s scalar alpha = 1, another scalar, per-class weights and int32 labels', () => {
    const model = measured.model;
    expect(model.error).toBeUndefined();
    expect(passesGamma0(model) && passesPerfect(model) && passesReference(model)).toBe(true);
    expect(model.gamma2.toFixed(4)).toBe('1.3525');
    expect(model.scalar_alpha_0_25).toBeCloseTo(0.25 * model.gamma2, 6);
    expect(model.per_class).toBeCloseTo(model.per_class_reference, 5);
    expect(model.int32_labels).toBeCloseTo(model.gamma2, 6);
    // The Chinese model is the same code.
    expect(modelCode('zh')).toEqual(modelCode('en'));
  });

  it('fix-free: its first two tests miss pₜ left as log pₜ; the γ = 2 reference (and FL ≤ CE) catches it', () => {
    const bug = measured.model_logpt_bug;
    expect(passesGamma0(bug)).toBe(true);
    expect(passesPerfect(bug)).toBe(true);
    expect(passesReference(bug)).toBe(false);
    expect(bug.gamma2).toBeGreaterThan(bug.ce);
    expect(bug.gamma2.toFixed(2)).toBe('18.79');
    for (const lang of ['en', 'zh'] as const) {
      const free = question('code-review-fix-free');
      const texts = `${free.explanation[lang]}\n${(free.model as Localized)[lang]}`;
      expect(texts).toContain('18.79');
      expect(texts).toContain('1.3525');
      expect(texts).toContain('torch.manual_seed(0)');
    }
  });

  it('fix-choice: only the marked option passes all three tests (each wrong one fails one of them)', () => {
    const options = question('code-review-fix-choice').options!;
    measured.fix_options.forEach((checks, index) => {
      const passes = passesGamma0(checks) && passesPerfect(checks) && passesReference(checks);
      expect(passes, options[index]!.text.en).toBe(options[index]!.correct === true);
    });
    // The unmasked option scores 32 on a perfect prediction, as its why says.
    const unmasked = options.findIndex((option) => option.text.en.includes('label_onehot * log_p.exp()'));
    expect(measured.fix_options[unmasked]!.perfect).toBeCloseTo(32, 4);
  });

  it('the snippet as written: γ = 0 gives 1.6306 vs CE 1.8594; class-axis sums 0.68–1.73 (mean 1.25); a perfect prediction 19.31', () => {
    expect(measured.snippet_gamma0.toFixed(4)).toBe('1.6306');
    expect(measured.cross_entropy.toFixed(4)).toBe('1.8594');
    const [min, max, mean] = measured.class_axis_sums;
    expect([min.toFixed(2), max.toFixed(2), mean.toFixed(2)]).toEqual(['0.68', '1.73', '1.25']);
    expect(measured.perfect_as_written.toFixed(2)).toBe('19.31');
    expectBothContain('code-review-gamma0-not-ce', '1.6306', '1.8594');
    expectBothContain('code-review-softmax-axis', '0.68', '1.73', '1.25');
    expectBothContain('code-review-perfect-prediction', '19.31');
  });

  it('perfect prediction: the labels the prompt shows are the ones measured, and masking alone leaves 0.13 because they repeat', () => {
    expect(measured.seed0_labels).toEqual([
      [4, 1, 1],
      [0, 2, 4],
      [4, 3, 4],
      [3, 4, 3],
    ]);
    expectBothContain('code-review-perfect-prediction', '[[4, 1, 1], [0, 2, 4], [4, 3, 4], [3, 4, 3]]', '0.13', '−log 2');
    expect(measured.perfect_masked_batch_axis.toFixed(2)).toBe('0.13');
  });

  it('4-D input: with the squeezes removed the reshape gives CE 2.2729 instead of 2.6285; permute fixes it, at line 29 alone too', () => {
    expect(measured.reshaped_ce.toFixed(4)).toBe('2.2729');
    expect(measured.per_pixel_ce.toFixed(4)).toBe('2.6285');
    expect(measured.permute_fix_ce).toBeCloseTo(measured.per_pixel_ce, 5);
    expect(measured.line29_fix_ce).toBeCloseTo(measured.per_pixel_ce, 5);
    expectBothContain('code-review-squeeze', '2.2729', '2.6285', 'permute(0, 3, 1, 2)');
    expectBothContain('code-review-4d-interleave', '2.2729', '2.6285', 'permute(0, 2, 1, 3)');
  });

  it('gather gives a finite log pₜ where a logit is −inf; the one-hot product gives NaN', () => {
    expect(Number.isFinite(measured.gather_with_inf)).toBe(true);
    expect(measured.onehot_with_inf_is_nan).toBe(true);
    expectBothContain('multiclass-gather-logpt', 'NaN', '−inf');
  });
  it('γ = 0: with 41, 44 and 46 fixed (masking by the one-hot) the loss is cross entropy, and leaving any one of them out is not; 42 does not matter', () => {
    const off = measured.gamma0_with_fixes;
    expect(Math.abs(off['41,44,46']!)).toBeLessThan(1e-5);
    expect(Math.abs(off['41,42,44,46']!)).toBeLessThan(1e-5);
    for (const missing of ['44,46', '41,46', '41,44', '41,42,44']) expect(Math.abs(off[missing]!), `fixed ${missing}`).toBeGreaterThan(0.1);
    // Line 46's why: with 41 and 44 fixed by masking, the result is the cross entropy divided by the 5 classes.
    expect(measured.gamma0_ce + off['41,44']!).toBeCloseTo(measured.gamma0_ce / 5, 5);
    const key = question('code-review-gamma0-not-ce').bugs!.map((bug) => bug.line).sort((a, b) => a - b);
    expect(key).toEqual([41, 44, 46]);
    expectBothContain('code-review-gamma0-not-ce', 'label_onehot', '(batch, classes, seq)');
  });

  it('reduction: with lines 41–44 fixed, fl.mean() is the per-sample loss divided by the number of classes', () => {
    expect(measured.reduction_all).toBeCloseTo(measured.reduction_reference, 5);
    expect(measured.reduction_41_to_44).toBeCloseTo(measured.reduction_reference / 5, 5);
    expect(question('code-review-reduction').bugs!.map((bug) => bug.line)).toEqual([46]);
  });

  it('int32 labels: the snippet raises the quoted error at line 38; .long() on line 37 (the decoy) fixes the dtype alone', () => {
    expect(measured.int32_as_written).toEqual({ type: 'RuntimeError', message: 'scatter(): Expected dtype int64 for index', line: 38 });
    expect(measured.int32_line37_long).toBeCloseTo(measured.int64_as_written, 6);
    expectBothContain('code-review-device-dtype', 'scatter(): Expected dtype int64 for index', 'labels.unsqueeze(1).long()');
    const device = question('code-review-device-dtype');
    expect(device.bugs!.map((bug) => bug.line)).toEqual([38]);
    expect(device.decoys!.map((decoy) => decoy.line).sort()).toEqual([37, 42]);
  });

  it('4-D inputs with a size-1 seq axis: IndexError "Dimension out of range", raised at the assert on line 31', () => {
    expect(measured.squeeze_errors).toHaveLength(2);
    for (const error of measured.squeeze_errors) {
      expect(error?.type).toBe('IndexError');
      expect(error?.message).toMatch(/^Dimension out of range/);
      expect(error?.line).toBe(31);
    }
    expectBothContain('code-review-squeeze', '(1, 5, 1, 3)', '(2, 5, 1, 1)', 'Dimension out of range');
    expect(question('code-review-squeeze').decoys!.map((decoy) => decoy.line)).toEqual([31]);
  });
});
