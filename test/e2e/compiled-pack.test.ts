// The bundled pack ships compiled (dist/packs/): a first run after installing parses no YAML
// and writes nothing to the cache for it, and an edited bundled pack is read from its YAML.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../unit/bank/fixtures.js';
import { HERMETIC_DEFAULTS, privateHome, runFocal } from '../helpers/run-focal.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { home, env } = privateHome('focal-compiled-');
const cacheDir = env.FOCAL_CACHE_DIR!;
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the bundled pack compiled at build time', () => {
  it('is in the build', () => {
    expect(existsSync(join(ROOT, 'dist', 'packs', 'focal-loss.json'))).toBe(true);
  });

  it('serves a first run with an empty cache: the questions are there and nothing is cached for them', async () => {
    const listed = await runFocal(['questions', 'list', '--json'], { env });
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBeGreaterThanOrEqual(130);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
    // An extra pack is still parsed once and cached.
    const extra = await runFocal(['questions', 'list', '--pack', fixturePack('good')], { env });
    expect(extra.code).toBe(0);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('pack-'))).toHaveLength(1);
  });

  it('gives way to the YAML when a bundled question file has been edited', () => {
    const copy = mkdtempSync(join(tmpdir(), 'focal-package-'));
    copies.push(copy);
    for (const part of ['bin', 'dist', 'questions', 'db', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const file = join(copy, 'questions', 'focal-loss', 'definitions.yaml');
    const text = readFileSync(file, 'utf8');
    const id = /^ {2}- id: (\S+)/m.exec(text)![1]!;
    const show = () =>
      spawnSync(process.execPath, [join(copy, 'bin', 'focal.js'), 'questions', 'show', id, '--json'], {
        env: { ...process.env, ...HERMETIC_DEFAULTS, ...env, HOME: home, FOCAL_CACHE_DIR: join(copy, 'cache') },
        encoding: 'utf8',
      });
    const before = show();
    expect(before.status, before.stderr).toBe(0);
    writeFileSync(file, text.replace(/^ {2}- id: (\S+)\n/m, (line) => `${line}    # edited\n`).replace(/(prompt:\s*\n?\s*en: ?)/, '$1EDITED '));
    const after = show();
    expect(after.status, after.stderr).toBe(0);
    expect(after.stdout).toContain('EDITED');
    expect(before.stdout).not.toContain('EDITED');
  });
});
