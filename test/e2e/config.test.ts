import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { privateHome, runFocal } from '../helpers/run-focal.js';

// The config file ($XDG_CONFIG_HOME/focal-drill/config.json or .toml) sets defaults;
// FOCAL_* variables override it, and flags override both.

const { home, env: homeEnv } = privateHome('focal-config-');
const configDir = join(home, 'config', 'focal-drill');
const goodPack = fileURLToPath(new URL('../fixtures/packs/good', import.meta.url));
const env = {
  ...homeEnv,
  FOCAL_LANG: undefined,
  FOCAL_COUNT: undefined,
  FOCAL_MODE: undefined,
  FOCAL_PACKS: undefined,
  LANG: 'C.UTF-8',
  LC_ALL: undefined,
  LC_MESSAGES: undefined,
};
beforeEach(() => rmSync(configDir, { recursive: true, force: true }));

function writeConfig(text: string, name = 'config.json'): string {
  mkdirSync(configDir, { recursive: true });
  writeFileSync(join(configDir, name), text);
  return join(configDir, name);
}

const skipAll = ':skip\n:skip\n:skip\n:skip\n:skip\n';
const drilled = (stdout: string) => [...stdout.matchAll(/^(\d+)\/(\d+) · /gm)].map((match) => `${match[1]}/${match[2]}`);

describe('config file', () => {
  it('sets language, count and extra packs', async () => {
    writeConfig(JSON.stringify({ lang: 'zh', count: 2, packs: [goodPack] }));
    const list = await runFocal(['questions', 'list', '--topic', 'theory'], { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('fx-'); // the extra pack's questions
    expect(list.stdout).toMatch(/共 \d+ 题/);
    const drill = await runFocal(['drill', '--plain', '--seed', '3'], { env, input: skipAll });
    expect(drilled(drill.stdout)).toEqual(['1/2', '2/2']);
  });

  it('FOCAL_* variables override the file, and flags override both', async () => {
    writeConfig(JSON.stringify({ lang: 'zh', count: 2 }));
    const envLang = await runFocal(['questions', 'list', '--topic', 'numbers'], { env: { ...env, FOCAL_LANG: 'en' } });
    expect(envLang.stdout).toMatch(/\d+ questions in 1 topic/);
    const flagLang = await runFocal(['questions', 'list', '--topic', 'numbers', '--lang', 'zh'], { env: { ...env, FOCAL_LANG: 'en' } });
    expect(flagLang.stdout).toMatch(/共 \d+ 题/);
    const envCount = await runFocal(['drill', '--plain'], { env: { ...env, FOCAL_COUNT: '3' }, input: skipAll });
    expect(drilled(envCount.stdout)).toEqual(['1/3', '2/3', '3/3']);
    const flagCount = await runFocal(['drill', '--plain', '--count', '1'], { env: { ...env, FOCAL_COUNT: '3' }, input: skipAll });
    expect(drilled(flagCount.stdout)).toEqual(['1/1']);
  });

  it('shows the configured defaults in --help', async () => {
    writeConfig(JSON.stringify({ count: 7, mode: 'weak' }));
    const help = await runFocal(['drill', '--help'], { env });
    expect(help.stdout).toMatch(/\[default: 7\]/);
    expect(help.stdout).toMatch(/\[default: "weak"\]/);
  });

  it.each([
    ['{"count": "3"}', /config\.json count: must be a whole number ≥ 1, not "3"/],
    ['{"lang": "fr"}', /config\.json lang: must be "en" or "zh", not "fr"/],
    ['{"mode": "hard"}', /config\.json mode: must be one of mixed, due, weak, new/],
    ['{"packs": "dir"}', /config\.json packs: must be a list of pack folders/],
    ['{"cuont": 3}', /config\.json cuont: unknown setting; did you mean "count"\?/],
    ['{\n  "count": 3,\n}', /config\.json:3:1: not valid JSON/],
    ['[1]', /config\.json: a config file holds one JSON object/],
  ])('an invalid file %j is exit 2 naming the file and the field', async (text, message) => {
    const file = writeConfig(text);
    const result = await runFocal(['stats'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(message);
  });

  it('an invalid FOCAL_* variable is exit 2 naming it; --help still works with a broken config', async () => {
    const result = await runFocal(['stats'], { env: { ...env, FOCAL_COUNT: 'x' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FOCAL_COUNT: must be a whole number ≥ 1, not "x"');
    writeConfig('{');
    const help = await runFocal(['--help'], { env });
    expect(help.code).toBe(0);
  });
});

describe('config.toml', () => {
  it('is read when there is no config.json', async () => {
    writeConfig('lang = "zh"\ncount = 1\n', 'config.toml');
    const drill = await runFocal(['drill', '--plain'], { env, input: skipAll });
    expect(drilled(drill.stdout)).toEqual(['1/1']);
    expect(drill.stdout).toContain('难度');
  });

  it('a TOML error names the file, line and column', async () => {
    const file = writeConfig('lang = "zh"\ncount = [\n', 'config.toml');
    const result = await runFocal(['stats'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:3:1: not valid TOML`);
  });

  it('checks TOML values as JSON ones', async () => {
    const file = writeConfig('count = 2.5\n', 'config.toml');
    const result = await runFocal(['stats'], { env });
    expect(result.stderr.trim()).toBe(`focal: ${file} count: must be a whole number ≥ 1, not 2.5`);
  });
});
