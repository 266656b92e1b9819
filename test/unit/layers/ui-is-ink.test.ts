// src/ui holds only the Ink interface: plain text that the CLI and the views share lives in
// src/text. A test rather than a lint rule: eslint's import rules can forbid an import, not
// require one, and this also checks who imports the exceptions (across layers).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const UI = join(SRC, 'ui');

/**
 * The files of src/ui that import neither Ink nor React: hooks and state that only the Ink
 * views use, each for a reason. A new file here is either Ink, or one of these, or plain
 * text that belongs in src/text.
 */
const INK_SUPPORT: Record<string, string> = {
  'theme.ts': 'Ink colour names for the views’ color props',
  'keys/keymap.ts': 'the key table the views, the footer and the key help read',
  'keys/use-commands.ts': 'a hook (over key-router.tsx)',
  'editing/line-editor.ts': 'the state of a text field',
  'editing/steps-editor.ts': 'the state of the derivation editor',
  'kinds/kind-input-props.ts': 'the props of every kind’s input view',
  'kinds/formula/math-previewer.ts': 'the live preview, loaded by the Ink drill after its first frame',
  'kinds/choice/choice-state.ts': 'a view’s reducer',
  'kinds/code-review/code-review-state.ts': 'a view’s reducer',
  'kinds/free/free-state.ts': 'a view’s reducer',
  'drill/drill-state.ts': 'the drill screen’s reducer',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What a module imports, statically or with `import(...)`: package names, and our files resolved to their paths. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => (match[1] ?? match[2])!);
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return specifier;
    const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
    return [`${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(candidate)) ?? base;
  });
}

/** JSX in a .tsx file imports React too: the build's automatic runtime (react/jsx-runtime). */
const writesJsx = (file: string) => file.endsWith('.tsx') && /<[A-Z]\w*[\s/>]/.test(readFileSync(file, 'utf8'));
const importsInk = (file: string) => writesJsx(file) || importsOf(file).some((target) => /^(ink|react)(\/|$)|^ink-/.test(target));

describe('src/ui is Ink only', () => {
  const uiFiles = filesUnder(UI);
  const plain = uiFiles.filter((file) => !importsInk(file)).map((file) => relative(UI, file));

  it('the check sees imports: the drill screen imports Ink, the plain loss plot does not', () => {
    expect(importsInk(join(UI, 'drill/run-ink-drill.tsx'))).toBe(true);
    expect(importsInk(join(SRC, 'text/loss-plot.ts'))).toBe(false);
    // Its only import of React is the JSX runtime the build adds.
    expect(importsInk(join(UI, 'review/run-review.tsx'))).toBe(true);
    expect(importsOf(join(SRC, 'cli/run-drill.ts'))).toContain(join(UI, 'drill/run-ink-drill.tsx'));
  });

  it('every file imports Ink or React, except the hooks and state of the Ink views', () => {
    expect(plain.filter((file) => !(file in INK_SUPPORT))).toEqual([]);
    // The list stays true: each exception exists and imports no Ink.
    for (const file of Object.keys(INK_SUPPORT)) expect(plain).toContain(file);
  });

  it('nothing outside src/ui uses those hooks and state (plain text the CLI needs lives in src/text)', () => {
    const outside = filesUnder(SRC).filter((file) => !file.startsWith(UI + '/'));
    const used = outside.flatMap((file) => importsOf(file).filter((target) => target.startsWith(UI + '/')).map((target) => `${relative(SRC, file)} → ${relative(UI, target)}`));
    expect(used.filter((use) => plain.some((file) => use.endsWith(`→ ${file}`)))).toEqual([]);
    // The CLI reaches src/ui only to start an Ink screen.
    expect(used.filter((use) => !/→ [\w/-]+\/run-[\w-]+\.tsx$/.test(use))).toEqual([]);
  });
});
