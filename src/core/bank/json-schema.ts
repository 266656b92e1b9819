import * as z from 'zod/mini';
import { KIND_SPECS } from '../kinds/specs.js';
import { packSchema } from './schema.js';

// The pack format as JSON Schema, generated from the zod schemas the loader validates with,
// so editors (yaml-language-server) complete and check what `focal questions validate` does.
// Checks JSON Schema cannot say (reserved names, answer keys that must evaluate) stay in
// `focal questions validate`. Written to schema/ by `npm run schema`.

const questionFile = z.strictObject({
  questions: z.array(z.union(Object.values(KIND_SPECS).map((spec) => spec.schema))),
});

function generate(schema: z.core.$ZodType, title: string, id: string): Record<string, unknown> {
  // `input`: the shape as written in YAML, before defaults and transforms.
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, ...rest };
}

/** The schema files, by file name. */
export function packJsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    'pack.schema.json': generate(packSchema, 'focal-drill pack manifest (pack.yaml)', 'https://focal-drill.invalid/schema/pack.schema.json'),
    'questions.schema.json': generate(questionFile, 'focal-drill question file', 'https://focal-drill.invalid/schema/questions.schema.json'),
  };
}
