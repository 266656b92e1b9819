// No question gives another's answer away: what a learner sees before answering (prompt, options, hint)
// never prints the answer of an expression question, or the goal of a derivation that does not print it
// itself, in any notation the deck writes (σ(−x), e^(−x), softplus(z) = log(1 + e^z), spaces, ·).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPackDirs } from '../../src/core/bank/bundled.js';
import { instantiate } from '../../src/core/bank/instantiate.js';
import { loadPacks } from '../../src/core/bank/load.js';
import { grade } from '../../src/core/grading/grade.js';
import { evaluate as mathEvaluate } from 'mathjs';
import { DECK, loadDeck, type RawQuestion } from './deck-helpers.js';

/** A fixed numeric answer's value (the deck writes them in mathjs syntax: log(1 + e), 2^-2…). */
const evaluate = (expr: string | number): number => Number(mathEvaluate(String(expr)));

const FILES = readdirSync(DECK)
  .filter((name) => name.endsWith('.yaml') && name !== 'pack.yaml')
  .map((name) => name.replace(/\.yaml$/, ''));
const { questions, question } = loadDeck(FILES);

/** One spelling for the notations the deck mixes: typed answers, Unicode mathematics, and code. */
function canonical(text: string): string {
  let s = text
    .replace(/\s+/g, '')
    .replace(/[−–]/g, '-')
    .replace(/\*\*/g, '^')
    .replace(/[·×*]/g, '')
    .replace(/σ/g, 'sigmoid')
    .replace(/γ/g, 'gamma')
    .replace(/αₜ?/g, 'alpha')
    .replace(/β/g, 'beta')
    .replace(/ε/g, 'eps')
    .replace(/pₜ/g, 'pt')
    .replace(/²/g, '^2')
    .replace(/\bln(?=\W)/g, 'log')
    .replace(/(?<![A-Za-z])e\^\(/g, 'exp(')
    .replace(/(?<![A-Za-z])e\^([A-Za-z0-9])/g, 'exp($1)');
  // softplus(z) = log(1 + e^z), as the prompts that use it define it; then drop brackets around a single term.
  for (let i = 0; i < 3; i++) s = s.replace(/softplus\(([^()]*)\)/g, 'log(1+exp($1))');
  for (let i = 0; i < 3; i++) s = s.replace(/\(([A-Za-z0-9_.-]+)\)/g, '$1');
  return s;
}

/** What a learner reads before answering, in both languages. */
function shownBeforeAnswering(q: RawQuestion): string[] {
  return (['en', 'zh'] as const).flatMap((lang) => [q.prompt[lang], ...(q.options ?? []).map((option) => option.text[lang]), ...(q.hint ? [q.hint[lang]] : [])]);
}

/** The answer a question accepts, when a learner types it: an expression's answer, or a derivation's goal its prompt keeps hidden. */
function typedAnswer(q: RawQuestion): string | undefined {
  if (q.kind === 'expression') return q.answer;
  if (q.kind === 'derivation' && !shownBeforeAnswering(q).some((text) => canonical(text).includes(canonical(q.goal!)))) return q.goal;
  return undefined;
}

/** Answers that other questions may print, and why that gives nothing away. */
const PRINTED_ELSEWHERE_BY_NATURE: Record<string, string> = {
  // α(1 − pₜ)^γ is the focal loss written without its log factor: every question that prints the loss
  // prints it, this question's own prompt included (it asks for FL/CE given FL).
  'definitions-fl-over-ce-expression': 'part of the focal loss formula its own prompt prints',
  // −αₜ log pₜ is the definition of α-balanced cross entropy, which the questions computing it state; what
  // this question asks is that FL at γ = 0 is that loss, and its own prompt prints FL, which γ = 0 reduces to it.
  'limits-gamma-zero-expression': 'the definition of α-balanced cross entropy',
};

describe('no question gives another’s answer away', () => {
  it('the canonical spelling makes the deck’s notations meet', () => {
    expect(canonical('σ(−x)^γ · log(1 + e^(−x))')).toBe(canonical('sigmoid(-x)^gamma * log(1 + exp(-x))'));
    expect(canonical('sigmoid(-x)^gamma*softplus(-x)')).toBe(canonical('sigmoid(-x)^gamma * log(1 + exp(-x))'));
    expect(canonical('−log σ(x) = log(1 + e^(−x))')).toContain(canonical('log(1 + exp(-x))'));
    expect(canonical('(1 - pt)**gamma')).toBe(canonical('(1 − pₜ)^γ'));
    expect(canonical('log(1 + e^x)')).not.toBe(canonical('log(1 + exp(-x))'));
  });

  it('the questions with a hidden typed answer are the expression questions and some derivations', () => {
    const hidden = questions.filter((q) => typedAnswer(q) !== undefined);
    expect(hidden.filter((q) => q.kind === 'expression').length).toBeGreaterThanOrEqual(15);
  });

  it('no prompt, option or hint prints another question’s typed answer', () => {
    const given: string[] = [];
    for (const q of questions) {
      const answer = typedAnswer(q);
      if (answer === undefined || q.id in PRINTED_ELSEWHERE_BY_NATURE) continue;
      for (const other of questions.filter((x) => x.id !== q.id)) {
        const text = shownBeforeAnswering(other).find((shown) => canonical(shown).includes(canonical(answer)));
        if (text !== undefined) given.push(`${q.id} (${answer}) is printed by ${other.id}: ${text}`);
      }
    }
    expect(given).toEqual([]);
  });

  it('every allow-listed answer is an expression question’s, and is printed elsewhere (no stale entries)', () => {
    for (const id of Object.keys(PRINTED_ELSEWHERE_BY_NATURE)) {
      expect(question(id).kind, id).toBe('expression');
      const answer = canonical(typedAnswer(question(id))!);
      expect(questions.some((q) => q.id !== id && shownBeforeAnswering(q).some((text) => canonical(text).includes(answer))), id).toBe(true);
    }
  });

  it('no prompt, option or hint prints the value of another question’s fixed numeric answer, rounded to 3 or more figures', () => {
    // numbers-ratio-pt0968 asks for the exact pₜ behind the paper's "pₜ ≈ 0.968", which its own prompt quotes.
    const QUOTED_BY_ITS_OWN_PROMPT = new Set(['numbers-ratio-pt0968']);
    /** The decimals printed in a text that carry at least 3 significant figures, with the half-unit of their last place. */
    const printed = (text: string) =>
      [...text.matchAll(/(?<![\d.])\d+\.\d+/g)]
        .map((match) => match[0])
        .filter((figure) => figure.replace(/\D/g, '').replace(/^0+/, '').length >= 3)
        .map((figure) => ({ figure, value: Number(figure), halfUnit: 0.5 * 10 ** -figure.split('.')[1]!.length }));
    const given: string[] = [];
    for (const q of questions.filter((x) => x.kind === 'numeric' && !x.params && !QUOTED_BY_ITS_OWN_PROMPT.has(x.id))) {
      const answer = evaluate(q.answer!);
      for (const other of questions.filter((x) => x.id !== q.id)) {
        for (const text of shownBeforeAnswering(other)) {
          for (const { figure, value, halfUnit } of printed(text)) {
            if (Math.abs(Math.abs(answer) - value) <= halfUnit * (1 + 1e-9)) given.push(`${q.id} (${answer}) is printed as ${figure} by ${other.id}: ${text}`);
          }
        }
      }
    }
    expect(given).toEqual([]);
  });

  it('definitions-fl-logit-form prints a positive’s loss; numerics-fl-from-logit asks a negative’s, and grades the printed form wrong', () => {
    const { packs } = loadPacks(bundledPackDirs());
    const bundled = packs.flatMap((pack) => pack.questions);
    const numerics = bundled.find((q) => q.id === 'numerics-fl-from-logit')!;
    const printedGoal = question('definitions-fl-logit-form').goal!;
    for (const lang of ['en', 'zh'] as const) {
      expect(question('definitions-fl-logit-form').prompt[lang]).toContain(printedGoal);
      const copied = grade({ instance: instantiate(numerics), answer: printedGoal, lang });
      expect(copied.correct, copied.feedback).toBe(false);
      const right = grade({ instance: instantiate(numerics), answer: 'sigmoid(x)^gamma*softplus(x)', lang });
      expect(right.correct, right.feedback).toBe(true);
    }
  });
});
