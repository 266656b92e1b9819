import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateHome, runFocal } from '../helpers/run-focal.js';

/**
 * Under --lang zh every user error is one Chinese line (exit 2): the store, the export file,
 * the config file and FOCAL_* variables, the drill's selection, --resume, the plot and the
 * plan. Names, flags and values stay as typed; the old English sentence is gone.
 */
const { home, env } = privateHome('focal-zh-errors-');
const folder = join(home, 'a-folder');
const notDb = join(home, 'not-a-db');
const badJson = join(home, 'bad.json');
mkdirSync(folder, { recursive: true });
writeFileSync(notDb, 'hello\n');
writeFileSync(badJson, '{"format": "something else"}\n');

const han = /\p{Script=Han}/u;
/** Three English words in a row: a sentence left untranslated. */
const englishSentence = /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/;

async function zhError(args: string[], extraEnv: Record<string, string | undefined> = {}) {
  const result = await runFocal([...args, '--lang', 'zh'], { env: { ...env, ...extraEnv } });
  return { args, code: result.code, stderr: result.stderr };
}

describe('user errors under --lang zh', () => {
  const cases: [string[], string, string][] = [
    // args, a part of the Chinese line, the start of the old English one
    [['stats', '--db', folder], '是文件夹，不是数据库文件；文件未被改动', 'is a folder'],
    [['stats', '--db', notDb], '不是 focal-drill 数据库（不是 SQLite 文件）', 'not a focal-drill database'],
    [['review', '--plain', '--db', notDb], '不是 focal-drill 数据库', 'not a focal-drill database'],
    [['import', badJson], '不是 focal-drill 导出文件（没有 "format": "focal-drill-progress"）', 'not a focal-drill export'],
    [['import', folder], '不是普通文件', 'not a regular file'],
    [['drill', '--plain', '--kind', 'bogus'], '未知题型 "bogus"', 'unknown kind'],
    [['drill', '--plain', '--topic', 'numbers', '--kind', 'code-review'], '没有题目符合 --topic numbers --kind code-review：主题 numbers 中有', 'no question matches'],
    [['drill', '--plain', '--resume'], '没有可继续的会话', 'nothing to resume'],
    [['drill', '--plain', '--resume', '--count', '3'], '--resume 会沿用中断会话自己的 --count', '--resume continues'],
    [['plot', '--gamma', '1,1'], 'gamma：1 出现了两次', 'is listed twice'],
    [['plot', '--width', '5'], '宽度必须是 30 到 400 之间的整数列数，收到的是 5', 'width must be'],
    [['plan', '--interview', '2026-13-45'], '不是日期', 'is not a date'],
    [['questions', 'new', '--kind', 'numeric', '--topic', 'BAD'], '--topic 必须是小写短名', '--topic must be'],
    [['stats', '--db='], 'focal: --db: 需要一个文件名（它是空的）', 'needs a file name'],
  ];

  it.each(cases)('%j', async (args, chinese, english) => {
    const result = await zhError(args);
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toContain(chinese);
    expect(result.stderr).not.toContain(english);
  });

  it('the config file and FOCAL_* variables are refused in Chinese too', async () => {
    const config = join(home, 'config-zh');
    mkdirSync(join(config, 'focal-drill'), { recursive: true });
    writeFileSync(join(config, 'focal-drill', 'config.json'), '{"colour": "red"}');
    const unknown = await zhError(['stats'], { XDG_CONFIG_HOME: config });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/config\.json colour: 未知设置（可用设置：packs, lang, count, mode, db）\n$/);
    const count = await zhError(['stats'], { FOCAL_COUNT: 'many' });
    expect(count).toMatchObject({ code: 2, stderr: 'focal: FOCAL_COUNT: 必须是 ≥ 1 的整数，而不是 "many"\n' });
    for (const result of [unknown, count]) expect(result.stderr).not.toMatch(englishSentence);
  });

  it('every line says it in Chinese, with no English sentence left', async () => {
    for (const [args] of cases) {
      const result = await zhError(args);
      expect(result.stderr, args.join(' ')).toMatch(han);
      // Paths and quoted values aside (they are as typed).
      const said = result.stderr.replaceAll(home, '').replace(/"[^"]*"/g, '');
      expect(said, args.join(' ')).not.toMatch(englishSentence);
    }
  });
});
