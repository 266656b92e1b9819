import { describe, expect, it } from 'vitest';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { DerivationQuestion } from '../../../src/core/kinds/derivation.js';
import { grade } from '../../../src/core/grading/grade.js';
import { fixture, gradeFixture, variant } from './fixtures.js';

// fx-derivation: where x in [-6, 6], gamma in [0, 5]; let pt = sigmoid(x);
// start −(1 − pt)^γ log pt, goal d/dx = (1 − pt)^γ (γ pt log pt + pt − 1).
const DERIVATIVE = 'gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)';
const GOAL = '(1-pt)^gamma*(gamma*pt*log(pt)+pt-1)';

describe('derivation answers', () => {
  it('grades the model derivation correct, marking every step with the learner’s line numbers', () => {
    const question = fixture<DerivationQuestion>('fx-derivation');
    const result = gradeFixture('fx-derivation', question.model);
    expect(result).toMatchObject({ verdict: 'correct', correct: true, score: 1 });
    expect(result.details!.steps!.map((step) => [step.line, step.relation, step.status])).toEqual([
      [1, 'start', 'ok'],
      [2, 'd/dx', 'ok'],
      [3, '=', 'ok'],
    ]);
  });

  it('continues from the question’s start when the first line begins with = or d/d (line 0 is the start)', () => {
    const result = gradeFixture('fx-derivation', `d/dx = ${DERIVATIVE}\n= ${GOAL}`);
    expect(result.verdict).toBe('correct');
    expect(result.details!.steps!.map((step) => [step.line, step.relation, step.status])).toEqual([
      [0, 'start', 'ok'],
      [1, 'd/dx', 'ok'],
      [2, '=', 'ok'],
    ]);
  });

  it('the goal written at once is partly right: the question asks for two steps that do work (the default)', () => {
    const result = gradeFixture('fx-derivation', `d/dx = ${GOAL}`);
    expect(result).toMatchObject({ verdict: 'partial', correct: false, score: 0.5 });
    expect(result.feedback).toContain('It has 1 step that does work; this question asks for at least 2');
    expect(result.feedback).toContain('Line 1 already writes the goal');
  });

  it('marks a wrong step with its line and a counterexample, and the answer wrong', () => {
    const result = gradeFixture('fx-derivation', `d/dx = ${DERIVATIVE}\n= (1-pt)^gamma*(gamma*pt*log(pt)-pt+1)`);
    expect(result).toMatchObject({ verdict: 'wrong', correct: false, score: 0 });
    const wrong = result.details!.steps!.find((step) => step.status === 'wrong')!;
    expect(wrong.line).toBe(2);
    expect(wrong.counterexample).toBeDefined();
    expect(wrong.message).toMatch(/^Differs at x = .*: yours .*, expected .*\.$/);
    // Check the counterexample independently: at x the two sides of line 2 differ.
    const { x, gamma } = wrong.counterexample!.point as { x: number; gamma: number };
    const pt = 1 / (1 + Math.exp(-x));
    const claimed = (1 - pt) ** gamma * (gamma * pt * Math.log(pt) - pt + 1);
    const previous = (1 - pt) ** gamma * (gamma * pt * Math.log(pt) + pt - 1);
    expect(wrong.counterexample!.b).toBeCloseTo(claimed, 9);
    expect(wrong.counterexample!.a).toBeCloseTo(previous, 9);
    expect(result.feedback).toMatch(/^Line 2 does not follow from the step before it\./m);
  });

  it('a line that does not parse makes the answer invalid and is named', () => {
    const result = gradeFixture('fx-derivation', `d/dx = ${DERIVATIVE}\n= (1-pt)^gamma*(`);
    expect(result.verdict).toBe('invalid');
    expect(result.feedback).toMatch(/^Line 2 cannot be read: /);
    expect(result.details!.steps![2]!.status).toBe('invalid');
    expect(gradeFixture('fx-derivation', '= pt + q').feedback).toMatch(/^Line 1 cannot be read: .*'q'/);
    expect(gradeFixture('fx-derivation', '  \n ').verdict).toBe('invalid');
  });

  it('a derivation that stops short of the goal is wrong', () => {
    const result = gradeFixture('fx-derivation', '= (1-pt)^gamma*log(1/pt)');
    expect(result.verdict).toBe('wrong');
    expect(result.feedback).toMatch(/does not reach the goal/);
    expect(result.feedback).toMatch(/The goal is the derivative with respect to x, but your steps give a rewrite of the start/);
  });

  it('a first step that is not the start is wrong', () => {
    const result = gradeFixture('fx-derivation', `-(1-pt)^gamma*log(pt)*2\nd/dx = ${DERIVATIVE}`);
    expect(result.verdict).toBe('wrong');
    expect(result.feedback).toMatch(/^Line 1 must start from −\(1 − pₜ\)\^γ · log\(pₜ\)\./m);
  });

  it('differentiating by the wrong variable is wrong', () => {
    const question = variant<DerivationQuestion>('fx-derivation', {
      goalRelation: 'd/dgamma',
      goal: '-(1-pt)^gamma*log(1-pt)*log(pt)',
      requires: { steps: 1, shows: [] },
    });
    const result = grade({ instance: instantiate(question), answer: `d/dx = ${DERIVATIVE}`, lang: 'en' });
    expect(result.verdict).toBe('wrong');
    expect(result.feedback).toMatch(/The goal is the derivative with respect to gamma, but your steps give the derivative with respect to x/);
    const right = grade({ instance: instantiate(question), answer: 'd/dgamma = -(1-pt)^gamma*log(1-pt)*log(pt)', lang: 'en' });
    expect(right.verdict).toBe('correct');
  });

  it('the pack’s wrong derivations grade wrong', () => {
    for (const answer of fixture<DerivationQuestion>('fx-derivation').wrongAnswers) {
      expect(gradeFixture('fx-derivation', answer).verdict).toBe('wrong');
    }
  });

  it('explains in Chinese when asked', () => {
    const result = gradeFixture('fx-derivation', '= (1-pt)^gamma*log(1/pt)', { lang: 'zh' });
    expect(result.feedback).toMatch(/没有得到目标/);
    expect(result.expected).toMatch(/^d\/dx: .*\n参考推导：\n/);
  });

  it('says a wrong or unreadable step in Chinese when asked, with no English left', () => {
    const englishSentence = /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/;
    const wrong = gradeFixture('fx-derivation', `d/dx = ${DERIVATIVE}\n= 2*pt`, { lang: 'zh' });
    expect(wrong.verdict).toBe('wrong');
    const wrongStep = wrong.details!.steps!.find((step) => step.status === 'wrong')!;
    expect(wrongStep.message).toMatch(/处不相等/);
    const unreadable = gradeFixture('fx-derivation', `d/dx = ${DERIVATIVE}\n= (1-pt`, { lang: 'zh' });
    expect(unreadable.verdict).toBe('invalid');
    expect(unreadable.feedback).toMatch(/^第 2 行无法解析：/);
    expect(unreadable.details!.steps!.at(-1)!.message).toBe('缺少右括号 )');
    for (const text of [wrong.feedback, unreadable.feedback, wrongStep.message!]) expect(text).not.toMatch(englishSentence);
  });
});
