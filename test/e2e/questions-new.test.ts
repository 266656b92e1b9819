import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/bank/types.js';
import { privateHome, runFocal } from '../helpers/run-focal.js';

const { home, env } = privateHome('focal-questions-new-');
const schemaFile = fileURLToPath(new URL('../../schema/questions.schema.json', import.meta.url));

describe('focal questions new', () => {
  it('writes a skeleton of every kind that validates, with the pack and snippet it needs', async () => {
    const pack = join(home, 'my-pack');
    for (const kind of KINDS) {
      const result = await runFocal(['questions', 'new', '--kind', kind, '--topic', 'basics', '--pack', pack], { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`basics-new-${kind}.yaml`);
    }
    const validate = await runFocal(['questions', 'validate', pack], { env });
    expect(validate.stdout).toBe(`${KINDS.length} questions in 1 pack: valid\n`);
    expect(validate.code).toBe(0);
    // Each skeleton is commented, and valid for the published JSON Schema too.
    const check = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    for (const kind of KINDS) {
      const text = readFileSync(join(pack, `basics-new-${kind}.yaml`), 'utf8');
      expect(text).toMatch(/# stable: progress is keyed on it/);
      expect(check(parse(text)), `${kind}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  }, 120_000);

  it('adds a new topic to an existing pack.yaml, keeping its comments, and never overwrites', async () => {
    const pack = join(home, 'existing');
    mkdirSync(pack);
    writeFileSync(join(pack, 'pack.yaml'), '# my notes\nid: existing\ntitle: { en: Mine, zh: 我的 }\ntopics:\n  old: { en: old, zh: 旧 }\n');
    for (let i = 0; i < 2; i++) await runFocal(['questions', 'new', '--kind', 'numeric', '--topic', 'fresh', '--pack', pack], { env });
    const manifest = readFileSync(join(pack, 'pack.yaml'), 'utf8');
    expect(manifest).toContain('# my notes');
    expect(parse(manifest).topics).toEqual({ old: { en: 'old', zh: '旧' }, fresh: { en: 'fresh', zh: 'fresh' } });
    const validate = await runFocal(['questions', 'validate', pack], { env });
    expect(validate.stdout).toBe('2 questions in 1 pack: valid\n');
    expect(readFileSync(join(pack, 'fresh-new-numeric-2.yaml'), 'utf8')).toContain('id: fresh-new-numeric-2');
  });

  it('prints the skeleton without --pack; a bad kind or topic is exit 2', async () => {
    const printed = await runFocal(['questions', 'new', '--kind', 'expression', '--topic', 'basics'], { env });
    expect(printed.code).toBe(0);
    expect(parse(printed.stdout).questions[0]).toMatchObject({ id: 'basics-new-expression', kind: 'expression', topic: 'basics' });
    const kind = await runFocal(['questions', 'new', '--kind', 'essay', '--topic', 'basics'], { env });
    expect(kind.code).toBe(2);
    const topic = await runFocal(['questions', 'new', '--kind', 'free', '--topic', 'Bad Topic'], { env });
    expect(topic.code).toBe(2);
    expect(topic.stderr).toContain('--topic must be a lower-case slug');
  });
});

describe('an English-only pack', () => {
  it('validates with a warning per text without zh, and shows the en text in Chinese', async () => {
    const pack = join(home, 'english-only');
    mkdirSync(pack);
    writeFileSync(join(pack, 'pack.yaml'), 'id: english-only\ntitle: { en: Mine }\ntopics:\n  basics: { en: Basics }\n');
    writeFileSync(
      join(pack, 'q.yaml'),
      [
        'questions:',
        '  - id: eo-ce',
        '    topic: basics',
        '    kind: numeric',
        '    difficulty: 1',
        '    source: paper §3',
        '    prompt: { en: Cross entropy at pt = 0.9? }',
        '    explanation: { en: −ln 0.9 ≈ 0.105. }',
        '    answer: -log(0.9)',
        '    tolerance: { relative: 0.01 }',
        '',
      ].join('\n'),
    );
    const validate = await runFocal(['questions', 'validate', pack], { env });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/q\.yaml:7:\d+ {2}eo-ce {2}prompt\.zh: no zh text: the en text is shown in Chinese too \(warning\)/);
    expect(validate.stdout.trim().split('\n').at(-1)).toBe('1 question in 1 pack: valid (4 warnings)');
    const show = await runFocal(['questions', 'show', 'eo-ce', '--pack', pack, '--lang', 'zh'], { env });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Cross entropy at pt = 0.9?');
  });
});
