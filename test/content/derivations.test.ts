// Every derivation question of the deck must be derived: its own model derivation meets the
// question's requirements, and the ways of reaching the goal without the work (the goal
// restated, dressed up with trivial changes, or a derivative written in its final form) are
// never graded correct, and are said to be partly right with what is missing.
import { describe, expect, it } from 'vitest';
import { bundledPackDirs } from '../../src/core/bank/bundled.js';
import { instantiate } from '../../src/core/bank/instantiate.js';
import { loadPacks } from '../../src/core/bank/load.js';
import type { DerivationQuestion } from '../../src/core/kinds/derivation.js';
import { grade } from '../../src/core/grading/grade.js';

const { packs } = loadPacks(bundledPackDirs());
const derivations = packs.flatMap((pack) => pack.questions).filter((question): question is DerivationQuestion => question.kind === 'derivation');

/** Answers that reach the goal with no derivation: each must be at most partly right. */
function shortcuts(question: DerivationQuestion): string[] {
  const goal = question.goal;
  const relation = question.goalRelation;
  const first = relation ? `${relation} = ` : '';
  const variable = /^\s*([A-Za-z_]\w*)\s+in\b/.exec(question.where ?? '')![1]!;
  return [
    relation ? `${first}${goal}` : goal,
    `${first}${goal}\n= ${goal}`,
    `${first}(${goal})*1\n= ${goal} + 0`,
    `${first}2*(${goal})/2\n= -(-(${goal}))`,
    `${first}(${goal})*exp(${variable})/exp(${variable})\n= ${goal}`,
    // Within the tolerance everywhere (an added 1/exp(1000) is not, where the goal itself is
    // below it: limits-near-one-rewrite's u^(γ+1) at u = 4e-220).
    `${first}(${goal})*(1 + 1/exp(1000))`,
    ...(relation ? [] : [`${question.start}\n= ${goal}`, `= ${goal}\n= ${goal}*1`]),
  ];
}

describe('deck derivations must be derived', () => {
  it('the deck has derivation questions, each with its requirements written out', () => {
    expect(derivations.length).toBeGreaterThanOrEqual(7);
    for (const question of derivations) expect(question.requires.steps, question.id).toBeGreaterThanOrEqual(1);
    // A derivative question names what its derivative step must show.
    for (const question of derivations.filter((q) => q.goalRelation)) expect(question.requires.shows.length, question.id).toBeGreaterThan(0);
  });

  it.each(derivations.map((question) => [question.id, question] as const))('%s: the model derivation is correct in both languages', (_, question) => {
    for (const lang of ['en', 'zh'] as const) {
      const result = grade({ instance: instantiate(question), answer: question.model, lang });
      expect(result.verdict, result.feedback).toBe('correct');
    }
  });

  it.each(derivations.map((question) => [question.id, question] as const))('%s: reaching the goal without the work is partly right, never correct', (_, question) => {
    for (const answer of shortcuts(question)) {
      const result = grade({ instance: instantiate(question), answer, lang: 'en' });
      expect(result.verdict, `${answer}\n${result.feedback}`).toBe('partial');
      expect(result.correct).toBe(false);
      expect(result.feedback).toMatch(/Partly right: the work that leads to the goal is not shown in full/);
      const zh = grade({ instance: instantiate(question), answer, lang: 'zh' });
      expect(zh.feedback).toMatch(/部分正确：没有完整写出得到目标的推导过程/);
    }
  });
});
