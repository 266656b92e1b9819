import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

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
  return seen;
}

describe('plain loading stays light', () => {
  it('the import walker sees static imports (load.ts parses YAML; instantiate.ts evaluates)', () => {
    expect(staticImports(resolve(SRC, 'core/bank/load.ts'))).toContain('yaml');
    expect([...staticImports(resolve(SRC, 'core/bank/instantiate.ts'))].some((name) => name.endsWith('/core/math/index.ts'))).toBe(true);
  });

  it.each(['core/bank/bank.ts', 'core/bank/load.ts', 'core/bank/instance.ts', 'cli/commands/questions.ts', 'cli/commands/check.ts'])(
    '%s does not load the expression evaluator (mathjs) statically',
    (entry) => {
      const modules = [...staticImports(resolve(SRC, entry))];
      expect(modules.filter((name) => name === 'mathjs' || name.includes('/core/math/') || name.includes('/core/grading/'))).toEqual([]);
      expect(modules).not.toContain('zod');
    },
  );

  it('the CLI command modules load neither the YAML parser nor the schema until a handler runs', () => {
    const modules = [...staticImports(resolve(SRC, 'cli/commands/questions.ts')), ...staticImports(resolve(SRC, 'cli/commands/check.ts'))];
    expect(modules.filter((name) => name === 'yaml' || name.startsWith('zod'))).toEqual([]);
  });
});
