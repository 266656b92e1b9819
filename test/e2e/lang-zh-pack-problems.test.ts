import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateHome, runFocal } from '../helpers/run-focal.js';

/**
 * The problems found in a question pack are said in the user's language: `questions validate`,
 * a broken `--pack` refused by any command, and a progress export refused by `import`. Field
 * names, file names, ids and what the author wrote stay as written; the YAML library's own
 * message stays as it comes after a translated lead-in. JSON output stays English.
 */
const { home, env } = privateHome('focal-zh-pack-problems-');
const FIXTURES = 'test/fixtures/packs';

/** A pack with the problems the fixtures lack: unreadable files, bad patterns, rules of names and shapes. */
const morePack = join(home, 'more-broken');
mkdirSync(join(morePack, 'snippets'), { recursive: true });
writeFileSync(
  join(morePack, 'pack.yaml'),
  'id: More_Broken\ntitle: { en: More broken, zh: 更多问题 }\ntopics:\n  theory: { en: theory, zh: 理论 }\n  constructor: { en: c, zh: 丙 }\n',
);
const common = (id: string, kind: string) =>
  `  - id: ${id}\n    topic: theory\n    kind: ${kind}\n    difficulty: 1\n    source: paper §3\n    prompt: { en: p, zh: 问 }\n    explanation: { en: e, zh: 解 }\n`;
const manyOptions = Array.from({ length: 27 }, (_, index) => `      - text: { en: o${index}, zh: 项${index} }\n        correct: ${index === 0}\n`).join('');
writeFileSync(
  join(morePack, 'questions.yaml'),
  [
    'questions:\n  - 5\n  - id: no-kind\n    topic: theory\n',
    '  - id: "bad id!"\n    topic: theory\n    kind: numeric\n    difficulty: hard\n    source: s\n    tags: x\n    prompt: 5\n',
    '    explanation: { en: e, zh: 解 }\n    params:\n      toString: { values: [1] }\n    answer: 1\n    tolerance: { relative: 0.1, absolute: 1 }\n    colour: red\n',
    `${common('params-broken', 'numeric')}    params:\n      p: { min: 0.9, max: 0.1, step: 0.1 }\n      q: { min: 0, max: 1, step: 0.3 }\n`,
    '    answer: p\n    tolerance: { relative: 0.1 }\n    wrongAnswers: ["p + 1"]\n',
    `${common('free-bad-pattern', 'free')}    model: { en: m, zh: 答 }\n    keyPoints:\n`,
    '      - { en: a, zh: 甲, match: { en: ["a*"], zh: ["^甲"] } }\n      - { en: b, zh: 乙, match: { en: ["x{3,2}"], zh: ["(?=乙)"] } }\n',
    `${common('too-many-options', 'single')}    options:\n${manyOptions}`,
    `${common('too-few-options', 'single')}    options:\n      - text: { en: o, zh: 项 }\n        correct: true\n`,
    `${common('code-binary', 'code-review')}    snippet: snippets/binary.py\n    bugs: [{ line: 1, why: { en: w, zh: 因 } }]\n    decoys: [{ line: 1, why: { en: w, zh: 因 } }]\n`,
    `${common('code-utf16', 'code-review')}    snippet: snippets/utf16.py\n    bugs: [{ line: 1, why: { en: w, zh: 因 } }]\n`,
  ].join(''),
);
writeFileSync(join(morePack, 'snippets', 'binary.py'), Buffer.from([0x70, 0x72, 0x69, 0x6e, 0x74, 0x00, 0x01, 0x02]));
writeFileSync(join(morePack, 'snippets', 'utf16.py'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('print(1)\n', 'utf16le')]));
writeFileSync(join(morePack, 'list.yaml'), '- just a list\n');
writeFileSync(join(morePack, 'proto.yaml'), 'questions: []\n__proto__: 1\n');
writeFileSync(join(morePack, 'latin1.yaml'), Buffer.from('questions: []\n# caf\xe9\n', 'latin1'));
writeFileSync(join(morePack, 'aliases.yaml'), `a: &a [x]\nquestions: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`);

/** Words that stay as written in Chinese: field names, kinds, names of formats and of the pack's own values. */
const AS_WRITTEN = new Set(
  [
    ...['wrongAnswers', 'params', 'relative', 'absolute', 'sigfigs', 'decimals', 'goal', 'start', 'values', 'step', 'kind', 'topic'],
    ...['numbers', 'theory'],
    ...['single', 'multiple', 'numeric', 'expression', 'derivation', 'free', 'code-review', 'code', 'review'],
    ...['YAML', 'UTF-8', 'UTF-16', 'FIFO', 'float64', 'constructor', 'toString', '__proto__', 'gamma', 'd/dVAR', 'd/dx'],
  ].map((word) => word.toLowerCase()),
);

/**
 * The ASCII words of four letters or more a problem message keeps after what may stay as written
 * is taken out: quoted user input, `{...}` placeholders and shapes, paths and names, and the YAML
 * library's own message after the Chinese lead-in.
 */
function englishLeft(message: string): string[] {
  const rest = message
    .replace(/(YAML 语法错误：|YAML 别名展开过多（[^）]*）：).*$/u, '$1')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\S*[/\\]\S*|\S+\.(?:yaml|py)\b/g, ' ');
  return (rest.match(/[A-Za-z_][\w-]{3,}/g) ?? []).filter((word) => !AS_WRITTEN.has(word.toLowerCase()));
}

/** `file:line:col  id  path: message` → the message (after the field path, when there is one). */
function problemMessage(line: string): string {
  const [, , ...rest] = line.trim().split('  ');
  return rest.join('  ').replace(/^[\w.[\]]+: /, '');
}

async function validate(dirs: string[], lang: 'en' | 'zh', json = false) {
  const result = await runFocal(['questions', 'validate', ...dirs, '--lang', lang, ...(json ? ['--json'] : [])], { env });
  expect(result.code, result.stderr).toBe(1);
  return result.stdout;
}

/** The problem lines of `questions validate` output (its last line is the summary). */
const problemLines = (stdout: string) => stdout.trim().split('\n').slice(0, -1);

describe('questions validate --lang zh says every problem in Chinese', () => {
  const packs: [string, string[], string[]][] = [
    // folders, lines (or parts of lines) expected in Chinese
    [
      'broken-structure',
      [`${FIXTURES}/broken-structure`],
      [
        'bad-schema  difficulty: 必须是 1、2 或 3',
        'bad-schema  explanation: 需要两种语言：{ en: ..., zh: ... }',
        'bad-schema  tolerance: 只能给出 relative、absolute、sigfigs、decimals 中的一个',
        'bad-schema  wrongAnswer: 未知字段（你是不是想写 wrongAnswers？）',
        'bad-kind  kind: 未知题型 "essay"（可用题型：single, multiple, numeric, expression, derivation, free, code-review）',
        'bad-topic  topic: 未知主题 "nope"（pack.yaml 列出的主题：numbers）',
        'dup-id  id: 重复的 id：test/fixtures/packs/broken-structure/other.yaml:2 中也有',
        'single-two-correct  options: 单选题必须恰好有一个正确选项（现有 2 个）',
        'code-outside  bugs[0].line: 第 99 行超出了代码片段（共 7 行）',
        'code-missing-snippet  snippet: 找不到代码片段文件：test/fixtures/packs/broken-structure/snippets/missing.py',
        'missing-translations  options[0].why.en: 缺少 en 文本',
        'placeholder-unknown  prompt.en: 占位符 {q} 不是任何参数的名字（参数：p）',
        '-  questions[13].id: 必须填写',
        'missing-translations  prompt.zh: 没有 zh 文本：中文界面也会显示 en 文本（警告）',
      ],
    ],
    [
      'broken-answers',
      [`${FIXTURES}/broken-answers`],
      [
        'numeric-not-evaluating  answer: 无法计算：表达式意外结束',
        'numeric-wrong-answer-accepted  wrongAnswers[1]: 被判为正确；错误答案必须被判为错误',
        'numeric-param-not-finite  answer: 在 p = 1 时不是有限的数',
        'placeholder-not-finite  explanation.en: 占位符 {=log(p-0.5)} 在 p = 0.5 时不是有限值',
        'derivation-model-broken  model: 参考推导没有通过检查：第 2 行不能由上一步得到。',
        'numeric-param-wrong-answer-coincides  wrongAnswers[1]: 在 4 组参数中有 2 组被判为正确（例如 g = 1, p = 0.8）；错误答案必须被判为错误',
        'derivation-checkpoint-in-goal  requires.shows[0].expr: goal 本身已经体现了它',
        'derivation-model-short-of-requirements  requires: 参考推导没有满足这些要求：',
        'derivation-bad-requirement  requires.steps: 必须 ≥ 1',
      ],
    ],
    [
      'broken-yaml and no-manifest',
      [`${FIXTURES}/broken-yaml`, `${FIXTURES}/no-manifest`],
      ['syntax.yaml:5:1  -  YAML 语法错误：Missing closing "quote', 'unreadable.yaml  -  无法读取文件：它不是普通文件（是文件夹）', 'no-manifest/pack.yaml  -  无法读取文件：文件不存在'],
    ],
    [
      'a pack id used twice',
      [`${FIXTURES}/good`, `${FIXTURES}/duplicate-pack`],
      ['duplicate-pack/pack.yaml  -  id: 重复的题库 id "fixture-good"：test/fixtures/packs/good 也用了它'],
    ],
    [
      'more problems of names, shapes, files and patterns',
      [morePack],
      [
        'pack.yaml:1:5  -  id: 只能由小写字母、数字、"."、"_" 或 "-" 组成',
        'pack.yaml:5:16  -  topics.constructor: "constructor"是保留名字（constructor、toString、__proto__……）：请换一个',
        '-  questions[0]: 一道题是若干字段的映射（id、topic、kind……）',
        'no-kind  kind: 必须填写',
        'bad id!  id: id 只能使用字母、数字、"."、"_" 和 "-"',
        'bad id!  difficulty: 必须是 1、2 或 3',
        'bad id!  tags: 应为列表，实际是文本 "x"',
        'bad id!  prompt: 应为映射，实际是数 5',
        'bad id!  colour: 未知字段',
        'params-broken  params.p.max: max 0.1 小于 min 0.9',
        'params-broken  params.q.max: max 1 不在网格 0 + k·0.3 上',
        'bad id!  params.toString: "toString"是保留名字（constructor、toString、__proto__……）：请换一个',
        'free-bad-pattern  keyPoints[0].match.en[0]: 模式 "a*" 第 2 个字符处：不允许无上限的重复 "*"：请用 {0,n} 或 {1,n}，且 n ≤ 60',
        'free-bad-pattern  keyPoints[0].match.zh[0]: 模式 "^甲" 第 1 个字符处：不允许使用 "^"：要点可以出现在回答中的任何位置',
        'free-bad-pattern  keyPoints[1].match.en[0]: 模式 "x{3,2}" 第 2 个字符处：{3,2}：第二个数小于第一个',
        'too-many-options  options: 超过了 26 项',
        'too-few-options  options: 至少需要 2 项',
        'code-binary  decoys[0].line: 第 1 行既是错误又是干扰项',
        'code-binary  snippet: 代码片段 ',
        '在偏移 5 处含有 NUL 字节（二进制文件？）；题库文件应为 UTF-8 文本',
        '是 UTF-16 文本；请另存为 UTF-8',
        'list.yaml:1:1  -  题目文件只包含一个列表：`questions: [...]`',
        'proto.yaml:2:12  -  "__proto__" 是保留名字：请换一个',
        'latin1.yaml  -  无法读取文件：它不是有效的 UTF-8（第 2 行，字节偏移 19）；请另存为 UTF-8',
        'aliases.yaml:1:1  -  YAML 别名展开过多（超过 100 次别名引用）：',
      ],
    ],
  ];

  it.each(packs)('%s', async (_name, dirs, chinese) => {
    const [zh, en] = await Promise.all([validate(dirs, 'zh'), validate(dirs, 'en')]);
    for (const part of chinese) expect(zh).toContain(part);
    const zhLines = problemLines(zh);
    const enLines = problemLines(en);
    expect(zhLines.length).toBeGreaterThan(0);
    expect(zhLines).toHaveLength(enLines.length);
    zhLines.forEach((line, index) => {
      const message = problemMessage(line);
      // The same problem at the same place, said differently: no message is left as in English.
      expect(line.split('  ').slice(0, 2), line).toEqual(enLines[index]!.split('  ').slice(0, 2));
      expect(message, line).not.toBe(problemMessage(enLines[index]!.replace(/ \(warning\)$/, '')));
      expect(message, line).toMatch(/\p{Script=Han}/u);
      expect(englishLeft(message), line).toEqual([]);
    });
  });

  it('--json keeps its keys and says the messages in English, whatever --lang', async () => {
    const dirs = [`${FIXTURES}/broken-structure`, morePack];
    const [zh, en] = await Promise.all([validate(dirs, 'zh', true), validate(dirs, 'en', true)]);
    expect(zh).toBe(en);
    const document = JSON.parse(zh) as { problems: Record<string, unknown>[]; warnings: Record<string, unknown>[] };
    for (const problem of [...document.problems, ...document.warnings]) {
      expect(Object.keys(problem).every((key) => ['file', 'line', 'column', 'id', 'path', 'message'].includes(key))).toBe(true);
      expect(typeof problem.message).toBe('string');
    }
    expect(document.problems.map((problem) => problem.message)).toContain('must be 1, 2 or 3');
    expect(document.warnings.map((warning) => warning.message)).toEqual(['no zh text: the en text is shown in Chinese too']);
  });
});

describe('a broken pack refused by another command, and a broken export, in Chinese', () => {
  it('drill --pack lists the first problems of the pack in Chinese (exit 2)', async () => {
    const result = await runFocal(['drill', '--plain', '--pack', `${FIXTURES}/broken-structure`, '--lang', 'zh'], { env });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('focal: 题库有 19 个问题：');
    expect(lines).toContain('  test/fixtures/packs/broken-structure/questions.yaml:5:17  bad-schema  difficulty: 必须是 1、2 或 3');
    expect(lines.at(-1)).toBe('  ……还有 14 个（运行 "focal questions validate" 查看全部）');
    for (const line of lines.slice(1, -1)) expect(englishLeft(problemMessage(line)), line).toEqual([]);
  });

  it('the same under --lang en is unchanged', async () => {
    const result = await runFocal(['drill', '--plain', '--pack', `${FIXTURES}/broken-structure`, '--lang', 'en'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('focal: the question packs have 19 problems:\n');
    expect(result.stderr).toContain('  test/fixtures/packs/broken-structure/questions.yaml:5:17  bad-schema  difficulty: must be 1, 2 or 3\n');
  });

  it('import names the field of an export that is not what it should be', async () => {
    const file = join(home, 'broken-export.json');
    writeFileSync(file, JSON.stringify({ format: 'focal-drill-progress', version: 1, sessions: 'x', attempts: [], cards: [], reviewLogs: [] }));
    const db = join(home, 'import.db');
    const zh = await runFocal(['import', file, '--db', db, '--lang', 'zh'], { env });
    expect(zh).toMatchObject({ code: 2, stderr: `focal: ${file} sessions: 应为列表，实际是文本 "x"\n` });
    const en = await runFocal(['import', file, '--db', db, '--lang', 'en'], { env });
    expect(en).toMatchObject({ code: 2, stderr: `focal: ${file} sessions: expected a list, got text "x"\n` });
    const badId = join(home, 'bad-id-export.json');
    const session = { id: 'a b', startedAt: Date.UTC(2026, 0, 1), endedAt: null, mode: 'mixed', seed: null, options: {} };
    writeFileSync(badId, JSON.stringify({ format: 'focal-drill-progress', version: 1, sessions: [session], attempts: [], cards: [], reviewLogs: [] }));
    const idZh = await runFocal(['import', badId, '--db', db, '--lang', 'zh'], { env });
    expect(idZh).toMatchObject({ code: 2, stderr: `focal: ${badId} sessions[0].id: 应为 id：1 到 128 个字母、数字、_ . : 或 -\n` });
  });
});
