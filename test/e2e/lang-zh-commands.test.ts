import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateHome, runFocal } from '../helpers/run-focal.js';

/**
 * Each command's ordinary output under --lang zh is Chinese (loss, derive, equiv and plot are
 * in lang-zh.test.ts, the interview in interview-line.test.ts; eval prints a number).
 * Question ids, topic and kind names, flags and file names stay as typed.
 */
const { home, env } = privateHome('focal-zh-commands-');
const db = join(home, 'progress.db');
const exported = join(home, 'progress.json');

const han = /\p{Script=Han}/u;
/** Three English words in a row, outside ids (a-b-c), paths and code. */
const englishSentence = /(?<![-/\w])[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}(?![-/\w])/;

async function zh(args: string[], input?: string) {
  const result = await runFocal([...args, '--lang', 'zh', '--db', db], { env, ...(input === undefined ? {} : { input }) });
  return result;
}

describe('ordinary output under --lang zh', () => {
  it('check, questions, stats, review, plan, export, import and drill say it in Chinese', async () => {
    const cases: [string[], RegExp, string?][] = [
      [['check', 'numbers-ratio-pt0968', '1-1/sqrt(1000)', '--record'], /^✓ 正确\n你的答案：/],
      [['check', 'gradients-derive-ce-positive', 'd/dx = -(1/pt)*pt*(1-pt); = pt - 2'], /第 2 行不能由上一步得到。在 x = \S+ 处不相等/],
      [['questions', 'list', '--kind', 'numeric'], /^ID +主题 +题型 +D {2}P {2}题目\n/],
      [['questions', 'show', 'numbers-ratio-pt0968'], /numbers-ratio-pt0968 · 数值计算 · numeric · 难度 2\/3/],
      [['questions', 'validate'], /题库共 \d+ 题：全部有效/],
      [['stats'], /^进度\n作答 1 次/],
      [['review', '--plain'], /^薄弱主题\n/],
      [['plan', '--plain'], /^尚未设置面试日期/],
      [['export', '--out', exported], /^已把 json 导出到 /],
      [['import', exported], /^已从 .* 导入：/],
      [['drill', '--plain', '--kind', 'expression', '--count', '1', '--seed', '3'], /表达式意外结束（第 3 列）（不计入成绩，请重试）/, 'x+\n\n\n'],
    ];
    for (const [args, expected, input] of cases) {
      const result = await zh(args, input);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBeLessThanOrEqual(1);
      expect(result.stdout, args.join(' ')).toMatch(expected);
      expect(result.stdout, args.join(' ')).toMatch(han);
      const prose = result.stdout.replaceAll(home, '').replace(/"[^"]*"/g, '').replace(/^ID .*$/m, '');
      // The list quotes question titles, which may name a method in English (Distribution Focal Loss).
      if (args[1] !== 'list') expect(prose, args.join(' ')).not.toMatch(englishSentence);
    }
  }, 120_000);
});
