import { describe, expect, it } from 'vitest';
import { checkDerivation, compileExpression, parseDomains } from '../../../src/core/math/index.js';
import type { MathError } from '../../../src/core/math/index.js';
import { tSaid } from '../../../src/core/words/index.js';

/**
 * The math core says what is wrong as catalog words (a key and its parameters), never as
 * text: each problem reads in English and in Chinese, and what mathjs's parser says in
 * English is said again in our words, at mathjs's column.
 */
const problem = (source: string): MathError => {
  const result = compileExpression(source);
  if (result.ok) throw new Error(`${source} compiled`);
  return result.error;
};

/** A sentence of English left in a Chinese message: three Latin words in a row. */
const englishSentence = /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

describe('math problems in both languages', () => {
  it("reads each of mathjs's parse errors with a word of its own, keeping the column", () => {
    const cases: [string, string, number][] = [
      ['x+', 'expr.unexpectedEnd', 3],
      ['1+(2', 'expr.closeParenthesis', 5],
      ['2 3', 'expr.unexpectedPart', 3],
      [')', 'expr.valueExpected', 1],
      ['@', 'expr.syntaxErrorIn', 1],
      ['1.e5.3', 'expr.digitExpected', 1],
      ['"abc', 'expr.unclosedString', 5],
      ['[1,2', 'expr.refused.array', 5],
      ['{a: 1', 'expr.refused.object', 6],
      ['a ? b', 'expr.refused.conditional', 6],
      ['x.', 'expr.refused.accessor', 3],
    ];
    for (const [source, key, column] of cases) {
      const error = problem(source);
      expect({ source, key: error.said.key, column: error.column }).toEqual({ source, key, column });
    }
  });

  it('says the same problem in Chinese, with no English sentence left', () => {
    const sources = ['x+', '1+(2', '2 3', ')', '@', '"abc', '[1,2', 'x.', 'foo(x)', 'ln x', 'log10(1, 2)', '5%', '1e', '1e999', 'x == 1', 'NaN', 'a; b'];
    for (const source of sources) {
      const zh = tSaid('zh', problem(source).said);
      expect(zh, source).toMatch(/\p{Script=Han}/u);
      expect(zh, source).not.toMatch(englishSentence);
      expect(zh, source).not.toMatch(/\{\w+\}/);
    }
    expect(tSaid('zh', problem('x+').said)).toBe('表达式意外结束');
    expect(tSaid('en', problem('x+').said)).toBe('unexpected end of expression');
  });

  it('quotes a name as typed in both languages', () => {
    expect(tSaid('en', problem('foo(x)').said)).toBe("unknown function 'foo'");
    expect(tSaid('zh', problem('foo(x)').said)).toBe("未知函数 'foo'");
    const unknown = compileExpression('q + pt', { allowedVariables: ['pt', 'gamma'] });
    expect(!unknown.ok && tSaid('zh', unknown.error.said)).toBe("未知变量 'q'（已知变量：pt、gamma）");
  });

  it('says domain and derivation problems in Chinese', () => {
    const domain = parseDomains('x in [1, 0]');
    expect(!domain.ok && tSaid('zh', domain.error.said)).toBe("'x' 的区间为空（1 到 0）");
    const document = checkDerivation('where: x in [0, 1\nx\n');
    expect(!document.ok && tSaid('zh', document.error.said)).toBe("where 行：'x' 的区间应以 ')' 或 ']' 结束");
    const report = checkDerivation('x^2\nd/dx = 3*x\n= foo(x)\n');
    if (!report.ok) throw new Error('the derivation should be read');
    const [, wrong, unreadable] = report.value.steps;
    expect(tSaid('en', wrong!.said!)).toMatch(/^differs at x = .*: d\/dx of line 1 = .*, line 2 = /);
    expect(tSaid('zh', wrong!.said!)).toMatch(/^在 x = .* 处不相等：第 1 行的 d\/dx = .*，第 2 行 = /);
    expect(tSaid('zh', unreadable!.said!)).toBe("未知函数 'foo'");
  });
});
