import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds/index.js';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

const REGISTRY = resolve(SRC, 'core/kinds/index.ts');
const SPECS = resolve(SRC, 'core/kinds/specs.ts');

/** The kinds' modules: the registry names each with `import('./<kind>.js')`, and specs.ts loads them all as it loads. */
function kindModules(): string[] {
  return [...readFileSync(REGISTRY, 'utf8').matchAll(/import\('(\.\/[\w-]+)\.js'\)/g)].map((match) => resolve(dirname(REGISTRY), `${match[1]}.ts`));
}

/** Every module `file` loads through static imports (not `await import(...)`), with packages as bare names. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)';/gms)) {
    const target = match[1]!;
    if (target.startsWith('.')) staticImports(resolve(dirname(file), target.replace(/\.js$/, '.ts')), seen);
    else seen.add(target);
  }
  if (file === SPECS) for (const kind of kindModules()) staticImports(kind, seen);
  return seen;
}

describe('plain loading stays light', () => {
  it('the import walker sees static imports (load.ts parses YAML; instantiate.ts evaluates)', () => {
    expect(staticImports(resolve(SRC, 'core/bank/load.ts'))).toContain('yaml');
    expect([...staticImports(resolve(SRC, 'core/bank/instantiate.ts'))].some((name) => name.endsWith('/core/math/index.ts'))).toBe(true);
  });

  it.each(['core/bank/bank.ts', 'core/bank/load.ts', 'core/bank/instance.ts', 'core/kinds/specs.ts', 'cli/commands/questions.ts', 'cli/commands/check.ts'])(
    '%s does not load the expression evaluator (mathjs) statically',
    (entry) => {
      const modules = [...staticImports(resolve(SRC, entry))];
      expect(modules.filter((name) => name === 'mathjs' || name === 'decimal.js' || name.includes('/core/math/') || name.endsWith('/grading/evaluator.ts'))).toEqual([]);
    },
  );

  it('the pack loader does load every kind\'s module and the schema (the walker follows them)', () => {
    const modules = [...staticImports(resolve(SRC, 'core/bank/load.ts'))];
    expect(modules).toContain('zod/mini');
    expect(kindModules()).toHaveLength(KINDS.length);
    for (const kind of kindModules()) expect(modules).toContain(kind);
  });

  it.each(['core/kinds/index.ts', 'core/words/index.ts'])('%s (read by every command) loads no kind module and no schema: a kind\'s module is loaded with the specs', (entry) => {
    const modules = [...staticImports(resolve(SRC, entry))];
    expect(modules.filter((name) => name.startsWith('zod') || name === 'yaml' || name.endsWith('/bank/schema.ts'))).toEqual([]);
    expect(modules.filter((name) => /\/core\/kinds\/(?!index\.ts$|spec\.ts$)[\w-]+\.ts$/.test(name))).toEqual([]);
  });

  it('the CLI command modules load neither the YAML parser nor the schema until a handler runs', () => {
    const modules = [...staticImports(resolve(SRC, 'cli/commands/questions.ts')), ...staticImports(resolve(SRC, 'cli/commands/check.ts'))];
    expect(modules.filter((name) => name === 'yaml' || name.startsWith('zod'))).toEqual([]);
  });
});
