import { describe, expect, it } from 'vitest';
import type { FreeQuestion } from '../../../src/core/kinds/free.js';
import { keyPointCoverage, suggestedGrade } from '../../../src/core/grading/key-points.js';
import { compilePattern, MAX_WAYS, PatternError } from '../../../src/core/bank/match-pattern.js';
import { free } from '../../ui/fixtures.js';

function rejects(pattern: string, message: RegExp, offset?: number) {
  try {
    compilePattern(pattern);
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    expect((error as PatternError).message).toMatch(message);
    if (offset !== undefined) expect((error as PatternError).offset).toBe(offset);
    return;
  }
  throw new Error(`"${pattern}" was accepted`);
}

describe('match patterns: a bounded subset of regular expressions', () => {
  it('accepts keywords, alternatives, groups, optional parts, classes and bounded repeats', () => {
    const ok = ['down-?weight', 'discard|throw (away|out)', '36(\\.0)?', '[0-9]{2,3}k', 'focal.{0,20}loss', '易分|简单', '(?:a|b)c', '\\bpt\\b', '1:3|1 ?: ?3'];
    for (const pattern of ok) expect(() => compilePattern(pattern)).not.toThrow();
  });

  it('refuses unbounded repetition, anchors, lookarounds and unknown escapes, naming the offset', () => {
    rejects('(a+)+b', /unbounded repetition "\+"/, 2);
    rejects('a*', /unbounded repetition "\*"/, 1);
    rejects('^easy', /not allowed/, 0);
    rejects('(?=x)y', /only plain groups/);
    rejects('\\p{L}', /unknown escape/);
    rejects('a{1,70}', /at most 60 repetitions/);
    rejects('a{3,1}', /smaller than the first/);
    rejects('(ab', /unclosed "\("/, 0);
    rejects('ab)', /unmatched "\)"/, 2);
    rejects('a??', /cannot be repeated again/);
    rejects('a||b', /empty/);
    rejects('', /empty/);
    rejects('x'.repeat(301), /at most 300 characters/);
  });

  it('refuses a pattern with too many ways to match at one position (catastrophic backtracking)', () => {
    // (a|a){20}: 2^20 ways. (.?){20}: 2^20 as well. Both are classic exponential patterns.
    rejects('(a|a){20}', /too many ways/);
    rejects('(.?){20}x', /too many ways/);
    rejects('(a?){14}', new RegExp(`at most ${MAX_WAYS}`));
    // An accepted pattern near the cap still answers fast on a hostile text.
    const regex = compilePattern('(a|b|c){0,8}x');
    const started = process.hrtime.bigint();
    regex.lastIndex = 0;
    expect(regex.exec('abc'.repeat(3000))).toBeNull();
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
  });

  it('matches case-insensitively at the start of a word, not inside one', () => {
    const regex = compilePattern('easy');
    expect('Easy negatives'.match(regex)).not.toBeNull();
    expect('an uneasy feeling'.match(regex)).toBeNull();
    expect('用easy样本'.match(regex)).not.toBeNull();
  });
});

describe('key-point coverage of a free answer', () => {
  const question: FreeQuestion = free;

  it('finds each key point with the words that showed it, in either language', () => {
    const en = keyPointCoverage(question, 'There are about 100,000 anchors and FL down-weights the EASY ones.');
    expect(en.points).toEqual([
      { index: 0, found: true, phrase: '100,000' },
      { index: 1, found: true, phrase: 'down-weights the EASY' },
    ]);
    expect(en.suggested).toBe(4);
    const zh = keyPointCoverage(question, '每张图约 10 万个候选框，焦点损失降低易分样本的权重。');
    expect(zh.points.map((point) => point.phrase)).toEqual(['10 万', '降低易分']);
  });

  it('a point needs every one of its patterns: "easy" alone is not "down-weights easy examples"', () => {
    const coverage = keyPointCoverage(question, 'About 100k anchors, most of them easy.');
    expect(coverage.points.map((point) => point.found)).toEqual([true, false]);
    expect(coverage.points[1]!.phrase).toBeNull();
    expect(coverage.suggested).toBe(2);
  });

  it('far-apart matches are shown as pieces joined by an ellipsis', () => {
    const filler = ' and then a long digression about anchors, strides and feature pyramid levels';
    const coverage = keyPointCoverage(question, `FL down-weights${filler}, mostly the easy ones`);
    expect(coverage.points[1]!.phrase).toBe('down-weights … easy');
  });

  it('an empty answer finds nothing and suggests 1', () => {
    expect(keyPointCoverage(question, '')).toMatchObject({ found: 0, total: 2, suggested: 1 });
  });

  it.each([
    [4, 4, 4],
    [3, 4, 3],
    [4, 5, 3],
    [2, 4, 2],
    [2, 5, 2],
    [1, 4, 1],
    [0, 3, 1],
  ])('%d of %d key points suggests %d', (found, total, grade) => {
    expect(suggestedGrade(found, total)).toBe(grade);
  });
});
