// Facts behind the deeper questions: numerics, sigmoid vs softmax, calibration, more relatives, the
// paper's own analyses and failure modes. Every number the texts state is recomputed here with plain
// Math, written from the definitions (never with the deck's own expressions), and the texts are checked
// to contain the rounded figures in both languages. Paper figures are checked against a copy of the
// paper's tables. Behaviour that needs PyTorch (NaN gradients, the reviewed snippet, float16) is
// measured by deeper-torch-reference.py; its output is recorded below, the texts are checked against the
// record, and the record is re-measured whenever python3 can import torch (skipped otherwise).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate as mathEvaluate } from 'mathjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECK, effectiveNumber, expressionReferenceTests, loadDeck, numericReferenceTests, paramGrid, samples } from './deck-helpers.js';

const FILES = ['numerics', 'sigmoid-vs-softmax', 'calibration', 'relatives-more', 'paper-analyses', 'failure-modes'] as const;
const { questions, question, text, expectBothContain } = loadDeck(FILES);

/** A figure as the texts print it: fixed decimals, with the typographic minus sign. */
const fixed = (x: number, decimals: number): string => x.toFixed(decimals).replace('-', '−');

function expectFigure(id: string, value: number, decimals: number): void {
  expectBothContain(id, fixed(value, decimals));
}

// Only used to evaluate the deck's answer strings and placeholders, which are the thing under test.
// The bank's sandbox knows sigmoid; plain mathjs gets it from the scope.
const evaluate = (expr: string | number, scope: Record<string, number>): number =>
  Number(mathEvaluate(String(expr), { ...scope, sigmoid: (v: number) => 1 / (1 + Math.exp(-v)) }));

// Independent reference code, written from the definitions.
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => Math.log(p / (1 - p));
function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
/** Focal loss of a positive example as a function of its logit (paper §3.2 with pₜ = σ(x)). */
const focalOfLogit = (x: number, gamma: number): number => (1 - sigmoid(x)) ** gamma * -Math.log(sigmoid(x));
/** Central finite difference. */
const derivative = (f: (x: number) => number, x: number, h = 1e-6): number => (f(x + h) - f(x - h)) / (2 * h);
/** The bias b whose softmax over [b, 0 × K] gives the background 1 − π, by bisection. */
function softmaxBackgroundBias(K: number, prior: number): number {
  let lo = -50;
  let hi = 50;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const background = softmax([mid, ...Array<number>(K).fill(0)])[0]!;
    if (background < 1 - prior) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
/** Class-balanced weights 1/E_n, rescaled to sum to the number of classes (reference PyTorch code). */
function classBalancedWeights(counts: number[], beta: number): number[] {
  const raw = counts.map((n) => 1 / effectiveNumber(beta, n));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => (w / sum) * counts.length);
}
/** CenterNet's _neg_loss term for one non-peak location. */
const cornerNetNegative = (gt: number, pred: number): number => -Math.log(1 - pred) * pred ** 2 * (1 - gt) ** 4;
/** ASL's negative term as the official code computes it: xs_neg = min(1 − p + clip, 1). */
function aslNegative(p: number, clip = 0.05, gammaNeg = 4): number {
  const xsNeg = Math.min(1 - p + clip, 1);
  return -Math.log(xsNeg) * (1 - xsNeg) ** gammaNeg;
}
/** DFL as mmdetection computes it: two cross entropies weighted by the distances to the bins. */
const dfl = (target: number, probs: Record<number, number>): number => {
  const left = Math.floor(target);
  const right = left + 1;
  return -Math.log(probs[left]!) * (right - target) - Math.log(probs[right]!) * (target - left);
};
/** Coefficient of u^k in u^γ · (−log(1 − u)), from the series of −log(1 − u) built by integrating 1/(1 − u). */
function shiftedLogCoefficient(k: number, gamma: number): number {
  const j = k - gamma;
  if (j < 1) return 0;
  let coefficient = 0;
  // ∫₀ᵘ t^(j−1) dt = u^j / j: the coefficient of u^j is the integral of 1 over [0, 1] of t^(j−1).
  const steps = 200000;
  for (let i = 0; i < steps; i++) coefficient += ((i + 0.5) / steps) ** (j - 1) / steps;
  return coefficient;
}

/** A question's Chinese text in the order a learner reads it: prompt, hint, options, model, key points, lines, explanation. */
function inReadingOrder(id: string): string {
  const q = question(id);
  const parts = [q.prompt.zh, q.hint?.zh ?? ''];
  for (const option of q.options ?? []) parts.push(option.text.zh, option.why?.zh ?? '');
  if (q.model && typeof q.model !== 'string') parts.push(q.model.zh);
  for (const point of q.keyPoints ?? []) parts.push(point.zh);
  for (const line of [...(q.bugs ?? []), ...(q.decoys ?? [])]) parts.push(line.why.zh);
  parts.push(q.explanation.zh);
  return parts.join('\n');
}

// Paper tables, copied from the paper (Table 1d, Table 3, §5.1).
const TABLE_3 = { ce: 31.1, fl: 34.0, flStarG2B1: 33.8, flStarG4B0: 33.9 };
const FIGURE_4_MODEL_AP = 36.0;
const BEST_OHEM_AP = 32.8;

describe('the deeper questions', () => {
  it('are at least 38, with unique ids prefixed by their topic', () => {
    expect(questions.length).toBeGreaterThanOrEqual(38);
    for (const q of questions) expect(q.id.startsWith(`${q.topic}-`), q.id).toBe(true);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('cover every kind except derivation, with several free-response questions', () => {
    const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
    for (const kind of ['single', 'multiple', 'numeric', 'expression', 'code-review']) expect(count(kind), kind).toBeGreaterThanOrEqual(2);
    expect(count('free')).toBeGreaterThanOrEqual(5);
    expect(count('derivation')).toBe(0);
  });

  it('cite a primary source and never an internal document name', () => {
    for (const q of questions) {
      const source = (q as unknown as { source: string }).source;
      expect(source, q.id).toMatch(/paper|torchvision|Detectron|PyTorch|et al\.|github\.com|CornerNet|IEEE/);
      expect(source, q.id).not.toMatch(/seed|facts sheet/i);
    }
  });

  it('gloss 焦点损失（Focal Loss）at its first mention, and never write a reduction as 小/低 N 倍', () => {
    for (const q of questions) {
      const zh = inReadingOrder(q.id);
      // "类别平衡焦点损失" and "α 平衡焦点损失" name other losses; the gloss goes on focal loss itself.
      const first = zh.search(/(?<!平衡)焦点损失/);
      if (first >= 0) expect(zh.slice(first, first + 16), q.id).toBe('焦点损失（Focal Loss）');
      expect(text(q.id, 'zh'), q.id).not.toMatch(/[小低]\s*\d+(\.\d+)?\s*倍|缩小\s*\d/);
    }
  });

  it('keep the correct single-choice option from being the longest in more than a third of them', () => {
    const singles = questions.filter((q) => q.kind === 'single');
    for (const lang of ['en', 'zh'] as const) {
      const longestIsCorrect = singles.filter((q) => {
        const lengths = q.options!.map((o) => o.text[lang].length);
        const correct = q.options!.findIndex((o) => o.correct);
        return lengths.every((length, i) => i === correct || length < lengths[correct]!);
      });
      expect(longestIsCorrect.length, `${lang}: ${longestIsCorrect.map((q) => q.id).join(', ')}`).toBeLessThanOrEqual(singles.length / 3);
    }
  });
});

describe('numeric answers match independent reference code for every parameter value', () => {
  const references: Record<string, (v: Record<string, number>) => number> = {
    // torchvision: each image's sum / max(1, foreground), then the mean over images.
    'numerics-normaliser-torchvision': () => [[3.0, 0], [6.0, 12]].map(([sum, fg]) => sum! / Math.max(1, fg!)).reduce((a, b) => a + b) / 2,
    // Detectron: num_fg + 1 per image, summed over the batch.
    'numerics-normaliser-detectron': () => [0, 12].map((fg) => fg + 1).reduce((a, b) => a + b),
    'numerics-gather-ce-value': () => -Math.log(softmax([0, -Infinity, 1])[0]!),
    'multiclass-softmax-background-bias': () => softmaxBackgroundBias(80, 0.01),
    'multiclass-softmax-init-object-probability': () => softmax([softmaxBackgroundBias(80, 0.01), ...Array<number>(80).fill(0)])[1]!,
    'multiclass-softmax-nontarget-gradient': () =>
      derivative((z1) => {
        const pt = softmax([2, z1, -1])[0]!;
        return -((1 - pt) ** 2) * Math.log(pt);
      }, 0),
    'calibration-temperature-value': (v) => softmax([v.z! / v.T!, 0])[0]!,
    'calibration-label-smoothing-target': (v) => {
      const oneHot = Array.from({ length: v.K! }, (_, i) => (i === 0 ? 1 : 0));
      return oneHot.map((t) => (1 - v.eps!) * t + v.eps! / v.K!)[0]!;
    },
    'relatives-poly-focal-coefficient': () => shiftedLogCoefficient(5, 2),
    'relatives-cornernet-negative-loss': (v) => cornerNetNegative(v.y!, v.p!),
    'relatives-dfl-value': () => dfl(2.3, { 2: 0.6, 3: 0.3 }),
    'relatives-asl-negative-loss': (v) => aslNegative(v.p!),
    'relatives-class-balanced-focal-weight': () => classBalancedWeights([1000, 10], 0.999)[1]!,
    'results-fl-star-value': (v) => -Math.log(sigmoid(2 * v.x! + 1)) / 2,
    'failure-modes-label-noise-factor-ratio': (v) => (1 - v.p!) ** 2 / (1 - (1 - v.p!)) ** 2,
    'failure-modes-label-noise-gradient': (v) => {
      const x = logit(v.p!);
      return Math.abs(derivative((u) => focalOfLogit(u, 2), x)) / Math.abs(derivative((u) => focalOfLogit(u, 0), x));
    },
    'failure-modes-alpha-majority-share': () => (7 * 0.25) / (3 * (1 - 0.25)),
  };
  /** Finite differences and the numeric integral are accurate to about 1e-6, closed forms to 1e-9. */
  const APPROXIMATE = new Set([
    'multiclass-softmax-nontarget-gradient',
    'failure-modes-label-noise-gradient',
    'relatives-poly-focal-coefficient',
    'multiclass-softmax-background-bias',
    'multiclass-softmax-init-object-probability',
  ]);

  numericReferenceTests({ questions, question }, references, evaluate, (id, expected) => (APPROXIMATE.has(id) ? 1e-5 : 1e-9) * Math.max(1, Math.abs(expected)));
});

describe('expression answers match independent reference code on their domain', () => {
  const logits = samples(-10, 10, 21);
  const references: Record<string, { points: Record<string, number>[]; value: (v: Record<string, number>) => number }> = {
    // Both ask for a negative example (y = 0), whose pₜ is 1 − σ(x).
    'numerics-ce-from-logit': { points: logits.map((x) => ({ x })), value: (v) => -Math.log(1 - sigmoid(v.x!)) },
    'numerics-fl-from-logit': {
      points: samples(-8, 8, 17).flatMap((x) => [0.5, 1, 2, 3.5, 5].map((gamma) => ({ x, gamma }))),
      value: (v) => sigmoid(v.x!) ** v.gamma! * -Math.log(1 - sigmoid(v.x!)),
    },
    // Poly-1 from the series itself: Σ (1/j)(1 − pₜ)^j with the first coefficient raised by ε.
    'relatives-poly1-formula': {
      points: samples(0.05, 0.999, 15).flatMap((pt) => [-1, 0, 0.5, 2, 5].map((eps) => ({ pt, eps }))),
      value: (v) => {
        let series = 0;
        for (let j = 1; j <= 2000; j++) series += (1 - v.pt!) ** j / j;
        return series + v.eps! * (1 - v.pt!);
      },
    },
  };

  expressionReferenceTests({ questions, question }, references, evaluate, 1e-8);

  it('numerics-ce-from-logit: for a very positive x, 1 − σ(x) rounds to 0 and its log is −inf, while log(1 + e^x) stays finite', () => {
    expect(1 - sigmoid(40)).toBe(0);
    expect(Math.log(1 - sigmoid(40))).toBe(-Infinity);
    expect(evaluate(question('numerics-ce-from-logit').answer!, { x: 40 })).toBeCloseTo(40, 9);
    expectBothContain('numerics-ce-from-logit', 'log(1 + e^x)', '1 − σ(x)');
  });
});

describe('computed placeholders of the parametric explanations give the reference figures', () => {
  // Each {=expr} must evaluate to one of the figures the explanation is meant to show.
  const figures: Record<string, (v: Record<string, number>) => number[]> = {
    'calibration-temperature-value': (v) => [softmax([v.z! / v.T!, 0])[0]!, sigmoid(v.z!), sigmoid(v.z! * v.T!)],
    'calibration-label-smoothing-target': (v) => [1 - v.eps! + v.eps! / v.K!, v.eps! / v.K!, 1 - v.eps!],
    'relatives-cornernet-negative-loss': (v) => [
      (1 - v.y!) ** 4,
      v.p! ** 2,
      -Math.log(1 - v.p!),
      cornerNetNegative(v.y!, v.p!),
      cornerNetNegative(0, v.p!),
    ],
    'relatives-asl-negative-loss': (v) => [v.p! - 0.05, aslNegative(v.p!), aslNegative(v.p!, 0)],
    'results-fl-star-value': (v) => [2 * v.x! + 1, -Math.log(sigmoid(2 * v.x! + 1)) / 2, -Math.log(sigmoid(v.x!)), -Math.log(sigmoid(2 * v.x! + 1))],
    'failure-modes-label-noise-factor-ratio': (v) => [1 - v.p!, (1 - v.p!) ** 2, v.p! ** 2, (1 - v.p!) ** 2 / v.p! ** 2],
    'failure-modes-label-noise-gradient': (v) => [
      1 - v.p!,
      -2 * v.p! * Math.log(v.p!),
      (1 - v.p!) * (1 - v.p! - 2 * v.p! * Math.log(v.p!)),
      (1 - v.p!) ** 2,
    ],
  };

  for (const [id, reference] of Object.entries(figures)) {
    it(id, () => {
      const q = question(id);
      for (const lang of ['en', 'zh'] as const) {
        const placeholders = [...q.explanation[lang].matchAll(/\{=([^{}]+)\}/g)].map((m) => m[1]!);
        expect(placeholders.length, `${id} ${lang}`).toBeGreaterThan(0);
        for (const point of paramGrid(q.params)) {
          const allowed = reference(point);
          for (const expr of placeholders) {
            const value = evaluate(expr, point);
            expect(
              allowed.some((figure) => Math.abs(figure - value) <= 1e-9 * Math.max(1, Math.abs(figure))),
              `${id} ${lang} {=${expr}} = ${value} at ${JSON.stringify(point)}`,
            ).toBe(true);
          }
        }
      }
    });
  }

  it('every parametric question of these files is covered above', () => {
    expect(questions.filter((q) => q.params).map((q) => q.id).sort()).toEqual(Object.keys(figures).sort());
  });
});

describe('the texts state the reference figures in both languages', () => {
  it('numerics', () => {
    const normalised = (3.0 / Math.max(1, 0) + 6.0 / 12) / 2;
    expectBothContain('numerics-normaliser-torchvision', fixed(normalised, 2), fixed(9 / 12, 2), fixed(2 * normalised, 1));
    expectBothContain('numerics-normaliser-detectron', '14', '13', '12');
    const logP = softmax([0, -Infinity, 1]).map((p) => Math.log(p));
    expectBothContain('numerics-onehot-times-log-neg-inf', fixed(logP[0]!, 4), fixed(logP[2]!, 4), fixed(-logP[0]!, 4));
    expectFigure('numerics-gather-ce-value', Math.log(1 + Math.E), 4);
    expectFigure('numerics-gather-ce-value', Math.log10(1 + Math.E), 4);
    // float16: the smallest positive (subnormal) value is 2⁻²⁴; 10⁻⁸ is below half of it, so it rounds to 0.
    expect(2 ** -24).toBeCloseTo(5.96e-8, 10);
    expect((1 - 0.9999) ** 2).toBeLessThan(2 ** -25);
    expectBothContain('numerics-mixed-precision', '5.96·10⁻⁸', '10⁻⁸', '2⁻²⁴');
    // Just below 1, float16 values are 2⁻¹¹ apart, so 0.9999 (1e-4 from 1, under half a step) rounds to 1.
    expect(1 - 0.9999).toBeLessThan(2 ** -12);
    expectBothContain('numerics-mixed-precision', '2⁻¹¹', (2 ** -11).toFixed(5), '0.9999');
  });

  it('sigmoid vs softmax', () => {
    const bias = softmaxBackgroundBias(80, 0.01);
    expectBothContain('multiclass-softmax-background-bias', fixed(bias, 3), String(Math.round(Math.exp(bias))), fixed(-logit(0.99), 3), fixed(logit(0.99), 3));
    const start = softmax([bias, ...Array<number>(80).fill(0)]);
    expectBothContain('multiclass-softmax-init-object-probability', start[1]!.toFixed(6), '7920', fixed(start[0]!, 2));
    const p = softmax([2, 0, -1]);
    const pt = p[0]!;
    const factor = (1 - pt) ** 2;
    const coupling = -2 * pt * (1 - pt) * Math.log(pt);
    expectBothContain(
      'multiclass-softmax-nontarget-gradient',
      fixed(p[0]!, 4),
      fixed(p[1]!, 4),
      fixed(p[2]!, 4),
      fixed(factor, 4),
      fixed(coupling, 4),
      fixed(p[1]! * (factor + coupling), 4),
    );
    expectBothContain('multiclass-sigmoid-head-facts', fixed(-logit(0.99), 3));
  });

  it('relatives', () => {
    expectBothContain('relatives-dfl-value', fixed(-0.7 * Math.log(0.6), 4), fixed(-0.3 * Math.log(0.3), 4), fixed(dfl(2.3, { 2: 0.6, 3: 0.3 }), 4));
    expectFigure('relatives-dfl-value', -(0.3 * Math.log(0.6) + 0.7 * Math.log(0.3)), 4);
    const weights = classBalancedWeights([1000, 10], 0.999);
    const raw = [1000, 10].map((n) => 1 / effectiveNumber(0.999, n));
    expectBothContain(
      'relatives-class-balanced-focal-weight',
      raw[0]!.toFixed(6),
      raw[1]!.toFixed(5),
      weights[0]!.toFixed(4),
      weights[1]!.toFixed(3),
      (weights[1]! / weights[0]!).toFixed(1),
      String(Math.round(effectiveNumber(0.999, 1000))),
    );
    expectBothContain('relatives-poly-focal-coefficient', '1/3', '1/5');
    // DFL optimum: a grid search over S₂ (S₃ = 1 − S₂) lands on 0.7.
    let best = { s: 0, loss: Infinity };
    for (let s = 0.001; s < 1; s += 0.001) {
      const loss = dfl(2.3, { 2: s, 3: 1 - s });
      if (loss < best.loss) best = { s, loss };
    }
    expect(best.s).toBeCloseTo(0.7, 2);
    expect(question('relatives-dfl-optimum').options!.find((o) => o.correct)!.text.en).toContain('S₂ = 0.7 and S₃ = 0.3');
    // ASL: a negative at or below the margin costs exactly 0.
    expect(Math.abs(aslNegative(0.04))).toBe(0);
    expect(Math.abs(aslNegative(0.05))).toBe(0);
    expect(aslNegative(0.3)).toBeGreaterThan(0);
  });

  it('calibration', () => {
    // Temperature scaling never changes the predicted class.
    for (let trial = 0; trial < 200; trial++) {
      const z = Array.from({ length: 5 }, (_, i) => Math.sin(trial * 7.1 + i * 3.3) * 6);
      const T = 0.2 + (trial % 17) * 0.5;
      const argmax = (v: number[]) => v.indexOf(Math.max(...v));
      expect(argmax(softmax(z.map((v) => v / T)))).toBe(argmax(softmax(z)));
    }
    // The entropy bound FL ≥ KL(q‖p̂) − γH(p̂) for one-hot q and γ ≥ 1, FL ≤ KL, and the "+γH" version fails.
    let plusVersionFails = false;
    for (let trial = 0; trial < 500; trial++) {
      const K = 2 + (trial % 9);
      const p = softmax(Array.from({ length: K }, (_, i) => Math.sin(trial * 1.7 + i * 2.9) * 4));
      const y = trial % K;
      const kl = -Math.log(p[y]!);
      const entropy = -p.reduce((sum, v) => sum + (v > 0 ? v * Math.log(v) : 0), 0);
      for (const gamma of [1, 2, 3, 5]) {
        const fl = (1 - p[y]!) ** gamma * kl;
        expect(fl).toBeGreaterThanOrEqual(kl - gamma * entropy - 1e-12);
        expect(fl).toBeLessThanOrEqual(kl + 1e-12);
        if (fl < kl + gamma * entropy) plusVersionFails = true;
      }
    }
    expect(plusVersionFails).toBe(true);
    const correct = question('calibration-focal-entropy-bound').options!.find((o) => o.correct)!;
    expect(correct.text.en).toBe('FL ≥ KL(q ‖ p̂) − γ·H(p̂)');
    // FLSD-53 as the reference code picks γ: 5 below pₜ = 0.2, 3 from there on.
    const flsd53 = (pt: number): number => (pt < 0.2 ? 5 : 3);
    expect([0.05, 0.19, 0.2, 0.45, 0.9].map(flsd53)).toEqual([5, 5, 3, 3, 3]);
    expectBothContain('calibration-mukhoti-findings', 'γ = 5', 'γ = 3', '0.2');
  });

  it('the paper’s analyses', () => {
    expectBothContain('results-figure4-setup', `${FIGURE_4_MODEL_AP.toFixed(1)} AP`, '10⁷', '10⁵');
    expectBothContain('results-figure4-positives-vs-negatives', '20%');
    expectBothContain('results-exact-form-not-crucial', ...Object.values(TABLE_3).map((ap) => ap.toFixed(1)));
    expectBothContain('results-explain-exact-form', ...Object.values(TABLE_3).map((ap) => ap.toFixed(1)));
    expectBothContain('results-hinge-loss-unstable', BEST_OHEM_AP.toFixed(1), FIGURE_4_MODEL_AP.toFixed(1));
    expect(TABLE_3.fl).toBeGreaterThan(Math.max(TABLE_3.flStarG2B1, TABLE_3.flStarG4B0));
    expect(TABLE_3.fl - TABLE_3.ce).toBeCloseTo(2.9, 6);
  });

  it('failure modes', () => {
    expectBothContain('failure-modes-alpha-majority-share', '1.75', '2.25', fixed(1.75 / 2.25, 3), fixed(7 / 3, 2), fixed(0.25 / 0.75, 3));
    const factorRatio = ((1 - 0.05) / 0.05) ** 2;
    const gradientRatio = Math.abs(derivative((u) => focalOfLogit(u, 2), logit(0.05))) / Math.abs(derivative((u) => focalOfLogit(u, 0), logit(0.05)));
    expect(gradientRatio).toBeGreaterThan(1);
    expectBothContain('failure-modes-explain-when-it-hurts', String(Math.round(factorRatio)), gradientRatio.toFixed(2));
    // Lowering γ flattens the hard/easy weight ratio; raising it steepens it.
    const ratio = (gamma: number) => ((1 - 0.05) / (1 - 0.95)) ** gamma;
    expect(ratio(1)).toBeLessThan(ratio(2));
    expect(ratio(0)).toBe(1);
    // Table 1b's best α at γ = 0 and at γ ≥ 1.
    expectBothContain('failure-modes-alpha-kept-blindly', '.75', '.25');
  });
});

// ---------------------------------------------------------------------------------------------------
// PyTorch measurements (deeper-torch-reference.py, PyTorch 1.13 CPU, float32 unless noted).
const RECORDED = {
  saturated: { '0': false, '0.25': true, '0.5': true, '1': false, '2': false } as Record<string, boolean>,
  logSpaceGrad: [0, 0, 9.357623589846195e-14],
  oneHotVsGather: { oneHot: 'nan', gather: 1.31326162815094 },
  softmaxFocal: [-0.010805226745287902, 0.007899253706185086, 0.002905973039102814],
  snippet: { noForeground: 'inf', reference: 2.0780088901519775, asWritten: 1.0090043544769287, alpha075: 2.0780091285705566 },
  halfGammaNan: true,
  twoGammaNan: false,
  float16Factor: 0,
  float16NearOne: 1,
  oneMinusSigmoid20: 0,
};

describe('the texts agree with the recorded PyTorch measurements', () => {
  it('NaN gradients appear exactly for 0 < γ < 1', () => {
    const q = question('numerics-nan-grad-which-gamma');
    for (const option of q.options!) {
      const gamma = option.text.en.replace('γ = ', '');
      expect(RECORDED.saturated[gamma], `γ = ${gamma}`).toBeDefined();
      expect(option.correct ?? false, `γ = ${gamma}`).toBe(RECORDED.saturated[gamma]);
    }
    expect(RECORDED.oneMinusSigmoid20).toBe(0);
  });

  it('the log-space fix, one-hot vs gather, and softmax gradients', () => {
    expect(RECORDED.logSpaceGrad[2]! / 1e-14).toBeCloseTo(9.36, 2);
    expectBothContain('numerics-log-space-modulating-factor', '9·10⁻¹⁴');
    expect(RECORDED.oneHotVsGather.oneHot).toBe('nan');
    expectFigure('numerics-gather-ce-value', RECORDED.oneHotVsGather.gather, 4);
    // The recorded autograd gradient equals the closed form the question teaches.
    const p = softmax([2, 0, -1]);
    const pt = p[0]!;
    const closed = (pj: number) => pj * ((1 - pt) ** 2 - 2 * pt * (1 - pt) * Math.log(pt));
    expect(RECORDED.softmaxFocal[1]!).toBeCloseTo(closed(p[1]!), 12);
    expect(RECORDED.softmaxFocal[2]!).toBeCloseTo(closed(p[2]!), 12);
    // Both non-target gradients share one factor: their ratio is p₂ / p₁, as for cross entropy.
    expect(RECORDED.softmaxFocal[2]! / RECORDED.softmaxFocal[1]!).toBeCloseTo(p[2]! / p[1]!, 10);
  });

  it('the reviewed snippet: inf without foreground, swapped α, NaN at γ = 0.5', () => {
    expect(RECORDED.snippet.noForeground).toBe('inf');
    expectBothContain('numerics-review-no-foreground', 'inf');
    expectBothContain('failure-modes-review-swapped-alpha', RECORDED.snippet.asWritten.toFixed(3), RECORDED.snippet.reference.toFixed(3));
    expect(RECORDED.snippet.alpha075).toBeCloseTo(RECORDED.snippet.reference, 5);
    expect(RECORDED.halfGammaNan).toBe(true);
    expect(RECORDED.twoGammaNan).toBe(false);
    expect(RECORDED.float16Factor).toBe(0);
    expect(RECORDED.float16NearOne).toBe(1);
  });

  it('the code-review keys point at the lines that hold the code they describe', () => {
    const snippet = fileURLToPath(new URL('../../questions/focal-loss/snippets/retinanet_cls_loss.py', import.meta.url));
    const lines = readFileSync(snippet, 'utf8').split('\n');
    expect(lines[17]).toContain('alpha_t = alpha * (1 - targets) + (1 - alpha) * targets');
    expect(lines[18]).toContain('(1 - p_t) ** gamma');
    expect(lines[21]).toContain('loss.sum() / num_fg');
    expect(question('failure-modes-review-swapped-alpha').bugs!.map((b) => b.line)).toEqual([18]);
    expect(question('numerics-review-nan-small-gamma').bugs!.map((b) => b.line)).toEqual([19]);
    expect(question('numerics-review-no-foreground').bugs!.map((b) => b.line)).toEqual([22]);
  });
});

/** What deeper-torch-reference.py prints (gradients as strings, so that NaN and inf survive JSON). */
interface Measured {
  saturated: Record<string, { loss: number; grad: string[] }>;
  logSpace: string[];
  oneHotVsGather: { oneHot: string; gather: number };
  softmaxFocal: { focal: number[]; ce: number[] };
  snippet: {
    noForeground: string;
    reference: number;
    asWritten: number;
    'alphaPassedAs0.75': number;
    halfGamma: { loss: number; gradHasNan: boolean };
    twoGammaGradHasNan: boolean;
  };
  float16: { factor: number; smallestSubnormal: number; nearOne: number; oneMinusNearOne: number };
  oneMinusSigmoid20: number;
}

/** A python3 that can import torch, or null (the measurement tests are then skipped). */
function pythonWithTorch(): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(candidate, ['-c', 'import torch'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return null;
}
const PYTHON = pythonWithTorch();

// Each test starts Python and imports torch (seconds each, more on a loaded machine).
describe.skipIf(PYTHON === null)('re-measured under PyTorch', { timeout: 120_000 }, () => {
  const script = fileURLToPath(new URL('./deeper-torch-reference.py', import.meta.url));
  let run: SpawnSyncReturns<string>;
  let measured: Measured;
  beforeAll(() => {
    run = spawnSync(PYTHON!, [script, DECK], { encoding: 'utf8', timeout: 120_000 });
    measured = JSON.parse(run.status === 0 ? run.stdout : 'null') as Measured;
  }, 130_000);

  it('the script runs', () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it('matches the record', () => {
    for (const [gamma, nan] of Object.entries(RECORDED.saturated)) {
      const grads = measured.saturated[gamma]!.grad;
      expect(grads.some((g) => g === 'nan'), `γ = ${gamma}`).toBe(nan);
      if (nan) expect(grads.every((g) => g === 'nan'), `γ = ${gamma}`).toBe(true);
      expect(measured.saturated[gamma]!.loss).toBe(0);
    }
    const logSpace = measured.logSpace.map(Number);
    logSpace.forEach((g, i) => expect(g).toBeCloseTo(RECORDED.logSpaceGrad[i]!, 15));
    expect(measured.oneHotVsGather.oneHot).toBe('nan');
    expect(measured.oneHotVsGather.gather).toBeCloseTo(RECORDED.oneHotVsGather.gather, 5);
    measured.softmaxFocal.focal.forEach((g, i) => expect(g).toBeCloseTo(RECORDED.softmaxFocal[i]!, 10));
    expect(measured.snippet.noForeground).toBe('inf');
    expect(measured.snippet.asWritten).toBeCloseTo(RECORDED.snippet.asWritten, 5);
    expect(measured.snippet.reference).toBeCloseTo(RECORDED.snippet.reference, 5);
    expect(measured.snippet['alphaPassedAs0.75']).toBeCloseTo(RECORDED.snippet.reference, 5);
    expect(measured.snippet.halfGamma.gradHasNan).toBe(true);
    expect(measured.snippet.halfGamma.loss).toBe(0);
    expect(measured.snippet.twoGammaGradHasNan).toBe(false);
    expect(measured.float16.factor).toBe(0);
    expect(measured.float16.nearOne).toBe(RECORDED.float16NearOne);
    expect(measured.float16.oneMinusNearOne).toBe(0);
    expect(measured.float16.smallestSubnormal).toBeCloseTo(2 ** -24, 15);
    expect(measured.oneMinusSigmoid20).toBe(0);
  });
});
