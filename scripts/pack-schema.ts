// `npm run schema`: writes schema/*.schema.json from the pack format's zod schemas.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemas } from '../src/core/bank/json-schema.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const [name, schema] of Object.entries(packJsonSchemas())) {
  writeFileSync(`${dir}${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}`);
}
