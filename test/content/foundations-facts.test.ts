// Facts behind the motivation, definitions, alpha-gamma and limits questions: every number
// the texts state is recomputed here with plain Math (never with the deck's own expressions),
// and the texts are checked to contain the rounded figures in both languages. Answers of the
// numeric, expression and derivation questions are compared with independent reference code.
import { evaluate as mathjsEvaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { loadDeck, numericReferenceTests, samples } from './deck-helpers.js';

const FILES = ['motivation', 'definitions', 'alpha-gamma', 'limits'] as const;
const { questions, question, text, expectBothContain } = loadDeck(FILES);

/** The figure as the texts print it: 4 significant figures. */
const sig4 = (x: number): string => String(Number(x.toPrecision(4)));

// Independent reference code, written from the paper's definitions (§3).
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
const ptOf = (p: number, y: 1 | -1): number => (y === 1 ? p : 1 - p);
const alphaTOf = (alpha: number, y: 1 | -1): number => (y === 1 ? alpha : 1 - alpha);
const ce = (pt: number): number => -Math.log(pt);
const focal = (pt: number, alphaT: number, gamma: number): number => -alphaT * (1 - pt) ** gamma * Math.log(pt);

/** torchvision.ops.sigmoid_focal_loss, per element, as the facts sheet describes it. */
function torchvisionFocal(logit: number, target: 0 | 1, alpha: number, gamma: number): number {
  const p = sigmoid(logit);
  const bce = target === 1 ? softplus(-logit) : softplus(logit);
  const pt = p * target + (1 - p) * (1 - target);
  let loss = bce * (1 - pt) ** gamma;
  if (alpha >= 0) loss *= alpha * target + (1 - alpha) * (1 - target);
  return loss;
}

// Only used to evaluate the deck's answer strings, which are the thing under test.
// sigmoid and softplus come in through the scope; scope names also shadow mathjs's gamma().
const evaluate = (expr: string, scope: Record<string, number>): number =>
  Number(mathjsEvaluate(expr, { sigmoid, softplus, ...scope }));

describe('the foundation questions', () => {
  it('are all here, with the id prefix of their topic', () => {
    expect(questions.length).toBeGreaterThanOrEqual(24);
    for (const q of questions) expect(q.id.startsWith(`${q.topic}-`), q.id).toBe(true);
    for (const file of FILES) expect(questions.filter((q) => q.topic === file).length).toBeGreaterThanOrEqual(6);
  });
});

describe('numeric answers match independent reference code for every parameter value', () => {
  const references: Record<string, (v: Record<string, number>) => number> = {
    'motivation-easy-negatives-total-ce': (v) => v.n! * ce(v.p!),
    'definitions-ce-negative-label': (v) => ce(ptOf(v.p!, -1)),
    'alpha-gamma-negative-weight': (v) => focal(v.p!, alphaTOf(v.a!, -1), v.g!) / ce(v.p!),
    'alpha-gamma-hard-vs-easy-ratio': (v) =>
      focal(v.ph!, alphaTOf(0.25, -1), v.g!) / ce(v.ph!) / (focal(v.pe!, alphaTOf(0.25, -1), v.g!) / ce(v.pe!)),
    // Bisection on (1 − pₜ)^γ = 0.5: independent of the closed form the deck states.
    'alpha-gamma-half-weight-pt': (v) => {
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if ((1 - mid) ** v.g! > 0.5) lo = mid;
        else hi = mid;
      }
      return lo;
    },
    'limits-near-one-approximation-error': (v) => focal(v.p!, 0.25, v.g!) / (0.25 * (1 - v.p!) ** (v.g! + 1)),
  };

  numericReferenceTests({ questions, question }, references, evaluate, (_id, expected) => 1e-6 * Math.abs(expected));
});

describe('expression answers match independent reference code on their domain', () => {
  const pts = samples(0.001, 0.999);
  const alphas = samples(0.02, 0.98, 7);
  const gammas = [0, 0.5, 1, 2, 3.7, 5];
  const grid = pts.flatMap((pt) => alphas.flatMap((alpha) => gammas.map((gamma) => ({ pt, alpha, gamma }))));

  const references: Record<string, (v: { pt: number; alpha: number; gamma: number }) => [Record<string, number>, number]> = {
    'definitions-fl-over-ce-expression': ({ pt, alpha, gamma }) => [{ pt, alpha, gamma }, focal(pt, alpha, gamma) / ce(pt)],
    // Here the sampled pt plays the role of the foreground probability p of a y = −1 example.
    'definitions-fl-negative-expression': ({ pt: p, alpha, gamma }) => [
      { p, alpha, gamma },
      focal(ptOf(p, -1), alphaTOf(alpha, -1), gamma),
    ],
    'alpha-gamma-same-pt-class-ratio': ({ pt, alpha, gamma }) => [
      { pt, alpha, gamma },
      focal(pt, alphaTOf(alpha, 1), gamma) / focal(pt, alphaTOf(alpha, -1), gamma),
    ],
    'limits-gamma-zero-expression': ({ pt, alpha }) => [{ pt, alpha }, focal(pt, alpha, 0)],
  };

  for (const [id, reference] of Object.entries(references)) {
    it(id, () => {
      const q = question(id);
      expect(q.kind).toBe('expression');
      for (const point of grid) {
        const [scope, expected] = reference(point);
        expect(evaluate(q.answer!, scope)).toBeCloseTo(expected, 9);
      }
      for (const wrong of q.wrongAnswers ?? []) {
        const differs = grid.some((point) => {
          const [scope, expected] = reference(point);
          return Math.abs(evaluate(wrong, scope) - expected) > 1e-6 * Math.max(1, Math.abs(expected));
        });
        expect(differs, wrong).toBe(true);
      }
    });
  }
});

describe('derivations start and end where the references say', () => {
  it('definitions-fl-logit-form: FL of a positive written with the logit', () => {
    const q = question('definitions-fl-logit-form');
    for (const x of samples(-10, 10, 41)) {
      for (const gamma of [0, 0.5, 2, 5]) {
        const expected = focal(sigmoid(x), 1, gamma);
        expect(evaluate(q.start!, { pt: sigmoid(x), gamma })).toBeCloseTo(expected, 9);
        expect(evaluate(q.goal!, { x, gamma })).toBeCloseTo(expected, 9);
        // The two identities the explanation names.
        expect(1 - sigmoid(x)).toBeCloseTo(sigmoid(-x), 12);
        expect(-Math.log(sigmoid(x))).toBeCloseTo(softplus(-x), 9);
      }
    }
    // "σ(x) underflows to 0 for a very negative x": the naive log of it is −∞.
    expect(Math.log(sigmoid(-800))).toBe(-Infinity);
    expect(softplus(800)).toBeCloseTo(800, 9);
  });

  it('limits-near-one-rewrite: FL ≈ α(1 − pₜ)^(γ+1) near pₜ = 1', () => {
    const q = question('limits-near-one-rewrite');
    for (const u of samples(0.001, 0.999, 31)) {
      for (const gamma of [0, 1, 2, 5]) {
        const expected = focal(1 - u, 0.25, gamma);
        expect(evaluate(q.start!, { pt: 1 - u, alpha: 0.25, gamma })).toBeCloseTo(expected, 9);
        expect(evaluate(q.goal!, { u, alpha: 0.25, gamma })).toBeCloseTo(expected, 9);
      }
    }
    // The bracket −ln(1 − u)/u tends to 1: 1.005 at pₜ = 0.99, closer still further in.
    const bracket = (u: number): number => -Math.log(1 - u) / u;
    expect(sig4(bracket(0.01))).toBe('1.005');
    expect(Math.abs(bracket(1e-6) - 1)).toBeLessThan(1e-6);
    expectBothContain('limits-near-one-rewrite', '1.005');
    // limits-near-one-approximation-error: "−ln pₜ > 1 − pₜ for every pₜ in (0, 1)", so exact/approx > 1.
    for (const pt of samples(0.0001, 0.9999, 101)) expect(ce(pt)).toBeGreaterThan(1 - pt);
  });
});

describe('figures stated in the texts', () => {
  it('motivation: an easy anchor at pₜ = 0.99 and 100,000 of them', () => {
    const one = ce(0.99);
    const total = 100_000 * one;
    const positives = total / ce(0.5);
    expect(sig4(one)).toBe('0.01005');
    expect(sig4(total)).toBe('1005');
    expect(sig4(positives)).toBe('1450');
    expect(sig4(Math.log(2))).toBe('0.6931');
    expectBothContain('motivation-dense-ce-statements', '0.01005', '1005', '1450', '0.6931');
    expect(text('motivation-dense-ce-statements', 'en')).toContain('100,000');
    expect(text('motivation-dense-ce-statements', 'zh')).toContain('10 万');
    expectBothContain('motivation-easy-negatives-total-ce', '0.6931', '2.303');
  });

  it('ln 10 = 2.303: the factor between natural log and log10', () => {
    const ratio = -Math.log(0.9) / -Math.log10(0.9);
    expect(sig4(Math.LN10)).toBe('2.303');
    expect(ratio).toBeCloseTo(Math.LN10, 12);
    for (const id of ['definitions-ce-equivalent-forms', 'definitions-ce-negative-label', 'motivation-easy-negatives-total-ce']) {
      expectBothContain(id, '2.303');
    }
  });

  it('γ = 2 modulating factors: 0.81 at pₜ = 0.1, 0.01 at pₜ = 0.9, 0.0001 at pₜ = 0.99', () => {
    const factor = (pt: number): number => focal(pt, 1, 2) / ce(pt);
    expect(factor(0.1)).toBeCloseTo(0.81, 12);
    expect(factor(0.9)).toBeCloseTo(0.01, 12);
    expect(factor(0.99)).toBeCloseTo(0.0001, 12);
    expect(sig4(1 / factor(0.1))).toBe('1.235');
    expect(1 / factor(0.99)).toBeCloseTo(10_000, 6);
    expectBothContain('alpha-gamma-roles', '0.81', '0.01', 'pₜ = 0.1', 'pₜ = 0.9');
    expectBothContain('limits-pt-to-zero-statements', '0.81', '1.235', '0.01');
    expectBothContain('limits-pt-to-one-ratio', '0.0001', 'pₜ = 0.99');
    expect(text('limits-pt-to-one-ratio', 'en')).toContain('10,000×');
    expect(text('limits-pt-to-one-ratio', 'zh')).toContain('1/10000');
  });

  it('the half-weight point (1 − pₜ)^γ = 0.5 for γ = 0.5, 2, 5', () => {
    const halfPoint = (gamma: number): number => 1 - Math.exp(Math.log(0.5) / gamma);
    expect(sig4(halfPoint(0.5))).toBe('0.75');
    expect(sig4(halfPoint(2))).toBe('0.2929');
    expect(sig4(halfPoint(5))).toBe('0.1294');
    expectBothContain('alpha-gamma-half-weight-pt', '0.75', '0.2929', '0.1294');
  });

  it('equal pₜ: a positive weighs α/(1 − α) = 1/3 of a negative at α = 0.25', () => {
    expect(focal(0.7, alphaTOf(0.25, 1), 2) / focal(0.7, alphaTOf(0.25, -1), 2)).toBeCloseTo(1 / 3, 12);
    expectBothContain('alpha-gamma-same-pt-class-ratio', '1/3', '0.25');
  });

  // Table 1b of the paper (via the facts sheet): γ, the best α for it, and its AP.
  const TABLE_1B: { gamma: number; alpha: number; ap: number }[] = [
    { gamma: 0, alpha: 0.75, ap: 31.1 },
    { gamma: 0.1, alpha: 0.75, ap: 31.4 },
    { gamma: 0.2, alpha: 0.75, ap: 31.9 },
    { gamma: 0.5, alpha: 0.5, ap: 32.9 },
    { gamma: 1.0, alpha: 0.25, ap: 33.7 },
    { gamma: 2.0, alpha: 0.25, ap: 34.0 },
    { gamma: 5.0, alpha: 0.25, ap: 32.2 },
  ];
  const row = (gamma: number) => TABLE_1B.find((r) => r.gamma === gamma)!;

  it('Table 1b: the best α falls as γ rises, 0.75 at γ = 0 and 0.25 at γ = 1, 2, 5', () => {
    expect(row(0).alpha).toBe(0.75);
    for (const gamma of [1, 2, 5]) expect(row(gamma).alpha).toBe(0.25);
    for (let i = 1; i < TABLE_1B.length; i++) expect(TABLE_1B[i]!.alpha).toBeLessThanOrEqual(TABLE_1B[i - 1]!.alpha);
    expectBothContain('alpha-gamma-rare-class-weight', '0.75', '0.25', 'γ = 0');
    expect(text('alpha-gamma-rare-class-weight', 'en')).toContain('γ = 1, 2 and 5');
    expect(text('alpha-gamma-rare-class-weight', 'zh')).toContain('γ = 1、2、5');
    expectBothContain('alpha-gamma-explain-to-interviewer', '0.75', 'γ = 0', '0.25', 'γ = 2');
  });

  it('Table 1b: γ = 5 scores below γ = 2 (32.2 vs 34.0 AP), the best of the table', () => {
    expect(row(5).ap).toBeLessThan(row(2).ap);
    expect(Math.max(...TABLE_1B.map((r) => r.ap))).toBe(row(2).ap);
    expectBothContain('limits-gamma-to-infinity', '32.2', '34.0');
  });

  it('facts from the sheet: ~100k anchors per image, 1:3 sampling in two-stage detectors', () => {
    expect(text('motivation-why-one-stage-needed-fl', 'en')).toContain('100k');
    expect(text('motivation-why-one-stage-needed-fl', 'zh')).toContain('10 万');
    expectBothContain('motivation-why-one-stage-needed-fl', '1:3');
    expectBothContain('motivation-two-stage-filtering', '1:3');
    expect(text('motivation-one-stage-goal', 'en')).toContain('100k');
    expect(text('motivation-one-stage-goal', 'zh')).toContain('10 万');
  });
});

describe('torchvision sigmoid_focal_loss semantics behind limits-gamma-zero-torchvision', () => {
  const logits = [-6, -1.5, 0, 0.7, 4];
  const bce = (logit: number, target: 0 | 1): number => -Math.log(target === 1 ? sigmoid(logit) : 1 - sigmoid(logit));

  it('alpha = −1, gamma = 0 is plain binary cross entropy (the marked option)', () => {
    for (const logit of logits) {
      for (const target of [0, 1] as const) expect(torchvisionFocal(logit, target, -1, 0)).toBeCloseTo(bce(logit, target), 9);
    }
    const q = question('limits-gamma-zero-torchvision');
    const marked = q.options!.filter((o) => o.correct).map((o) => o.text.en);
    expect(marked).toEqual(['alpha = -1, gamma = 0']);
  });

  it('the distractors are not: alpha = 1 zeroes negatives, 0.5 halves, 0.25 balances, gamma = 1 modulates', () => {
    expect(torchvisionFocal(0.7, 0, 1, 0)).toBe(0);
    expect(torchvisionFocal(0.7, 0, 0.5, 0)).toBeCloseTo(0.5 * bce(0.7, 0), 12);
    expect(torchvisionFocal(0.7, 1, 0.25, 0)).toBeCloseTo(0.25 * bce(0.7, 1), 12);
    expect(torchvisionFocal(0.7, 0, 0.25, 0)).toBeCloseTo(0.75 * bce(0.7, 0), 12);
    expect(torchvisionFocal(0.7, 1, -1, 1)).toBeLessThan(bce(0.7, 1));
  });
});

describe('choice answers are the ones the definitions imply', () => {
  it('the modulating factor is (1 − pₜ)^γ', () => {
    const q = question('definitions-modulating-factor-name');
    expect(q.options!.filter((o) => o.correct).map((o) => o.text.en)).toEqual(['(1 − pₜ)^γ']);
  });

  it('limits: FL/CE → 0 as pₜ → 1, → αₜ as pₜ → 0, and → 0 as γ → ∞', () => {
    const ratio = (pt: number, gamma: number): number => focal(pt, 0.25, gamma) / ce(pt);
    expect(ratio(1 - 1e-9, 2)).toBeLessThan(1e-15);
    expect(ratio(1e-9, 2)).toBeCloseTo(0.25, 6);
    expect(focal(0.3, 0.25, 200)).toBeLessThan(1e-30);
    expect(question('limits-pt-to-one-ratio').options!.find((o) => o.correct)!.text.en).toBe('0');
  });
});
