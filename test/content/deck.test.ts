// Deck-wide checks of the bundled packs, through the same loader and grader the drill uses:
// every question validates, every reference answer grades correct and every planted mistake
// grades wrong, parametric questions hold up for many seeds, code-review lines point at the
// code the facts sheet describes, and the deck meets its coverage targets.
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import { bundledPackDirs } from '../../src/core/bank/bundled.js';
import { evaluatePlaceholder, instantiate } from '../../src/core/bank/instantiate.js';
import { isParametric } from '../../src/core/bank/instance.js';
import { formatProblem } from '../../src/core/bank/problems.js';
import type { Question, QuestionInstance } from '../../src/core/bank/types.js';
import type { CodeReviewQuestion } from '../../src/core/kinds/code-review.js';
import type { DerivationQuestion } from '../../src/core/kinds/derivation.js';
import type { ExpressionQuestion } from '../../src/core/kinds/expression.js';
import type { NumericQuestion } from '../../src/core/kinds/numeric.js';
import { KINDS } from '../../src/core/bank/types.js';
import { validatePackDirs } from '../../src/core/bank/validate.js';
import { substituteParams } from '../../src/core/grading/display.js';
import { grade } from '../../src/core/grading/grade.js';
import type { GradeResult } from '../../src/core/grading/types.js';
import type { Localized } from '../../src/core/i18n.js';

const bank = await loadBank();
const deck = bank.questions;
const ofKind = <Q extends Question>(kind: Q['kind']) => deck.filter((question): question is Q => question.kind === kind);
const SEEDS = Array.from({ length: 50 }, (_, index) => index + 1);

/** The instances a question is checked at: 50 seeds for a parametric question, else the one. */
function instancesOf(question: Question): QuestionInstance[] {
  return isParametric(question) ? SEEDS.map((seed) => instantiate(question, seed)) : [instantiate(question, null)];
}

function gradeAt(instance: QuestionInstance, answer: string): GradeResult {
  return grade({ instance, answer, lang: 'en' });
}

/** Reference and wrong answers may be written with the parameters; the learner types numbers. */
function asTyped(answer: string, instance: QuestionInstance): string {
  return substituteParams(answer, instance.params);
}

function describeResult(question: Question, instance: QuestionInstance, answer: string, result: GradeResult): string {
  return `${question.id} (seed ${instance.seed}) ${JSON.stringify(answer)} → ${result.verdict}: ${result.feedback}`;
}

/** The reference answer grades correct at the instance and every wrong answer grades wrong (with that feedback, if given). */
function expectAnswersGradeAt(question: NumericQuestion | ExpressionQuestion, instance: QuestionInstance, wrongFeedback?: RegExp): void {
  const answer = asTyped(question.answer, instance);
  const right = gradeAt(instance, answer);
  expect(right.correct, describeResult(question, instance, answer, right)).toBe(true);
  for (const wrong of question.wrongAnswers) {
    const typed = asTyped(wrong, instance);
    const result = gradeAt(instance, typed);
    expect(result.verdict, describeResult(question, instance, typed, result)).toBe('wrong');
    if (wrongFeedback) expect(result.feedback).toMatch(wrongFeedback);
  }
}

describe('the bundled deck validates', () => {
  it('has no problem of any kind (structure, answer keys, placeholders, parameters)', () => {
    const report = validatePackDirs(bundledPackDirs());
    expect(report.problems.map((problem) => formatProblem(problem, 'en'))).toEqual([]);
    expect(report.questionCount).toBe(deck.length);
  });

  it('every question names a source and says everything in both languages', () => {
    for (const question of deck) {
      expect(question.source.trim(), question.id).not.toBe('');
      const texts: [string, Localized | undefined][] = [
        ['prompt', question.prompt],
        ['explanation', question.explanation],
        ['hint', question.hint],
      ];
      if (question.kind === 'single' || question.kind === 'multiple') {
        question.options.forEach((option, index) => texts.push([`options[${index}].text`, option.text], [`options[${index}].why`, option.why]));
      }
      if (question.kind === 'free') {
        texts.push(['model', question.model], ...question.keyPoints.map((point, index): [string, Localized] => [`keyPoints[${index}]`, point]));
      }
      if (question.kind === 'code-review') {
        for (const entry of [...question.bugs, ...question.decoys]) texts.push([`line ${entry.line} why`, entry.why]);
      }
      for (const [field, text] of texts) {
        if (!text) continue;
        expect(text.en.trim(), `${question.id} ${field}.en`).not.toBe('');
        expect(text.zh.trim(), `${question.id} ${field}.zh`).not.toBe('');
        // The Chinese text is a translation, not a copy of the English one (formulas and names aside).
        if (/[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}/i.test(text.en.replace(/[`(].*?[`)]/g, ''))) {
          expect(text.zh, `${question.id} ${field}.zh`).not.toBe(text.en);
        }
      }
    }
  });
});

describe('reference answers grade correct and planted mistakes grade wrong', () => {
  it('numeric questions', () => {
    const numeric = ofKind<NumericQuestion>('numeric');
    expect(numeric.length).toBeGreaterThan(0);
    for (const question of numeric) {
      expect(question.wrongAnswers.length, `${question.id} has no wrongAnswers`).toBeGreaterThan(0);
      for (const instance of instancesOf(question)) expectAnswersGradeAt(question, instance);
    }
  });

  it('expression questions', () => {
    const expressions = ofKind<ExpressionQuestion>('expression');
    expect(expressions.length).toBeGreaterThan(0);
    for (const question of expressions) {
      expect(question.wrongAnswers.length, `${question.id} has no wrongAnswers`).toBeGreaterThan(0);
      for (const instance of instancesOf(question).slice(0, 12)) expectAnswersGradeAt(question, instance, /^Differs at /);
    }
  });

  it('derivation questions: the model derivation grades correct, the wrong ones wrong', () => {
    const derivations = ofKind<DerivationQuestion>('derivation');
    expect(derivations.length).toBeGreaterThan(0);
    for (const question of derivations) {
      expect(question.wrongAnswers.length, `${question.id} has no wrongAnswers`).toBeGreaterThan(0);
      for (const instance of instancesOf(question).slice(0, 5)) {
        const model = gradeAt(instance, question.model);
        expect(model.correct, describeResult(question, instance, question.model, model)).toBe(true);
        expect(model.details!.steps!.every((step) => step.status === 'ok')).toBe(true);
        for (const wrong of question.wrongAnswers) {
          const result = gradeAt(instance, wrong);
          expect(result.verdict, describeResult(question, instance, wrong, result)).toBe('wrong');
        }
      }
    }
  });
});

describe('parametric questions', () => {
  const parametric = deck.filter(isParametric);

  it('give a finite answer that grades correct for each of 50 seeds, with every placeholder filled', () => {
    for (const question of parametric) {
      const seen = new Set<string>();
      for (const instance of instancesOf(question)) {
        seen.add(JSON.stringify(instance.params));
        for (const text of [instance.prompt, instance.explanation, instance.hint]) {
          if (!text) continue;
          for (const lang of ['en', 'zh'] as const) {
            expect(text[lang], `${question.id} seed ${instance.seed}`).not.toMatch(/\{(=[^{}]+|[A-Za-z_]\w*)\}/);
          }
        }
        if (question.kind === 'numeric') {
          const value = evaluatePlaceholder(question.answer, instance.params) ?? Number.NaN;
          expect(Number.isFinite(value), `${question.id} seed ${instance.seed}`).toBe(true);
          const result = gradeAt(instance, String(value));
          expect(result.correct, describeResult(question, instance, String(value), result)).toBe(true);
        }
      }
      // Seeds must actually vary the question.
      expect(seen.size, question.id).toBeGreaterThan(1);
    }
  });

  it('the same seed gives the same question', () => {
    for (const question of parametric) expect(instantiate(question, 7)).toEqual(instantiate(question, 7));
  });
});

describe('code-review questions point at the lines the facts sheet describes', () => {
  const reviews = ofKind<CodeReviewQuestion>('code-review');
  const snippetLine = (question: CodeReviewQuestion, line: number) => question.code.split('\n')[line - 1];

  // The seed's multi-class snippet (facts sheet, "as run under PyTorch 1.13"): each fact's code.
  const FACTS = [
    { fragment: 'F.log_softmax(logits)', line: 41, fact: '1: log_softmax without dim runs over the batch axis', mentions: /log_softmax/ },
    { fragment: 'pt = label_onehot * log_p', line: 42, fact: '2: pt holds log-probabilities', mentions: /label_onehot \* log_p/ },
    { fragment: 'fl = -self.alpha * (sub_pt)**self.gamma * log_p', line: 44, fact: '3, 5: fl is unmasked; α is a scalar', mentions: /\bfl\b.*\bnot masked\b|\bunmasked\b/ },
    { fragment: 'torch.zeros([batch_size, labels_length, seq_length]).scatter_(1, new_label, 1)', line: 38, fact: '6, 7: CPU zeros; scatter_ needs int64', mentions: /torch\.zeros|scatter_/ },
    { fragment: 'self.elipson = 0.000001', line: 14, fact: '9: self.elipson is never used', mentions: /elipson/ },
  ];

  it('the snippet holds each fact’s code at its line', () => {
    const snippet = reviews.find((question) => question.snippet.endsWith('multiclass_focal_loss.py'));
    expect(snippet, 'a code-review question on the seed snippet').toBeDefined();
    for (const { fragment, line, fact } of FACTS) expect(snippetLine(snippet!, line), `fact ${fact}`).toContain(fragment);
  });

  it('every bug and decoy line exists, and a line whose why opens on a fact’s code is that fact’s line', () => {
    for (const question of reviews) {
      const total = question.code.replace(/\n$/, '').split('\n').length;
      for (const entry of [...question.bugs, ...question.decoys]) {
        expect(entry.line, `${question.id} line ${entry.line}`).toBeGreaterThanOrEqual(1);
        expect(entry.line, `${question.id} line ${entry.line}`).toBeLessThanOrEqual(total);
        expect(snippetLine(question, entry.line)!.trim(), `${question.id} line ${entry.line} is blank`).not.toBe('');
        if (!question.snippet.endsWith('multiclass_focal_loss.py')) continue;
        const opening = entry.why.en.split(/(?<=\.)\s/)[0]!;
        const named = FACTS.filter((fact) => fact.mentions.test(opening));
        if (named.length === 0) continue;
        expect(
          named.map((fact) => fact.line),
          `${question.id}: the why of line ${entry.line} ("${opening}") is about line ${named.map((fact) => fact.line).join('/')}`,
        ).toContain(entry.line);
        expect(snippetLine(question, entry.line)).toContain(named.find((fact) => fact.line === entry.line)!.fragment);
      }
      // Each question's own bug set grades correct.
      const answer = question.bugs.map((bug) => bug.line).join(',');
      expect(gradeAt(instantiate(question), answer).correct, question.id).toBe(true);
    }
  });
});

describe('deck coverage targets', () => {
  const TOPICS = [
    'motivation',
    'definitions',
    'alpha-gamma',
    'limits',
    'numbers',
    'gradients',
    'multiclass',
    'code-review',
    'retinanet',
    'results',
    'relatives',
    'misconceptions',
    'numerics',
    'calibration',
    'failure-modes',
  ];
  const count = (predicate: (question: Question) => boolean) => deck.filter(predicate).length;

  it('has at least 130 questions', () => {
    expect(deck.length).toBeGreaterThanOrEqual(130);
  });

  // What a strong interviewer still asks, each with at least one question (ids as the deck has them).
  const DEPTH = {
    'NaN gradients at γ < 1 for saturated float32 logits': ['numerics-nan-grad-half-gamma', 'numerics-nan-grad-which-gamma'],
    'float16 and autocast': ['numerics-mixed-precision'],
    'normalising an image without positives (num_fg + 1, max(1, ·))': ['numerics-normaliser-detectron', 'numerics-normaliser-torchvision'],
    'one-hot · log vs gather at −inf': ['numerics-onehot-times-log-neg-inf', 'multiclass-gather-logpt'],
    'why K sigmoids and not a softmax': ['multiclass-why-k-sigmoids', 'multiclass-sigmoid-background-target'],
    'the softmax form’s gradients': ['multiclass-softmax-nontarget-gradient', 'multiclass-softmax-vs-sigmoid-gradients'],
    'calibration (Mukhoti et al.)': ['calibration-mukhoti-findings', 'calibration-focal-entropy-bound'],
    'label smoothing': ['calibration-label-smoothing-target', 'calibration-label-smoothing-vs-focal'],
    'temperature scaling': ['calibration-temperature-value', 'calibration-temperature-keeps-accuracy'],
    PolyLoss: ['relatives-poly1-formula', 'relatives-poly-focal-coefficient'],
    'CornerNet/CenterNet penalty-reduced focal loss': ['relatives-cornernet-negative-loss', 'relatives-cornernet-penalty-reduction'],
    'Distribution Focal Loss': ['relatives-dfl-value', 'relatives-dfl-optimum'],
    'Asymmetric Loss': ['relatives-asl-negative-loss', 'relatives-asl-threshold'],
    'class-balanced focal loss': ['relatives-class-balanced-focal-weight'],
    'Figure 4: loss distribution of positives vs negatives': ['results-figure4-positives-vs-negatives', 'results-figure4-setup'],
    '“the exact form is not crucial” (appendix A)': ['results-exact-form-not-crucial', 'results-fl-star-value'],
    '1:3 sampling as an implicit α': ['motivation-sampling-implicit-alpha'],
    'the unstable hinge loss': ['results-hinge-loss-unstable'],
    'label noise gains weight': ['failure-modes-label-noise-factor-ratio', 'failure-modes-label-noise-gradient'],
    'α = 0.25 kept blindly': ['failure-modes-alpha-kept-blindly', 'failure-modes-alpha-majority-share'],
  };

  it.each(Object.entries(DEPTH))('asks about %s', (_, ids) => {
    for (const id of ids) expect(deck.some((question) => question.id === id), id).toBe(true);
  });

  it.each(TOPICS)('has at least 4 questions on %s', (topic) => {
    expect(bank.topics.has(topic)).toBe(true);
    expect(count((question) => question.topic === topic)).toBeGreaterThanOrEqual(4);
  });

  it.each([...KINDS])('has at least 4 %s questions', (kind) => {
    expect(count((question) => question.kind === kind)).toBeGreaterThanOrEqual(4);
  });

  it('has at least 12 parametric questions', () => {
    expect(count(isParametric)).toBeGreaterThanOrEqual(12);
  });
});
