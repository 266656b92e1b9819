import { describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

/**
 * `--lang zh` (and a Chinese locale) reach the calculator and checker commands and the
 * one-line errors, not only the drill. JSON stays English: it is a contract for scripts.
 */
describe('--lang zh beyond the drill', () => {
  it('focal loss: the heading and the notes in Chinese, the numbers as in English', async () => {
    const [zh, en] = await Promise.all([
      runFocal(['loss', '--logit', '2', '--target', '1', '--lang', 'zh']),
      runFocal(['loss', '--logit', '2', '--target', '1']),
    ]);
    expect(zh).toMatchObject({ code: 0, stderr: '' });
    const lines = zh.stdout.split('\n');
    expect(lines[0]).toBe('二分类焦点损失（Focal Loss）：logit x = 2，目标类别 1，α = 0.25，γ = 2');
    expect(lines.find((line) => line.includes('调制因子'))).toMatch(/^\s+\(1 − pₜ\)\^γ\s+0\.0142093\s+调制因子$/);
    expect(lines.find((line) => line.startsWith('  dFL/dx'))).toMatch(/-0\.00121774\s+对 logit x 的梯度$/);
    // The same numbers in both languages.
    const numbers = (text: string) => text.match(/-?\d+\.\d+/g);
    expect(numbers(zh.stdout)).toEqual(numbers(en.stdout));
  });

  it('focal loss --json keeps its English keys', async () => {
    const result = await runFocal(['loss', '--logit', '2', '--target', '1', '--lang', 'zh', '--json']);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['loss', 'ce', 'pt', 'modulating', 'alpha_t', 'grad_logit']);
  });

  it('focal derive: the summary in Chinese', async () => {
    const result = await runFocal(['derive', '-', '--lang', 'zh'], { input: 'x^2\nd/dx = 2*x\n= 3*x\n' });
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('3 步中有 1 步不成立：1 步错误（第一处在第 3 行）');
    const right = await runFocal(['derive', '-', '--lang', 'zh'], { input: 'x^2\nd/dx = 2*x\n' });
    expect(right).toMatchObject({ code: 0, stderr: '' });
    expect(right.stdout.trimEnd().split('\n').at(-1)).toBe('全部 2 步都成立');
  });

  it('focal derive: why a step is wrong or unreadable, in Chinese', async () => {
    const result = await runFocal(['derive', '-', '--lang', 'zh', '--no-color'], { input: 'x^2\nd/dx = 3*x\n= foo(x)\nd/dy = 1\n' });
    expect(result.code).toBe(2);
    const lines = result.stdout.split('\n').map((line) => line.trim());
    expect(lines[2]).toMatch(/^在 x = \S+ 处不相等：第 1 行的 d\/dx = \S+，第 2 行 = \S+$/);
    expect(lines[4]).toBe("第 3 列：未知函数 'foo'");
    expect(lines[6]).toBe("第 4 列：不能对 'y' 求导：它不是本推导中的变量");
    const broken = await runFocal(['derive', '-', '--lang', 'zh'], { input: 'where: x in [0, 1\nx\n' });
    expect(broken).toMatchObject({ code: 2, stdout: '', stderr: "focal: <stdin>:1:18: where 行：'x' 的区间应以 ')' 或 ']' 结束\n" });
  });

  it('focal equiv and eval: what the expression gets wrong, in Chinese', async () => {
    const cases: [string[], string][] = [
      [['equiv', 'x', 'foo(x)'], "focal: 第二个表达式 第 1 列：未知函数 'foo'\n"],
      [['equiv', 'x', 'x', '--where', 'x in [1, 0]'], "focal: --where 第 1 列：'x' 的区间为空（1 到 0）\n"],
      [['eval', 'ln x'], "focal: 表达式 第 1 列：'ln' 是函数：请写成 ln(…)\n"],
      [['eval', '1/0'], 'focal: 表达式：没有有限的实数值（负数的对数或平方根、除以零、溢出……）\n'],
      [['eval', '2 3'], 'focal: 表达式 第 3 列：无法识别的部分 "3"\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = await runFocal([...args, '--lang', 'zh']);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 2, stderr });
    }
  });

  it('focal equiv: verdict, domain and counterexample in Chinese', async () => {
    const same = await runFocal(['equiv', 'x+1', '1+x', '--where', 'x in [0, 1]', '--lang', 'zh']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^等价（定义域 x in \[0, 1\]）（\d+ 个采样点）\n$/);
    const differ = await runFocal(['equiv', '(x^2)^0.5', 'x', '--where', 'x in [-1,1]', '--lang', 'zh']);
    expect(differ.code).toBe(1);
    expect(differ.stdout.split('\n').slice(0, 2)).toEqual(['不等价（定义域 x in [-1, 1]）', '  两者在 x = -1 处不相等：']);
  });

  it('focal eval: a parse error keeps its column, in Chinese, exit 2', async () => {
    const result = await runFocal(['eval', '1+(2', '--lang', 'zh']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('focal: 表达式 第 5 列：缺少右括号 )\n');
  });

  it('a Chinese locale selects Chinese errors without --lang', async () => {
    const result = await runFocal(['equiv', 'x+', 'x'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('focal: 第一个表达式 第 3 列：表达式意外结束\n');
  });

  it('user errors: one Chinese line, exit 2, flags and values quoted as typed', async () => {
    const cases: [string[], string][] = [
      [['loss', '--logit', '1', '--pt', '0.5'], 'focal: --logit 和 --pt 不能同时使用：只能给一个\n'],
      [['loss', '--logit', 'abc', '--target', '1'], 'focal: --logit 必须是数字，收到的是 "abc"\n'],
      [['loss', '--logit', '2'], 'focal: 使用 --logit 时必须给出 --target：0 或 1\n'],
      [['stat'], 'focal: 未知命令 "stat"；你是不是想用 "focal stats"？\n'],
      [['check', 'no-such-question-anywhere', '1'], 'focal: 未知题目 "no-such-question-anywhere"；"focal questions list" 可列出全部题目\n'],
      [['eval', '1', '2'], 'focal: 未知参数：2\n'],
      [['derive', '/no/such/file.txt'], 'focal: 无法读取 /no/such/file.txt：文件不存在\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = await runFocal([...args, '--lang', 'zh']);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 2, stderr });
    }
  });

  it('the same errors stay English without --lang', async () => {
    const result = await runFocal(['loss', '--logit', '1', '--pt', '0.5'], { env: { LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(result).toMatchObject({ code: 2, stderr: 'focal: --logit and --pt cannot be used together: give only one\n' });
  });

  it('focal plot: axis titles in Chinese, every line still the width asked for', async () => {
    const result = await runFocal(['plot', '--width', '60', '--height', '18', '--lang', 'zh', '--no-color']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^损失 +FL\(pₜ\) = −\(1 − pₜ\)\^γ log pₜ$/);
    expect(lines.some((line) => line.trim() === 'pₜ（真实类别的概率）')).toBe(true);
  });
});
