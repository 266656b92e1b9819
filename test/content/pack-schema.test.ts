import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packJsonSchemas } from '../../src/core/bank/json-schema.js';

// The published JSON Schema (schema/) is the validator's own zod schema, and an independent
// JSON Schema validator (ajv) accepts the bundled deck with it and rejects broken packs.

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemaDir = join(root, 'schema');
const published = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as Record<string, unknown>;

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return { pack: ajv.compile(published('pack.schema.json')), questions: ajv.compile(published('questions.schema.json')) };
}

const yamlFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => join(dir, name));

describe('the pack JSON Schema', () => {
  it('is what the zod schemas generate now (run "npm run schema" after changing them)', () => {
    for (const [name, schema] of Object.entries(packJsonSchemas())) expect(published(name), name).toEqual(schema);
  });

  it('is shipped in the package', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema/');
  });

  it('validates every bundled pack file, each of which names its schema for editors', () => {
    const { pack, questions } = validators();
    const questionsDir = join(root, 'questions');
    const packs = readdirSync(questionsDir).map((name) => join(questionsDir, name));
    expect(packs.length).toBeGreaterThan(0);
    for (const dir of packs) {
      for (const file of yamlFiles(dir)) {
        const text = readFileSync(file, 'utf8');
        const manifest = file.endsWith('pack.yaml');
        expect(text.split('\n')[0], file).toBe(`# yaml-language-server: $schema=../../schema/${manifest ? 'pack' : 'questions'}.schema.json`);
        const validate = manifest ? pack : questions;
        const ok = validate(parse(text));
        expect(ok ? [] : validate.errors?.slice(0, 3), file).toEqual([]);
      }
    }
  });

  it('rejects what the loader rejects: an unknown field, an unknown kind, one text where both languages belong, a bad difficulty', () => {
    const { questions } = validators();
    const good = parse(readFileSync(join(root, 'test/fixtures/packs/good/questions.yaml'), 'utf8')) as { questions: Record<string, unknown>[] };
    expect(questions(good)).toBe(true);
    const first = good.questions[0]!;
    expect(questions({ questions: [{ ...first, wrongAnswer: ['x'] }] })).toBe(false);
    expect(questions({ questions: [{ ...first, kind: 'essay' }] })).toBe(false);
    expect(questions({ questions: [{ ...first, prompt: 'text only' }] })).toBe(false);
    expect(questions({ questions: [{ ...first, difficulty: 4 }] })).toBe(false);
  });
});

describe('the bundled deck', () => {
  it('has every text in both languages (a missing zh would only be a warning for other packs)', async () => {
    const [{ loadPacks }, { bundledPackDirs }] = await Promise.all([import('../../src/core/bank/load.js'), import('../../src/core/bank/bundled.js')]);
    expect(loadPacks(bundledPackDirs()).warnings).toEqual([]);
  });
});
