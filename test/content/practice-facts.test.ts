// Facts behind the retinanet, results, relatives and misconceptions questions. Every number the
// texts state is recomputed here with plain Math (never with the deck's own expressions), and
// the texts are checked to contain the rounded figures in both languages. Figures quoted from the
// paper are checked against a copy of the facts sheet's tables. Numeric and expression answers are
// compared with independent reference code; their wrong answers must miss.
import { evaluate as mathEvaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { effectiveNumber, expressionReferenceTests, loadDeck, numericReferenceTests, paramGrid, samples } from './deck-helpers.js';

const FILES = ['retinanet', 'results', 'relatives', 'misconceptions'] as const;
const { questions, question, text, expectBothContain } = loadDeck(FILES);
/** This file samples 19 points per interval unless it asks for another count. */
const SAMPLES = 19;

/** A figure as the texts print it: fixed decimals, with the typographic minus sign. */
const fixed = (x: number, decimals: number): string => x.toFixed(decimals).replace('-', '−');
/** A figure as `{=expr}` prints it: 4 significant figures. */
const sig4 = (x: number): number => Number(x.toPrecision(4));

/** The letters of the options marked correct, e.g. "bce". */
function correctLetters(id: string): string {
  return (question(id).options ?? []).map((o, i) => (o.correct ? 'abcdefghij'[i] : '')).join('');
}

/** The option whose English text contains `needle`. */
function option(id: string, needle: string) {
  const found = (question(id).options ?? []).find((o) => o.text.en.includes(needle));
  if (!found) throw new Error(`${id}: no option containing ${needle}`);
  return { ...found, correct: found.correct ?? false };
}

// Independent reference code, written from the definitions in the facts sheet.
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const ce = (pt: number): number => -Math.log(pt);
const focal = (pt: number, alphaT: number, gamma: number): number => -alphaT * (1 - pt) ** gamma * Math.log(pt);
/** The bias whose sigmoid is π, found by bisection rather than the closed form. */
function priorBias(prior: number): number {
  let lo = -50;
  let hi = 50;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (sigmoid(mid) < prior) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
const bce = (s: number, y: number): number => -((1 - y) * Math.log(1 - s) + y * Math.log(s));
const qfl = (s: number, y: number, beta: number): number => Math.abs(y - s) ** beta * bce(s, y);

// RetinaNet anchor assignment (paper §4): ≥ 0.5 foreground, [0, 0.4) background, [0.4, 0.5) ignored.
const assign = (iou: number): 'foreground' | 'background' | 'ignored' =>
  iou >= 0.5 ? 'foreground' : iou < 0.4 ? 'background' : 'ignored';

// Reference tables, copied from the facts sheet (/work/shared/domain/focal-loss-facts.md, "Results").
/** Table 1a: γ = 0 (α-balanced CE), ResNet-50, 600 px: AP by α. */
const TABLE_1A: [alpha: number, ap: number][] = [
  [0.1, 0.0],
  [0.25, 10.8],
  [0.5, 30.2],
  [0.75, 31.1],
  [0.9, 30.8],
  [0.99, 28.7],
  [0.999, 25.1],
];
/** Table 1b: γ with its best α: AP. */
const TABLE_1B: [gamma: number, alpha: number, ap: number][] = [
  [0, 0.75, 31.1],
  [0.1, 0.75, 31.4],
  [0.2, 0.75, 31.9],
  [0.5, 0.5, 32.9],
  [1.0, 0.25, 33.7],
  [2.0, 0.25, 34.0],
  [5.0, 0.25, 32.2],
];
/** Table 1d (ResNet-101): focal loss vs the best OHEM setting, AP. */
const TABLE_1D = { focal: 36.0, bestOhem: 32.8 };
const apAtGamma = (gamma: number): number => TABLE_1B.find(([g]) => g === gamma)![2];
const ceBaseline = apAtGamma(0);
const bestFocal = TABLE_1B.reduce((best, row) => (row[2] > best[2] ? row : best));

// Only used to evaluate the deck's answer strings and placeholders, which are the thing under test.
// Scope values shadow mathjs's own functions of the same name (gamma, beta).
const evaluate = (expr: string, scope: Record<string, number>): number => Number(mathEvaluate(expr, { ...scope }));

describe('the practice questions', () => {
  it('are all here, at least six per topic, with the id prefix of their topic', () => {
    for (const file of FILES) expect(questions.filter((q) => q.topic === file).length).toBeGreaterThanOrEqual(6);
    for (const q of questions) expect(q.id.startsWith(`${q.topic}-`), q.id).toBe(true);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('cover the kinds they promise', () => {
    const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
    expect(count('single')).toBeGreaterThanOrEqual(3);
    expect(count('multiple')).toBeGreaterThanOrEqual(3);
    expect(count('numeric')).toBeGreaterThanOrEqual(4);
    expect(count('expression')).toBeGreaterThanOrEqual(2);
    expect(count('free')).toBeGreaterThanOrEqual(2);
    expect(questions.filter((q) => q.params).length).toBeGreaterThanOrEqual(3);
  });
});

describe('numeric answers match independent reference code for every parameter value', () => {
  const references: Record<string, (v: Record<string, number>) => number> = {
    'retinanet-prior-bias-value': (v) => priorBias(v.prior!),
    // Summed loss over the anchors assigned to a ground-truth box (the normaliser of paper §4.1).
    'retinanet-normalised-loss': () => 93 / 150,
    'results-fl-gain-over-ce': () => bestFocal[2] - ceBaseline,
    'results-fl-vs-ohem-gap': () => TABLE_1D.focal - TABLE_1D.bestOhem,
    'relatives-effective-number-value': (v) => effectiveNumber(v.beta!, v.n!),
    'misconceptions-ce-natural-log': (v) => ce(v.p!),
    'misconceptions-gamma-zero-loss': () => focal(0.9, 0.25, 0),
  };

  numericReferenceTests({ questions, question }, references, evaluate, (_id, expected) => 1e-9 * Math.max(1, Math.abs(expected)));
});

describe('expression answers match independent reference code on their domain', () => {
  const unit = samples(0.001, 0.999, SAMPLES);
  const references: Record<string, { points: Record<string, number>[]; value: (v: Record<string, number>) => number }> = {
    'retinanet-prior-bias-formula': { points: unit.map((prior) => ({ prior })), value: (v) => priorBias(v.prior!) },
    'relatives-effective-number-formula': {
      points: [0.05, 0.5, 0.9, 0.99, 0.999].flatMap((beta) => [1, 2, 7, 50, 300, 1000].map((n) => ({ beta, n }))),
      value: (v) => effectiveNumber(v.beta!, v.n!),
    },
    'relatives-qfl-loss': {
      points: unit.flatMap((s) => [0, 0.3, 0.62, 0.9, 1].map((y) => ({ s, y }))),
      value: (v) => qfl(v.s!, v.y!, 2),
    },
    // A negative: pₜ = 1 − p, weighted by α (the facts sheet's −α p^γ log(1 − p)).
    'relatives-varifocal-negative': {
      points: unit.flatMap((p) => [0.25, 0.75].flatMap((alpha) => [0, 1, 2, 4.5].map((gamma) => ({ p, alpha, gamma })))),
      value: (v) => focal(1 - v.p!, v.alpha!, v.gamma!),
    },
  };

  expressionReferenceTests({ questions, question }, references, evaluate, 1e-9);
});

describe('computed placeholders of the parametric explanations give the reference figures', () => {
  // Each {=expr} must evaluate to one of the figures the explanation is meant to show.
  const figures: Record<string, (v: Record<string, number>) => number[]> = {
    'retinanet-prior-bias-value': (v) => [priorBias(v.prior!), -Math.log10((1 - v.prior!) / v.prior!)],
    'relatives-effective-number-value': (v) => [effectiveNumber(v.beta!, v.n!), 1 / (1 - v.beta!)],
    'misconceptions-ce-natural-log': (v) => [ce(v.p!), -Math.log10(v.p!)],
  };
  for (const [id, expectedFigures] of Object.entries(figures)) {
    it(id, () => {
      const q = question(id);
      for (const lang of ['en', 'zh'] as const) {
        const placeholders = [...q.explanation[lang].matchAll(/\{=([^{}]+)\}/g)].map((m) => m[1]!);
        expect(placeholders.length, lang).toBe(expectedFigures({}).length);
        for (const point of paramGrid(q.params)) {
          const wanted = expectedFigures(point).map(sig4);
          expect(placeholders.map((expr) => sig4(evaluate(expr, point))), `${lang} ${JSON.stringify(point)}`).toEqual(wanted);
        }
      }
    });
  }

  it('the effective number stays between 1 and min(n, 1/(1 − β)) on the whole grid', () => {
    for (const point of paramGrid(question('relatives-effective-number-value').params)) {
      const e = effectiveNumber(point.beta!, point.n!);
      expect(e).toBeGreaterThanOrEqual(1);
      expect(e).toBeLessThan(point.n!);
      expect(e).toBeLessThan(1 / (1 - point.beta!));
    }
  });
});

describe('retinanet: figures in the texts', () => {
  it('prior bias: σ(b) = π and b ≈ −4.595 at π = 0.01; the log π shortcut is close but wrong', () => {
    expect(sigmoid(priorBias(0.01))).toBeCloseTo(0.01, 12);
    expect(priorBias(0.01)).toBeCloseTo(-Math.log(99), 9);
    expect(fixed(priorBias(0.01), 3)).toBe('−4.595');
    expect(fixed(Math.log(0.01), 3)).toBe('−4.605');
    expect(priorBias(0.5)).toBeCloseTo(0, 9);
    expect(fixed(Math.log(0.5), 4)).toBe('−0.6931');
    expectBothContain('retinanet-prior-bias-formula', '−4.595', '−4.605', '−0.6931', '−log 99');
  });

  it('prior-init purpose: −log 0.5 ≈ 0.6931 per anchor at b = 0, and b ≈ −4.595 at π = 0.01', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(ce(0.5).toFixed(4)).toBe('0.6931');
    expectBothContain('retinanet-prior-init-purpose', '0.6931', '−4.595', 'π = 0.01');
    expect(correctLetters('retinanet-prior-init-purpose')).toBe('b');
  });

  it('anchor assignment: IoU 0.45 is ignored; the thresholds are stated', () => {
    expect(assign(0.45)).toBe('ignored');
    expect(assign(0.5)).toBe('foreground');
    expect(assign(0.39)).toBe('background');
    expect(option('retinanet-anchor-iou-045', 'Ignored').correct).toBe(true);
    expectBothContain('retinanet-anchor-iou-045', '0.45', '[0.4, 0.5)', '[0, 0.4)', '≥ 0.5');
  });

  it('normalisation: 93 / 150 = 0.62 against 93 / 100,000 = 0.00093, about 667× smaller', () => {
    const total = 100_000;
    const assigned = 150;
    const ignored = 1_850;
    expect(total - assigned - ignored).toBe(98_000);
    expect(total - ignored).toBe(98_150);
    expect((93 / assigned).toFixed(2)).toBe('0.62');
    expect((93 / total).toFixed(5)).toBe('0.00093');
    expect(Math.round(total / assigned)).toBe(667);
    expectBothContain('retinanet-normalised-loss', '0.62', '0.00093', '667', '98,150', '93 / 150');
    expect(text('retinanet-normalised-loss', 'en')).toContain('98,000');
    expect(text('retinanet-normalised-loss', 'zh')).toContain('98,000');
  });

  it('the sigmoid question marks the per-class sigmoid statements, not the softmax ones', () => {
    expect(correctLetters('retinanet-sigmoid-per-class')).toBe('bce');
    expect(option('retinanet-sigmoid-per-class', 'softmax').correct).toBe(false);
    expect(option('retinanet-sigmoid-per-class', 'sum to 1').correct).toBe(false);
  });

  it('the loss-normalisation answer names the anchor count and the prior', () => {
    expectBothContain('retinanet-loss-normalisation-explain', '[0.4, 0.5)', 'π = 0.01');
    expect(text('retinanet-loss-normalisation-explain', 'en')).toContain('100k');
    expect(text('retinanet-loss-normalisation-explain', 'zh')).toContain('10 万');
  });
});

describe('results: figures quoted from Table 1a, 1b, 1d', () => {
  it('Table 1a: α = 0.75 is the best α for α-balanced CE', () => {
    const best = TABLE_1A.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(best).toEqual([0.75, 31.1]);
    expect(option('results-table1a-best-alpha-ce', '0.75').correct).toBe(true);
    expect(correctLetters('results-table1a-best-alpha-ce')).toBe('d');
    expect((31.1 - 30.2).toFixed(1)).toBe('0.9');
    // Every AP the question quotes, at its α.
    for (const [, ap] of TABLE_1A.filter(([alpha]) => alpha !== 0.99)) {
      expectBothContain('results-table1a-best-alpha-ce', ap.toFixed(1));
    }
  });

  it('Table 1b: γ = 2, α = 0.25 is best; every γ > 0 beats CE; the best α never rises with γ', () => {
    expect(bestFocal).toEqual([2, 0.25, 34.0]);
    for (const [gamma, , ap] of TABLE_1B) if (gamma > 0) expect(ap).toBeGreaterThan(ceBaseline);
    for (let i = 1; i < TABLE_1B.length; i++) expect(TABLE_1B[i]![1]).toBeLessThanOrEqual(TABLE_1B[i - 1]![1]);
    expect((apAtGamma(2) - apAtGamma(5)).toFixed(1)).toBe('1.8');
    expect((apAtGamma(5) - ceBaseline).toFixed(1)).toBe('1.1');
    expect(correctLetters('results-table1b-findings')).toBe('acd');
    for (const [, , ap] of TABLE_1B) expectBothContain('results-table1b-findings', ap.toFixed(1));
    expectBothContain('results-table1b-findings', '1.8', '1.1');
  });

  it('gain of focal loss over α-balanced CE: 2.9 AP (3.8 against α = 0.5, 3.2 is Table 1d)', () => {
    const alphaHalf = TABLE_1A.find(([alpha]) => alpha === 0.5)![1];
    expect((bestFocal[2] - ceBaseline).toFixed(1)).toBe('2.9');
    expect((bestFocal[2] - alphaHalf).toFixed(1)).toBe('3.8');
    expect((TABLE_1D.focal - TABLE_1D.bestOhem).toFixed(1)).toBe('3.2');
    expectBothContain('results-fl-gain-over-ce', '34.0', '31.1', '30.2', '2.9', '3.8', '3.2');
  });

  it('Table 1d: focal loss 36.0 vs best OHEM 32.8, a 3.2 AP gap', () => {
    expectBothContain('results-fl-vs-ohem-gap', '36.0', '32.8', '3.2', '2.9');
    expectBothContain('results-fl-vs-ohem-explain', '36.0', '32.8', '3.2');
  });

  it('robustness: γ = 0.5 gives 32.9, 1.1 below γ = 2 and 1.8 above CE; the worst tested γ in [0.5, 5] costs 1.8', () => {
    expect((apAtGamma(2) - apAtGamma(0.5)).toFixed(1)).toBe('1.1');
    expect((apAtGamma(0.5) - ceBaseline).toFixed(1)).toBe('1.8');
    const inRange = TABLE_1B.filter(([gamma]) => gamma >= 0.5 && gamma <= 5).map(([, , ap]) => ap);
    expect((Math.max(...inRange) - Math.min(...inRange)).toFixed(1)).toBe('1.8');
    expect(correctLetters('results-gamma-robustness')).toBe('a');
    expectBothContain('results-gamma-robustness', '32.9', '34.0', '31.1', '32.2', '1.1', '1.8', '[0.5, 5]');
  });
});

describe('relatives: figures and identities', () => {
  it('the effective number is a geometric series; β = 0 gives 1, β → 1 gives n, n → ∞ gives 1/(1 − β)', () => {
    for (const n of [1, 5, 100, 1000]) expect(effectiveNumber(0, n)).toBe(1);
    for (const n of [5, 100, 1000]) expect(effectiveNumber(1 - 1e-9, n)).toBeCloseTo(n, 3);
    expect(effectiveNumber(0.99, 10_000)).toBeCloseTo(1 / (1 - 0.99), 6);
    expect(option('relatives-class-balanced-vs-focal', 'β = 0').correct).toBe(true);
    expect(option('relatives-class-balanced-vs-focal', 'β → 1').correct).toBe(false);
    expect(correctLetters('relatives-class-balanced-vs-focal')).toBe('abd');
  });

  it("GHM's gradient norm g = |σ(x) − y| equals 1 − pₜ for binary labels", () => {
    for (const x of samples(-8, 8, 33)) {
      const p = sigmoid(x);
      expect(Math.abs(p - 1)).toBeCloseTo(1 - p, 12); // y = 1: pₜ = p
      expect(Math.abs(p - 0)).toBeCloseTo(1 - (1 - p), 12); // y = 0: pₜ = 1 − p
    }
    expectBothContain('relatives-ghm-outliers', 'g = |σ(x) − y|', '1 − pₜ');
    expect(correctLetters('relatives-ghm-outliers')).toBe('b');
  });

  it('QFL with a hard target is focal loss: y = 1 gives −(1 − s)² log s, y = 0 gives −s² log(1 − s)', () => {
    for (const s of samples(0.001, 0.999, SAMPLES)) {
      expect(qfl(s, 1, 2)).toBeCloseTo(focal(s, 1, 2), 12);
      expect(qfl(s, 0, 2)).toBeCloseTo(-(s ** 2) * Math.log(1 - s), 12);
      // The factor vanishes where the score equals the soft target.
      expect(qfl(0.62, 0.62, 2)).toBe(0);
    }
    expectBothContain('relatives-qfl-loss', '−(1 − s)² log s', '−s² log(1 − s)', 'β = 2');
  });

  it("varifocal loss: the negative term is focal loss at pₜ = 1 − p; mmdetection's defaults α = 0.75, γ = 2", () => {
    for (const p of samples(0.001, 0.999, SAMPLES)) {
      expect(-0.75 * p ** 2 * Math.log(1 - p)).toBeCloseTo(focal(1 - p, 0.75, 2), 12);
    }
    expectBothContain('relatives-varifocal-negative', 'α = 0.75', 'γ = 2', 'pₜ = 1 − p');
    expectBothContain('relatives-varifocal-positives', 'α = 0.75');
    expect(correctLetters('relatives-varifocal-positives')).toBe('d');
  });

  it('outliers: the focal modulating factor tends to 1 as pₜ → 0, so focal loss keeps hard examples', () => {
    for (const gamma of [0.5, 2, 5]) expect((1 - 1e-9) ** gamma).toBeCloseTo(1, 6);
    expect(correctLetters('relatives-outlier-downweighting')).toBe('bc');
    expect(option('relatives-outlier-downweighting', 'Focal').correct).toBe(false);
    expect(option('relatives-outlier-downweighting', 'OHEM').correct).toBe(false);
  });
});

describe('misconceptions: figures in the texts', () => {
  it('CE(0.9) = 0.1054 with ln; the notes’ 0.0457 is −log10 0.9 (0.04576, truncated); ln 10 ≈ 2.303', () => {
    expect(ce(0.9).toFixed(4)).toBe('0.1054');
    expect(Math.abs(-Math.log10(0.9) - 0.0457)).toBeLessThan(1e-4);
    expect(Math.LN10.toFixed(3)).toBe('2.303');
    // The ratio CE / (−log10) is ln 10 at every pₜ of the grid.
    for (const { p } of paramGrid(question('misconceptions-ce-natural-log').params)) {
      expect(ce(p!) / -Math.log10(p!)).toBeCloseTo(Math.LN10, 9);
    }
    expectBothContain('misconceptions-ce-natural-log', '0.1054', '0.0457', '2.303');
    expectBothContain('misconceptions-spot-note-errors', '0.1054', '0.0457', '0.01');
  });

  it('“reduced 0.25 times”: at pₜ = 0.5, γ = 2 the loss is multiplied by 0.25, i.e. 4× smaller', () => {
    const factor = (1 - 0.5) ** 2;
    expect(factor).toBe(0.25);
    expect(1 / factor).toBe(4);
    expect(ce(0.5).toFixed(4)).toBe('0.6931');
    expect(focal(0.5, 1, 2).toFixed(4)).toBe('0.1733');
    expect((ce(0.5) - focal(0.5, 1, 2)).toFixed(4)).toBe('0.5199');
    expect(1 / (1 - 0.9) ** 2).toBeCloseTo(100, 9);
    expectBothContain('misconceptions-reduced-quarter', '0.6931', '0.1733', '0.5199', '0.25', '100');
    expect(correctLetters('misconceptions-reduced-quarter')).toBe('c');
  });

  it('the notes errors: γ was tried up to 5, the IoU rule has an ignored band', () => {
    expect(Math.max(...TABLE_1B.map(([gamma]) => gamma))).toBe(5);
    expect(assign(0.45)).toBe('ignored'); // the "≤ 0.5 negative" rule would call it background
    expect(correctLetters('misconceptions-spot-note-errors')).toBe('ace');
  });

  it('γ = 0 is α-balanced CE, not zero: 0.02634, against 0.1054 without α and 0.0790 with 1 − α', () => {
    expect(focal(0.9, 0.25, 0)).toBeCloseTo(0.25 * ce(0.9), 15);
    expect(focal(0.9, 0.25, 0).toFixed(5)).toBe('0.02634');
    expect(ce(0.9).toFixed(4)).toBe('0.1054');
    expect(focal(0.9, 0.75, 0).toFixed(4)).toBe('0.0790');
    expectBothContain('misconceptions-gamma-zero-loss', '0.02634', '0.1054', '0.0790', '0.75');
  });

  it('focal loss is not sampling: an easy anchor at pₜ = 0.9 keeps 1% of its CE at γ = 2', () => {
    expect(focal(0.9, 1, 2) / ce(0.9)).toBeCloseTo(0.01, 12);
    expectBothContain('misconceptions-focal-as-sampling', '1%', '36.0', '32.8', '[0.4, 0.5)', 'π = 0.01');
    expect(correctLetters('misconceptions-focal-as-sampling')).toBe('a');
  });

  it('the γ = 2 comparison: 100× at 0.9, 0.001024 ≈ 977× at 0.968; γ = 1 would give 10× and ≈ 31×', () => {
    expect((1 - 0.9) ** 2).toBeCloseTo(0.01, 15);
    expect(((1 - 0.968) ** 2).toFixed(6)).toBe('0.001024');
    expect(Math.round(1 / (1 - 0.968) ** 2)).toBe(977);
    expect(1 / (1 - 0.9)).toBeCloseTo(10, 9);
    expect(Math.round(1 / (1 - 0.968))).toBe(31);
    expectBothContain('misconceptions-gamma2-comparison', '0.001024', '977', '100', '1000', '31', '0.032²');
    expect(correctLetters('misconceptions-gamma2-comparison')).toBe('b');
  });
});
