import { describe, expect, it } from 'vitest';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { Tolerance } from '../../../src/core/bank/types.js';
import type { NumericQuestion } from '../../../src/core/kinds/numeric.js';
import { grade } from '../../../src/core/grading/grade.js';
import { fixture, gradeFixture, variant } from './fixtures.js';

// Independent reference: 1/(1 − 0.968)² computed here, not by the sandbox.
const RATIO = 1 / (1 - 0.968) ** 2;

describe('numeric answers', () => {
  it('accepts the value or an expression for it, within the tolerance', () => {
    expect(RATIO).toBeCloseTo(976.5625, 9);
    for (const answer of ['976.5625', '1/(1-0.968)^2', '977', '967', '0.032^-2']) {
      expect(gradeFixture('fx-numeric', answer)).toMatchObject({ verdict: 'correct', correct: true, score: 1 });
    }
  });

  it('rejects values outside the 1% band and states the tolerance without reading as accepted', () => {
    for (const answer of [String(RATIO * 1.011), String(RATIO * 0.989), '1000', '(1-0.968)^2']) {
      const result = gradeFixture('fx-numeric', answer);
      expect(result).toMatchObject({ verdict: 'wrong', correct: false, score: 0 });
      expect(result.feedback).toContain('Tolerance ±1%.');
      expect(result.feedback).not.toMatch(/accept/i);
    }
  });

  it('shows the expected value and, when it is not a plain number, how it is computed', () => {
    expect(gradeFixture('fx-numeric', '1').expected).toBe('976.5625 = 1 / (1 − 0.968)²');
    expect(gradeFixture('fx-numeric-plain', '1').expected).toBe('0.10536');
  });

  it('an answer that does not parse is invalid, with the parser’s message', () => {
    const result = gradeFixture('fx-numeric', '1/(1-0.968');
    expect(result).toMatchObject({ verdict: 'invalid', correct: false, score: 0 });
    expect(result.feedback).toMatch(/column \d+/);
    expect(gradeFixture('fx-numeric', '1/(1-0.968', { lang: 'zh' }).feedback).toBe('缺少右括号 )（第 11 列）');
    expect(gradeFixture('fx-numeric', '1/(1-pt)^2', { lang: 'zh' }).feedback).toBe("数值答案只能用数字，不能含变量。未知变量 'pt'（此表达式不含变量）（第 6 列）");
  });

  it('a variable is invalid: a numeric answer uses numbers only', () => {
    const result = gradeFixture('fx-numeric', '1/(1-pt)^2');
    expect(result.verdict).toBe('invalid');
    expect(result.feedback).toMatch(/numbers only.*unknown variable 'pt'/);
  });

  it('an answer without a finite value and an empty answer are invalid', () => {
    expect(gradeFixture('fx-numeric', '1/0').verdict).toBe('invalid');
    expect(gradeFixture('fx-numeric', 'log(-1)').verdict).toBe('invalid');
    expect(gradeFixture('fx-numeric', '   ').verdict).toBe('invalid');
  });

  it.each<[Tolerance, string, boolean]>([
    [{ absolute: 0.0005 }, '0.1058', true],
    [{ absolute: 0.0005 }, '0.1059', false],
    [{ sigfigs: 3 }, '0.105', true],
    [{ sigfigs: 3 }, '0.106', false],
    [{ decimals: 2 }, '0.11', true],
    [{ decimals: 2 }, '0.12', false],
  ])('tolerance %j: %s → %s', (tolerance, answer, correct) => {
    // The expected value is −ln 0.9 = 0.1053605...
    const question = variant<NumericQuestion>('fx-numeric-plain', { answer: '-log(0.9)', tolerance });
    expect(-Math.log(0.9)).toBeCloseTo(0.1053605, 7);
    expect(grade({ instance: instantiate(question), answer, lang: 'en' }).correct).toBe(correct);
  });

  it('grades a parametric question against its own parameters', () => {
    for (const seed of [1, 2, 3, 50]) {
      const instance = instantiate(fixture('fx-param'), seed);
      const { g, p } = instance.params as { g: number; p: number };
      const reference = 1 / (1 - p) ** g;
      expect(grade({ instance, answer: String(reference), lang: 'en' }).correct).toBe(true);
      expect(grade({ instance, answer: String((1 - p) ** g), lang: 'en' }).correct).toBe(false);
      expect(grade({ instance, answer: '1', lang: 'en' }).expected).toMatch(new RegExp(`= 1 / \\(1 − ${p}\\)`));
    }
  });

  it.each<[Tolerance, string]>([
    [{ absolute: 0.0005 }, 'Tolerance ±0.0005.'],
    [{ sigfigs: 3 }, 'Rounded to 3 significant figures.'],
    [{ decimals: 2 }, 'Rounded to 2 decimal places.'],
  ])('a wrong answer states tolerance %j as a rule, not as accepted', (tolerance, said) => {
    const question = variant<NumericQuestion>('fx-numeric-plain', { answer: '-log(0.9)', tolerance });
    const feedback = grade({ instance: instantiate(question), answer: '0.5', lang: 'en' }).feedback;
    expect(feedback).toBe(`Yours: 0.5. ${said}`);
  });

  it('says the tolerance in Chinese', () => {
    expect(gradeFixture('fx-numeric', '1', { lang: 'zh' }).feedback).toContain('相对误差 1% 以内');
  });
});
