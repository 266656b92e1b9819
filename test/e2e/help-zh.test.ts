import { describe, expect, it } from 'vitest';
import { allWords, type WordKey } from '../../src/core/words/index.js';
import { runFocal } from '../helpers/run-focal.js';

const WORDS = allWords();

/**
 * `--help` in Chinese (--lang zh, or a Chinese locale): yargs' own words (Commands:, [required]…)
 * and every description, option and example caption come from the catalog. A wide $COLUMNS
 * keeps yargs from wrapping, so each catalog text appears whole.
 */
const WIDE = { COLUMNS: '2000' };
const HELP_PAGES = [
  [],
  ...['drill', 'review', 'stats', 'plan', 'interview', 'check', 'eval', 'equiv', 'derive', 'loss', 'plot', 'questions', 'export', 'import'].map((command) => [command]),
  ...['list', 'show', 'validate', 'new'].map((sub) => ['questions', sub]),
];

/** Every usage word shown by --help (the pointer and the missing subcommand are said on errors, tested below). */
const usageKeys = (Object.keys(WORDS) as WordKey[]).filter((key) => key.startsWith('usage.') && key !== 'usage.pointer' && key !== 'usage.questions.demandCommand');

async function helpPages(lang: string[]): Promise<string> {
  const pages = await Promise.all(HELP_PAGES.map((page) => runFocal([...page, '--help', ...lang], { env: WIDE })));
  for (const page of pages) expect(page).toMatchObject({ code: 0, stderr: '' });
  return pages.map((page) => page.stdout).join('\n');
}

describe('--help in Chinese', () => {
  it('says every description, option and example caption of every command in Chinese, and none in English', async () => {
    const zh = await helpPages(['--lang', 'zh']);
    for (const key of usageKeys) {
      const text = key === 'usage.focal.usage' ? WORDS[key].zh.replace('$0', 'focal') : WORDS[key].zh;
      expect(zh, key).toContain(text);
      expect(zh, key).not.toContain(WORDS[key].en.replace('$0', 'focal'));
    }
    for (const word of ['命令：', '选项：', '示例：', '[字符串]', '[布尔值]', '[必需]', '[默认值：', '显示帮助信息', '显示版本号']) expect(zh).toContain(word);
    for (const word of ['Commands:', 'Options:', 'Examples:', '[string]', '[boolean]', '[required]', 'Show help']) expect(zh).not.toContain(word);
  }, 60_000);

  it('follows a Chinese locale without --lang, and stays English otherwise', async () => {
    const [locale, english] = await Promise.all([
      runFocal(['--help'], { env: { ...WIDE, LANG: 'zh_CN.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } }),
      runFocal(['--help'], { env: { ...WIDE, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined } }),
    ]);
    expect(locale.stdout).toContain('命令：');
    expect(locale.stdout).toContain(WORDS['usage.drill'].zh);
    expect(english.stdout).toContain('Commands:');
    expect(english.stdout).toContain(WORDS['usage.drill'].en);
    expect(english.stdout).not.toMatch(/\p{Script=Han}/u);
  });

  it("says yargs' usage errors and refused option values in Chinese, on one line", async () => {
    const cases: [string[], string][] = [
      [['drill', '--plain', '--mode', 'bogus'], 'focal: 无效的选项值：选项：mode，给出的值："bogus"，可选值："mixed", "due", "weak", "new"\n运行 "focal --help" 查看用法。\n'],
      [['eval'], 'focal: 参数不够：给出了 0 个，至少需要 1 个\n运行 "focal --help" 查看用法。\n'],
      [['stats', '--frobnicate'], 'focal: 未知参数：frobnicate\n运行 "focal --help" 查看用法。\n'],
      [['questions'], 'focal: 请给出子命令：list、show、validate 或 new\n运行 "focal --help" 查看用法。\n'],
      [['drill', '--plain', '--count', 'abc'], 'focal: --count 必须是 ≥ 1 的整数，而不是 "abc"\n'],
      [['interview', '--plain', '--minutes', '0'], 'focal: --minutes 必须是大于 0、不超过 180 的分钟数，而不是 "0"\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = await runFocal([...args, '--lang', 'zh']);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 2, stderr });
    }
  });
});
