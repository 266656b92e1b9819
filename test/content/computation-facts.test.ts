// Facts behind the numbers, gradients, multiclass and code-review questions. Every number the
// texts state is recomputed here with plain Math (never with the deck's own expressions), and the
// texts are checked to contain the rounded figures in both languages. Numeric, expression and
// derivation answers are compared with independent reference code; derivation steps are checked
// numerically (finite differences for d/dx steps). Code-review lines are checked against the snippet.
import { readFileSync } from 'node:fs';
import { evaluate as mathjsEvaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { DECK, loadDeck, numericReferenceTests, paramGrid, samples, withinTolerance } from './deck-helpers.js';
import type { Localized, RawQuestion } from './deck-helpers.js';

const FILES = ['numbers', 'gradients', 'multiclass', 'code-review'] as const;
const { questions, question, text, expectBothContain } = loadDeck(FILES);

/** A figure rounded to n significant figures, as the texts print it. */
const sig = (x: number, n: number): string => String(Number(x.toPrecision(n)));

// Independent reference code, written from the paper's definitions (§3, appendices A and B).
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
const ce = (pt: number): number => -Math.log(pt);
const focal = (pt: number, alphaT: number, gamma: number): number => -alphaT * (1 - pt) ** gamma * Math.log(pt);
/** dFL/dx of the paper's appendix B, for a label y ∈ {±1} and pₜ = σ(y·x). */
const focalGrad = (pt: number, gamma: number, y: 1 | -1): number => y * (1 - pt) ** gamma * (gamma * pt * Math.log(pt) + pt - 1);
/** The same derivative by central finite differences of the loss written with the logit. */
function focalGradNumeric(x: number, gamma: number, y: 1 | -1): number {
  const loss = (u: number): number => focal(sigmoid(y * u), 1, gamma);
  const h = 1e-5;
  return (loss(x + h) - loss(x - h)) / (2 * h);
}
function softmax(logits: number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
const logSumExp = (logits: number[]): number => {
  const top = Math.max(...logits);
  return top + Math.log(logits.reduce((a, z) => a + Math.exp(z - top), 0));
};

// Only used to evaluate the deck's answer strings, which are the thing under test.
// sigmoid and softplus come in through the scope; scope names also shadow mathjs's gamma().
const evaluate = (expr: string, scope: Record<string, number>): number =>
  Number(mathjsEvaluate(expr, { sigmoid, softplus, ...scope }));

/** `x in [-6, 6], gamma in [0, 5]` → sample points of every named variable (inside the interval). */
function domainGrid(where: string, perAxis: number): Record<string, number>[] {
  const axes: [string, number[]][] = [];
  for (const match of where.matchAll(/(\w+)\s+in\s+[[(]\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*[\])]/g)) {
    const [, name, lo, hi] = match;
    axes.push([name!, samples(Number(lo), Number(hi), perAxis)]);
  }
  let grid: Record<string, number>[] = [{}];
  for (const [name, values] of axes) grid = grid.flatMap((point) => values.map((value) => ({ ...point, [name]: value })));
  return grid;
}

describe('the computation questions', () => {
  it('are all here, with the id prefix of their topic and the asked-for mix of kinds', () => {
    for (const q of questions) expect(q.id.startsWith(`${q.topic}-`), q.id).toBe(true);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const ofTopic = (topic: string) => questions.filter((q) => q.topic === topic);
    for (const file of FILES) expect(ofTopic(file).length).toBeGreaterThanOrEqual(6);

    const numbers = ofTopic('numbers');
    expect(numbers.filter((q) => q.kind === 'numeric').length).toBeGreaterThan(numbers.length / 2);
    expect(numbers.filter((q) => q.params).length).toBeGreaterThanOrEqual(5);

    const gradients = ofTopic('gradients');
    expect(gradients.filter((q) => q.kind === 'derivation').length).toBeGreaterThanOrEqual(4);
    expect(gradients.some((q) => q.kind === 'derivation' && !q.goalRelation)).toBe(true);
    expect(gradients.some((q) => q.kind === 'expression')).toBe(true);
    expect(gradients.some((q) => q.kind === 'numeric' && q.params)).toBe(true);

    const multiclass = ofTopic('multiclass');
    for (const kind of ['single', 'multiple', 'expression', 'numeric']) expect(multiclass.some((q) => q.kind === kind), kind).toBe(true);
    expect(multiclass.some((q) => q.params)).toBe(true);

    const review = ofTopic('code-review');
    expect(review.filter((q) => q.kind === 'code-review').length).toBeGreaterThanOrEqual(5);
    expect(review.some((q) => q.kind === 'free' || q.kind === 'single')).toBe(true);
  });

  it('single-choice questions do not always put the right option in the same place', () => {
    const positions = questions
      .filter((q) => q.kind === 'single')
      .map((q) => q.options!.findIndex((o) => o.correct));
    expect(new Set(positions).size).toBeGreaterThan(1);
  });
});

describe('numeric answers match independent reference code for every parameter value', () => {
  const references: Record<string, (v: Record<string, number>) => number> = {
    // Bisection on CE/FL = 1000 at γ = 2 over pₜ ∈ (0, 1): the pₜ of an exactly 1000× reduction.
    'numbers-ratio-pt0968': () => {
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (ce(mid) / focal(mid, 1, 2) < 1000) lo = mid;
        else hi = mid;
      }
      return lo;
    },
    'numbers-ratio-param': (v) => ce(v.p!) / focal(v.p!, 1, v.g!),
    'numbers-alpha-ce-value-param': (v) => v.a! * ce(v.p!),
    'numbers-fl-value-param': (v) => focal(v.p!, v.a!, v.g!),
    // y = −1: pₜ = 1 − p, αₜ = 1 − α with α = 0.25.
    'numbers-negative-example-fl-param': (v) => focal(1 - v.p!, 1 - 0.25, v.g!),
    // The smallest FL/CE over a grid of pₜ ≤ 0.5, found by search rather than by the closed form.
    'numbers-misclassified-max-downweight-param': (v) => {
      let smallest = Infinity;
      for (let i = 1; i <= 5000; i++) smallest = Math.min(smallest, focal(i / 10_000, 1, v.g!) / ce(i / 10_000));
      return 1 / smallest;
    },
    // Bisection on CE/FL = k over γ ∈ [0, 100].
    'numbers-gamma-for-target-factor-param': (v) => {
      let lo = 0;
      let hi = 100;
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (ce(v.p!) / focal(v.p!, 1, mid) < v.k!) lo = mid;
        else hi = mid;
      }
      return lo;
    },
    'numbers-easy-count-equals-hard-param': (v) => focal(0.1, 1, v.g!) / focal(v.q!, 1, v.g!),
    'numbers-init-easy-negatives-total': () => 100_000 * focal(1 - 0.01, 1 - 0.25, 2),
    'gradients-value-param': (v) => focalGradNumeric(v.x!, v.g!, 1),
    'multiclass-softmax-fl-value': () => focal(softmax([2, 1, -1])[0]!, 1, 2),
    'multiclass-softmax-fl-param': (v) => focal(softmax([v.z!, 0, 0])[0]!, 1, v.g!),
    'multiclass-logpt-to-fl-param': (v) => focal(Math.exp(v.lp!), 0.25, v.g!),
  };
  // The misclassified search and finite differences are accurate to about 1e-4 relative.
  const agreement: Record<string, number> = {
    'numbers-misclassified-max-downweight-param': 1e-9,
    'gradients-value-param': 1e-6,
  };

  numericReferenceTests({ questions, question }, references, evaluate, (id, expected) => (agreement[id] ?? 1e-6) * Math.abs(expected));
});

describe('placeholders of parametric texts', () => {
  const templates = (q: RawQuestion): string[] =>
    [q.prompt, q.explanation, q.hint].flatMap((t) => (t ? [t.en, t.zh] : []));

  it('name only parameters, and every {=expr} is a finite number at every parameter value', () => {
    for (const q of questions) {
      const names = Object.keys(q.params ?? {});
      for (const template of templates(q)) {
        for (const match of template.matchAll(/\{([^}=][^}]*)\}/g)) expect(names, `${q.id}: {${match[1]}}`).toContain(match[1]);
        const computed = [...template.matchAll(/\{=([^}]*)\}/g)].map((m) => m[1]!);
        if (computed.length > 0) expect(q.params, `${q.id} computes without parameters`).toBeDefined();
        for (const point of paramGrid(q.params)) {
          for (const expr of computed) expect(Number.isFinite(evaluate(expr, point)), `${q.id}: ${expr} at ${JSON.stringify(point)}`).toBe(true);
        }
      }
      // Both languages use the same placeholders.
      for (const pair of [q.prompt, q.explanation, q.hint]) {
        if (!pair) continue;
        const used = (s: string) => [...s.matchAll(/\{=?[^}]*\}/g)].map((m) => m[0]).sort();
        expect(used(pair.zh), q.id).toEqual(used(pair.en));
      }
    }
  });

  it('the explanations compute what the references compute', () => {
    // Spot checks of {=expr} placeholders against the reference code, at every parameter value.
    const checks: [string, string, (v: Record<string, number>) => number][] = [
      ['numbers-fl-value-param', '-a*(1-p)^g*log(p)', (v) => focal(v.p!, v.a!, v.g!)],
      ['numbers-negative-example-fl-param', '-0.75*p^g*log(1-p)', (v) => focal(1 - v.p!, 0.75, v.g!)],
      ['numbers-easy-count-equals-hard-param', 'log(0.1)/log(q)', (v) => ce(0.1) / ce(v.q!)],
      ['gradients-value-param', 'sigmoid(x) - 1', (v) => sigmoid(v.x!) - 1],
      ['multiclass-softmax-fl-param', 'exp(z)/(exp(z)+2)', (v) => softmax([v.z!, 0, 0])[0]!],
      ['multiclass-logpt-to-fl-param', '-0.25*(1-lp)^g*lp', (v) => -0.25 * (1 - v.lp!) ** v.g! * v.lp!],
    ];
    for (const [id, expr, reference] of checks) {
      const q = question(id);
      expect(q.explanation.en).toContain(`{=${expr}}`);
      for (const point of paramGrid(q.params)) expect(evaluate(expr, point)).toBeCloseTo(reference(point), 9);
    }
  });
});

describe('expression answers match independent reference code on their domain', () => {
  const references: Record<string, (v: Record<string, number>) => number> = {
    // dFL/dpₜ for y = 1: appendix B's dFL/dx divided by dpₜ/dx = pₜ(1 − pₜ) (chain rule), checked against
    // finite differences in pₜ below.
    'gradients-expr-dfl-dx': (v) => focalGrad(v.pt!, v.gamma!, 1) / (v.pt! * (1 - v.pt!)),
    // y = −1 with foreground probability p: pₜ = 1 − p; checked against finite differences in x = logit(p).
    'gradients-expr-negative-in-p': (v) => focalGradNumeric(Math.log(v.p! / (1 - v.p!)), v.gamma!, -1),
    'gradients-expr-gradient-ratio': (v) => focalGrad(v.pt!, v.gamma!, 1) / (v.pt! - 1),
    'multiclass-expr-softmax-fl': (v) => focal(softmax([v.z1!, v.z2!, v.z3!])[0]!, v.alpha!, v.gamma!),
  };
  const perAxis: Record<string, number> = { 'multiclass-expr-softmax-fl': 5 };

  for (const [id, reference] of Object.entries(references)) {
    it(id, () => {
      const q = question(id);
      expect(q.kind).toBe('expression');
      const grid = domainGrid(q.where!, perAxis[id] ?? 21);
      for (const name of q.variables!) expect(grid[0], `${name} has a domain`).toHaveProperty(name);
      const closeness = id === 'gradients-expr-negative-in-p' ? 1e-5 : 1e-9;
      for (const point of grid) {
        const expected = reference(point);
        expect(Math.abs(evaluate(q.answer!, point) - expected), JSON.stringify(point)).toBeLessThanOrEqual(
          closeness * Math.max(1, Math.abs(expected)),
        );
      }
      for (const wrong of q.wrongAnswers ?? []) {
        const differs = grid.some((point) => {
          const expected = reference(point);
          return Math.abs(evaluate(wrong, point) - expected) > 1e-3 * Math.max(1, Math.abs(expected));
        });
        expect(differs, wrong).toBe(true);
      }
    });
  }
});

describe('derivations: every model step holds, every wrong derivation has a failing step', () => {
  interface Step {
    relation: '=' | 'd/dx';
    expr: string;
  }
  function readSteps(derivation: string): Step[] {
    const lines = derivation.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    return lines.map((line, i) => {
      if (i === 0) return { relation: '=', expr: line };
      const derivative = /^d\/dx\s*=\s*(.+)$/.exec(line);
      if (derivative) return { relation: 'd/dx', expr: derivative[1]! };
      const rewrite = /^=\s*(.+)$/.exec(line);
      if (!rewrite) throw new Error(`step without a relation: ${line}`);
      return { relation: '=', expr: rewrite[1]! };
    });
  }
  /** Evaluates an expression of x (and the other domain variables) with the `let` names substituted. */
  function valueAt(q: RawQuestion, expr: string, point: Record<string, number>): number {
    const scope = { ...point };
    for (const definition of q.let ?? []) {
      const [name, body] = definition.split('=').map((s) => s.trim());
      scope[name!] = evaluate(body!, scope);
    }
    return evaluate(expr, scope);
  }
  /** Does `step` hold against `previous` at every sampled point? */
  function stepHolds(q: RawQuestion, previous: string, step: Step, grid: Record<string, number>[]): boolean {
    return grid.every((point) => {
      const value = valueAt(q, step.expr, point);
      let expected: number;
      if (step.relation === '=') expected = valueAt(q, previous, point);
      else {
        const h = 1e-5;
        expected = (valueAt(q, previous, { ...point, x: point.x! + h }) - valueAt(q, previous, { ...point, x: point.x! - h })) / (2 * h);
      }
      const tolerance = step.relation === '=' ? 1e-9 : 1e-5;
      return Math.abs(value - expected) <= tolerance * Math.max(1, Math.abs(expected));
    });
  }

  // What each start and goal must equal, from the reference code (x is the logit).
  const references: Record<string, { start: (v: Record<string, number>) => number; goal: (v: Record<string, number>) => number }> = {
    'gradients-derive-ce-positive': { start: (v) => ce(sigmoid(v.x!)), goal: (v) => focalGrad(sigmoid(v.x!), 0, 1) },
    'gradients-derive-fl-positive': {
      start: (v) => focal(sigmoid(v.x!), 1, v.gamma!),
      goal: (v) => focalGradNumeric(v.x!, v.gamma!, 1),
    },
    // Appendix A: FL* = −log σ(γxₜ + β)/γ, dFL*/dx = y(p*ₜ − 1).
    'gradients-derive-fl-star': {
      start: (v) => -Math.log(sigmoid(v.gamma! * v.x! + v.beta!)) / v.gamma!,
      goal: (v) => sigmoid(v.gamma! * v.x! + v.beta!) - 1,
    },
    'gradients-derive-ce-negative': { start: (v) => ce(sigmoid(-v.x!)), goal: (v) => focalGrad(sigmoid(-v.x!), 0, -1) },
    'gradients-rewrite-grad-logit-form': {
      start: (v) => focalGrad(sigmoid(v.x!), v.gamma!, 1),
      goal: (v) => focalGradNumeric(v.x!, v.gamma!, 1),
    },
  };
  const gridOf = (q: RawQuestion) => domainGrid(q.where!, 9);

  for (const [id, reference] of Object.entries(references)) {
    it(id, () => {
      const q = question(id);
      expect(q.kind).toBe('derivation');
      const grid = gridOf(q);
      for (const point of grid) {
        const closeness = 1e-5 * Math.max(1, Math.abs(reference.goal(point)));
        expect(valueAt(q, q.start!, point)).toBeCloseTo(reference.start(point), 9);
        expect(Math.abs(valueAt(q, q.goal!, point) - reference.goal(point)), JSON.stringify(point)).toBeLessThanOrEqual(closeness);
      }

      const model = readSteps(typeof q.model === 'string' ? q.model : '');
      expect(model[0]!.expr).toBe(q.start);
      expect(model.at(-1)!.expr).toBe(q.goal);
      // A d/dx question differentiates exactly once; a rewrite never does.
      expect(model.filter((s) => s.relation === 'd/dx').length).toBe(q.goalRelation === 'd/dx' ? 1 : 0);
      for (let i = 1; i < model.length; i++) {
        expect(stepHolds(q, model[i - 1]!.expr, model[i]!, grid), `model step ${i + 1}: ${model[i]!.expr}`).toBe(true);
      }

      expect(q.wrongAnswers!.length).toBeGreaterThan(0);
      for (const wrong of q.wrongAnswers!) {
        const steps = readSteps(wrong);
        expect(steps[0]!.expr).toBe(q.start);
        const failing = steps.slice(1).some((step, i) => !stepHolds(q, steps[i]!.expr, step, grid));
        expect(failing, wrong).toBe(true);
      }
    });
  }

  it('every derivation of these topics has a reference above', () => {
    const derivations = questions.filter((q) => q.kind === 'derivation').map((q) => q.id);
    expect(derivations.sort()).toEqual(Object.keys(references).sort());
  });
});

describe('figures stated in the texts', () => {
  it('numbers-ratio-pt0968: exactly 1000× at pₜ = 1 − 1/√1000 ≈ 0.9684 (0.968 to three decimals); 0.032² = 0.001024, about 977× (976.6); pₜ = 0.9 gives 0.01, 100×', () => {
    const exact = 1 - 1 / Math.sqrt(1000);
    expect(ce(exact) / focal(exact, 1, 2)).toBeCloseTo(1000, 6);
    expect(sig(1 - exact, 4)).toBe('0.03162');
    expect(sig(exact, 4)).toBe('0.9684');
    expect(exact.toFixed(3)).toBe('0.968');
    // The stated slips: without the square (γ = 1) the answer is 0.999; stopping at 1 − pₜ gives 0.032.
    expect(ce(0.999) / focal(0.999, 1, 1)).toBeCloseTo(1000, 6);
    // The tolerance accepts 0.968 and rejects its neighbours at three decimals.
    const tolerance = question('numbers-ratio-pt0968').tolerance!;
    expect(withinTolerance(0.968, exact, tolerance)).toBe(true);
    for (const neighbour of [0.967, 0.969]) expect(withinTolerance(neighbour, exact, tolerance)).toBe(false);
    expectBothContain('numbers-ratio-pt0968', '0.03162', '0.9684', '0.968', '0.999');
    const factor = focal(0.968, 1, 2) / ce(0.968);
    expect(1 - 0.968).toBeCloseTo(0.032, 12);
    expect(factor).toBeCloseTo(0.001024, 12);
    expect(sig(1 / factor, 4)).toBe('976.6');
    expect(Math.round(1 / factor)).toBe(977);
    expect(focal(0.9, 1, 2) / ce(0.9)).toBeCloseTo(0.01, 12);
    expectBothContain('numbers-ratio-pt0968', '0.032²', '0.001024', '976.6', '977', '0.1² = 0.01', '1000');
    expect(text('numbers-ratio-pt0968', 'en')).toContain('100× smaller');
    expect(text('numbers-ratio-pt0968', 'zh')).toContain('降为原来的 1/100');
  });

  it('numbers-misclassified-max-downweight-param: 4× (multiplier 0.25) at γ = 2', () => {
    expect(focal(0.5, 1, 2) / ce(0.5)).toBeCloseTo(0.25, 12);
    expect(text('numbers-misclassified-max-downweight-param', 'en')).toContain('4× at γ = 2');
    expect(text('numbers-misclassified-max-downweight-param', 'zh')).toContain('γ = 2 时为 1/4');
    expectBothContain('numbers-misclassified-max-downweight-param', '0.25');
  });

  it('numbers-gamma-for-target-factor-param: a 100× reduction at pₜ = 0.9 needs γ = 2', () => {
    expect(Math.log(100) / -Math.log(1 - 0.9)).toBeCloseTo(2, 12);
    expectBothContain('numbers-gamma-for-target-factor-param', 'pₜ = 0.9', '100', 'γ = 2');
  });

  it('numbers-negative-example-fl-param: αₜ = 1 − 0.25 = 0.75 for a negative', () => {
    expectBothContain('numbers-negative-example-fl-param', 'α = 0.25', '0.75');
  });

  it('numbers-init-easy-negatives-total: 7.538e-7 per anchor, 0.0754 in total, against 0.01005 and 1005 for CE; 739 with p and pₜ swapped', () => {
    const one = focal(1 - 0.01, 0.75, 2);
    expect(sig(one * 1e7, 4)).toBe('7.538');
    expect(sig(100_000 * one, 3)).toBe('0.0754');
    expect(sig(ce(0.99), 4)).toBe('0.01005');
    expect(sig(100_000 * ce(0.99), 4)).toBe('1005');
    expect(0.01 ** 2).toBeCloseTo(0.0001, 15);
    expect(sig(100_000 * 0.75 * 0.99 ** 2 * ce(0.99), 3)).toBe('739');
    expectBothContain('numbers-init-easy-negatives-total', '7.538 × 10⁻⁷', '0.0754', '0.01005', '1005', '0.0001', '739', 'π = 0.01');
    expect(text('numbers-init-easy-negatives-total', 'en')).toContain('100,000');
    expect(text('numbers-init-easy-negatives-total', 'zh')).toContain('10 万');
  });

  it('numbers-easy-count-equals-hard-param: about 100k candidate locations per image (facts sheet)', () => {
    expect(text('numbers-easy-count-equals-hard-param', 'en')).toContain('100k');
    expect(text('numbers-easy-count-equals-hard-param', 'zh')).toContain('10 万');
  });

  // Table 3 of the paper (via the facts sheet, appendix A): AP of CE, FL and FL*.
  const TABLE_3 = { ce: 31.1, fl: { gamma: 2, ap: 34.0 }, flStar: [{ gamma: 2, beta: 1, ap: 33.8 }, { gamma: 4, beta: 0, ap: 33.9 }] };

  it('gradients-derive-fl-star: Table 3, FL* 33.8 (γ = 2, β = 1) and 33.9 (γ = 4, β = 0) vs FL 34.0 and CE 31.1', () => {
    for (const row of TABLE_3.flStar) {
      expect(row.ap).toBeLessThan(TABLE_3.fl.ap);
      expect(row.ap).toBeGreaterThan(TABLE_3.ce);
      expectBothContain('gradients-derive-fl-star', `${row.ap.toFixed(1)} AP`);
    }
    expect(text('gradients-derive-fl-star', 'en')).toContain('(γ = 2, β = 1)');
    expect(text('gradients-derive-fl-star', 'en')).toContain('(γ = 4, β = 0)');
    expect(text('gradients-derive-fl-star', 'zh')).toContain('（γ = 2，β = 1）');
    expect(text('gradients-derive-fl-star', 'zh')).toContain('（γ = 4，β = 0）');
    expectBothContain('gradients-derive-fl-star', TABLE_3.fl.ap.toFixed(1), TABLE_3.ce.toFixed(1));
  });

  it('gradient ratio at γ = 2: 0.029 at pₜ = 0.9 (34.5× smaller; the loss 0.01), 1.07 at pₜ = 0.01', () => {
    const ratio = (pt: number) => focalGrad(pt, 2, 1) / (pt - 1);
    expect(sig(ratio(0.9), 2)).toBe('0.029');
    expect(sig(1 / ratio(0.9), 3)).toBe('34.5');
    expect(sig(ratio(0.01), 3)).toBe('1.07');
    expect(focal(0.9, 1, 2) / ce(0.9)).toBeCloseTo(0.01, 12);
    expectBothContain('gradients-expr-gradient-ratio', '0.029', '0.01', 'pₜ = 0.9', 'γ = 2');
    expectBothContain('gradients-fl-vs-ce-gradient', '0.029', '34.5', '1.07', 'pₜ = 0.01', '0.01', '100');
  });

  it('gradients-fl-vs-ce-gradient: the marked options are the true statements', () => {
    const q = question('gradients-fl-vs-ce-gradient');
    const marked = q.options!.map((o) => Boolean(o.correct));
    // a: the gradient ratio differs from the loss ratio (1 − pₜ)².
    expect(Math.abs(focalGrad(0.5, 2, 1) / (0.5 - 1) - 0.25)).toBeGreaterThan(0.1);
    // b: about 34.5× smaller at pₜ = 0.9, weaker than the loss's 100×.
    expect(1 / (focalGrad(0.9, 2, 1) / (0.9 - 1))).toBeLessThan(100);
    // c: negative for every logit.
    expect(samples(-30, 30, 601).every((x) => focalGrad(sigmoid(x), 2, 1) < 0)).toBe(true);
    // d: γ = 0 gives pₜ − 1, not zero.
    expect(focalGrad(0.3, 0, 1)).toBeCloseTo(0.3 - 1, 12);
    // e: larger than CE's at pₜ = 0.01.
    expect(Math.abs(focalGrad(0.01, 2, 1))).toBeGreaterThan(Math.abs(0.01 - 1));
    expect(marked).toEqual([false, true, true, false, true]);
  });

  it('gradients-expr-dfl-dx: the derivative with respect to pₜ matches finite differences of FL in pₜ', () => {
    for (const pt of samples(0.02, 0.98, 25)) {
      for (const gamma of [0, 0.5, 1, 2, 3.7, 5]) {
        const h = 1e-6;
        const numeric = (focal(pt + h, 1, gamma) - focal(pt - h, 1, gamma)) / (2 * h);
        const reference = focalGrad(pt, gamma, 1) / (pt * (1 - pt));
        expect(Math.abs(numeric - reference)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(reference)));
        // Negative everywhere: the loss falls as pₜ rises.
        expect(reference).toBeLessThan(0);
      }
    }
  });

  it('gradients-rewrite-grad-logit-form: at x = −800 the naive form is NaN, the logit form gives −1', () => {
    const x = -800;
    const p = sigmoid(x);
    expect(p).toBe(0);
    expect(Math.log(p)).toBe(-Infinity);
    expect(2 * p * Math.log(p)).toBeNaN();
    expect(softplus(-x)).toBe(800);
    const stable = -(sigmoid(-x) ** 2) * (2 * sigmoid(x) * softplus(-x) + sigmoid(-x));
    expect(stable).toBe(-1);
    expectBothContain('gradients-rewrite-grad-logit-form', 'x = −800', 'softplus(800) = 800', 'NaN', '−1');
  });

  it('multiclass-softmax-fl-value: pₜ ≈ 0.7054, FL ≈ 0.2946² × 0.3490 ≈ 0.0303, σ(2) ≈ 0.8808; not the log10 mistake 0.0457', () => {
    const pt = softmax([2, 1, -1])[0]!;
    expect(sig(pt, 4)).toBe('0.7054');
    expect(sig(1 - pt, 4)).toBe('0.2946');
    expect(ce(pt).toFixed(4)).toBe('0.3490');
    expect(sig(focal(pt, 1, 2), 3)).toBe('0.0303');
    expect(sig(sigmoid(2), 4)).toBe('0.8808');
    expectBothContain('multiclass-softmax-fl-value', '0.7054', '0.2946', '0.3490', '0.0303', '0.8808');
    // The answer must not coincide with the deck's famous log10 mistake, −log10(0.9) ≈ 0.0457.
    expect(Math.abs(focal(pt, 1, 2) - 0.0457)).toBeGreaterThan(0.01);
  });

  it('multiclass-logpt-to-fl-param: the weight of the target class is 0.25', () => {
    expectBothContain('multiclass-logpt-to-fl-param', 'α = 0.25', '−0.25');
  });
});

describe('multi-class choices agree with a reference softmax focal loss', () => {
  /** Softmax focal loss of one sample: log p gathered at the target, pₜ = exp(log pₜ). */
  const softmaxFocal = (logits: number[], target: number, alpha: number, gamma: number): number => {
    const logpt = logits[target]! - logSumExp(logits);
    return -alpha * (1 - Math.exp(logpt)) ** gamma * logpt;
  };
  const batch = [
    { logits: [1.2, -0.3, 0.4, 2.0], target: 3 },
    { logits: [-1.0, 0.5, 0.1, 0.0], target: 0 },
    { logits: [0.3, 0.3, -2.0, 1.1], target: 2 },
  ];
  const C = 4;

  it('γ = 0, α = 1 averaged over samples is cross entropy; the mean over all N·C entries is that divided by C', () => {
    const perSample = batch.map((s) => softmaxFocal(s.logits, s.target, 1, 0));
    const crossEntropy = batch.map((s) => -Math.log(softmax(s.logits)[s.target]!));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(perSample)).toBeCloseTo(mean(crossEntropy), 12);
    // The masked (N, C) tensor: zeros except at the targets.
    const entries = batch.flatMap((s) => s.logits.map((_, c) => (c === s.target ? softmaxFocal(s.logits, c, 1, 2) : 0)));
    expect(mean(entries)).toBeCloseTo(mean(batch.map((s) => softmaxFocal(s.logits, s.target, 1, 2))) / C, 12);
    // -log_softmax(z).mean() over every class is not cross entropy.
    const allClasses = batch.flatMap((s) => softmax(s.logits).map((p) => -Math.log(p)));
    expect(Math.abs(mean(allClasses) - mean(crossEntropy))).toBeGreaterThan(0.05);
    expect(question('multiclass-gamma0-cross-entropy').options!.find((o) => o.correct)!.text.en).toBe('F.cross_entropy(z, t)');
    expect(question('multiclass-reduction-mean').options!.find((o) => o.correct)!.text.en).toContain('divided by C');
  });

  it('gather and the summed one-hot product are the marked ways to get log pₜ', () => {
    const q = question('multiclass-gather-logpt');
    expect(q.options!.filter((o) => o.correct).map((o) => o.text.en)).toEqual([
      'log_p.gather(1, target.unsqueeze(1)).squeeze(1)',
      '(F.one_hot(target, C) * log_p).sum(dim=1)',
    ]);
    // The one-hot product summed over classes equals the target's log-probability.
    for (const s of batch) {
      const logP = s.logits.map((z) => z - logSumExp(s.logits));
      const summed = logP.reduce((acc, lp, c) => acc + (c === s.target ? 1 : 0) * lp, 0);
      expect(summed).toBeCloseTo(logP[s.target]!, 15);
    }
  });

  it('a per-class α vector looked up by the target is the marked way to weight classes', () => {
    const q = question('multiclass-per-class-alpha');
    expect(q.options!.findIndex((o) => o.correct)).toBe(2);
    expect(q.options![2]!.text.en).toContain('vector of C weights');
  });
});

describe('code review: the lines named are the lines of the snippet that do what the texts say', () => {
  const code = readFileSync(`${DECK}snippets/multiclass_focal_loss.py`, 'utf8').split('\n');
  const lineOf = (n: number): string => code[n - 1] ?? '';

  // What each line flagged anywhere in the code-review questions contains (checked with `cat -n`).
  const SNIPPET_LINES: Record<number, string> = {
    9: 'def __init__(self, gamma = 2, alpha = 1, size_average = True):',
    24: 'labels = labels.transpose(1, 2)',
    13: 'self.size_average = size_average',
    14: 'self.elipson = 0.000001',
    25: 'labels = labels.contiguous().view(-1, labels.size(2)).squeeze()',
    28: 'logits = logits.transpose(2, 3)',
    29: 'logits = logits.contiguous().view(-1, logits.size(1), logits.size(3)).squeeze()',
    31: 'assert(logits.size(2) == labels.size(1))',
    37: 'new_label = labels.unsqueeze(1)',
    38: 'label_onehot = torch.zeros([batch_size, labels_length, seq_length]).scatter_(1, new_label, 1)',
    41: 'log_p = F.log_softmax(logits)',
    42: 'pt = label_onehot * log_p',
    43: 'sub_pt = 1 - pt',
    44: 'fl = -self.alpha * (sub_pt)**self.gamma * log_p',
    45: 'if self.size_average:',
    46: 'return fl.mean()',
  };

  it('the snippet has the expected code at every line the questions name', () => {
    for (const [line, content] of Object.entries(SNIPPET_LINES)) expect(lineOf(Number(line)).trim(), `line ${line}`).toBe(content);
    const named = questions.flatMap((q) => [...(q.bugs ?? []), ...(q.decoys ?? [])].map((l) => l.line));
    for (const line of named) expect(SNIPPET_LINES, `line ${line}`).toHaveProperty(String(line));
    for (const q of questions.filter((x) => x.kind === 'code-review')) {
      expect(q.snippet).toBe('snippets/multiclass_focal_loss.py');
      const bugLines = q.bugs!.map((b) => b.line);
      for (const decoy of q.decoys ?? []) expect(bugLines, `${q.id}: decoy ${decoy.line} is also a bug`).not.toContain(decoy.line);
    }
  });

  it('each question flags the lines the facts sheet attributes the behaviour to', () => {
    const flagged = (id: string) => question(id).bugs!.map((b) => b.line).sort((a, b) => a - b);
    const decoys = (id: string) => (question(id).decoys ?? []).map((b) => b.line).sort((a, b) => a - b);
    expect(flagged('code-review-softmax-axis')).toEqual([41]);
    expect(flagged('code-review-perfect-prediction')).toEqual([41, 44]);
    expect(decoys('code-review-perfect-prediction')).toEqual([42]);
    expect(flagged('code-review-amplifier')).toEqual([42]);
    expect(flagged('code-review-gamma0-not-ce')).toEqual([41, 44, 46]);
    expect(flagged('code-review-scalar-alpha')).toEqual([44]);
    expect(flagged('code-review-device-dtype')).toEqual([38]);
    expect(flagged('code-review-squeeze')).toEqual([25, 29]);
    expect(flagged('code-review-4d-interleave')).toEqual([29]);
    expect(decoys('code-review-4d-interleave')).toEqual([24, 28]);
    expect(decoys('code-review-device-dtype')).toEqual([37, 42]);
    expect(flagged('code-review-reduction')).toEqual([46]);
    expect(flagged('code-review-unused-epsilon')).toEqual([14]);
    // elipson is never read anywhere else in the snippet.
    expect(code.filter((l) => l.includes('elipson')).length).toBe(1);
    // size_average is read (line 45), so it is a decoy, not dead code.
    expect(lineOf(45)).toContain('self.size_average');
  });

  // Measured by running the snippet under PyTorch 1.13 (facts sheet, "The seed's multi-class snippet").
  const MEASURED = {
    perfectPredictionAsWritten: 19.31,
    gamma0Snippet: 1.6306,
    gamma0CrossEntropy: 1.8594,
    classAxisSumOfExp: 0.68,
    classAxisSumOfExpMax: 1.73,
    fixedAxisUnmasked: 32,
  };

  it('measured figures are quoted as measured', () => {
    expectBothContain('code-review-perfect-prediction', String(MEASURED.perfectPredictionAsWritten));
    expectBothContain('code-review-gamma0-not-ce', String(MEASURED.gamma0Snippet), String(MEASURED.gamma0CrossEntropy));
    expectBothContain('code-review-softmax-axis', String(MEASURED.classAxisSumOfExp), String(MEASURED.classAxisSumOfExpMax), '1.25');
    expect(MEASURED.gamma0Snippet).not.toBeCloseTo(MEASURED.gamma0CrossEntropy, 1);
  });

  it('a perfect prediction with the class axis fixed but no mask: 4 wrong classes at log p ≈ −40, mean over 5 = 32', () => {
    const logits = [20, -20, -20, -20, -20];
    const logP = logits.map((z) => z - logSumExp(logits));
    expect(logP[0]!).toBeCloseTo(0, 12);
    for (const lp of logP.slice(1)) expect(lp).toBeCloseTo(-40, 12);
    // Unmasked: pt = onehot·log p is 0 off the target, so (1 − 0)^γ = 1 and each class adds −log p.
    const unmasked = logP.map((lp, c) => -((1 - (c === 0 ? lp : 0)) ** 2) * lp);
    const mean = unmasked.reduce((a, b) => a + b, 0) / unmasked.length;
    expect(mean).toBeCloseTo(MEASURED.fixedAxisUnmasked, 9);
    expectBothContain('code-review-perfect-prediction', '−40', '4 × 40 / 5 = 32', '20', '−20');
    expectBothContain('code-review-fix-choice', '32');
    // Masked and axis fixed: exactly the target term, which is 0 when log p = 0 whatever pt holds.
    expect(-((1 - logP[0]!) ** 2) * logP[0]!).toBeCloseTo(0, 12);
    expect(-((1 - Math.exp(logP[0]!)) ** 2) * logP[0]!).toBeCloseTo(0, 12);
  });

  it('the amplifier: with pt = log p ≤ 0, (1 − pt)^γ ≥ 1 and grows as the prediction worsens', () => {
    const logPs = [-0.01, -0.5, -2, -5];
    const factors = logPs.map((lp) => (1 - lp) ** 2);
    for (const f of factors) expect(f).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < factors.length; i++) expect(factors[i]!).toBeGreaterThan(factors[i - 1]!);
    // The proper factor with pt = exp(log p) stays below 1.
    for (const lp of logPs) expect((1 - Math.exp(lp)) ** 2).toBeLessThan(1);
  });

  it('the fix: the marked option normalises over dim=1, gathers, and exponentiates', () => {
    const q = question('code-review-fix-choice');
    const right = q.options!.filter((o) => o.correct);
    expect(right.length).toBe(1);
    const fix = right[0]!.text.en;
    expect(fix).toContain('F.log_softmax(logits, dim=1)');
    expect(fix).toContain('.gather(1, labels.unsqueeze(1))');
    expect(fix).toContain('pt = logpt.exp()');
    for (const wrong of q.options!.filter((o) => !o.correct)) expect(wrong.why, wrong.text.en).toBeDefined();
    const free = question('code-review-fix-free');
    expect(free.kind).toBe('free');
    const model = free.model as Localized;
    for (const lang of ['en', 'zh'] as const) {
      expect(model[lang]).toContain('F.log_softmax(logits, dim=1)');
      expect(model[lang]).toContain('gather(1, labels.unsqueeze(1))');
      expect(model[lang]).toContain('logpt.exp()');
    }
    expect(free.keyPoints!.length).toBeGreaterThanOrEqual(3);
    expect(free.keyPoints!.length).toBeLessThanOrEqual(5);
  });
});
