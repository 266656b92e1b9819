import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'focal-install-'));
const prefix = join(work, 'prefix');
const elsewhere = mkdtempSync(join(tmpdir(), 'focal-elsewhere-'));
const focal = join(prefix, 'bin', 'focal');

function runInstalled(args: string[]) {
  return spawnSync(focal, args, {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FOCAL_DB: join(work, 'progress.db'), FOCAL_CACHE_DIR: join(work, 'cache') },
  });
}

// Packs the project as npm would publish it and installs that tarball globally under a
// temporary prefix: what a user gets, with no access to the checkout. `npm test` has
// built dist/ already, so packing skips the prepack build (other tests read dist/).
describe('installed from the npm tarball', () => {
  beforeAll(() => {
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: root, stdio: 'ignore' });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    execFileSync(
      'npm',
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)],
      { cwd: work, stdio: 'ignore' },
    );
  }, 600_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('gives a `focal` command that runs from any folder', () => {
    const version = runInstalled(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);

    const value = runInstalled(['eval', '1/(1-0.968)^2']);
    expect(value.status).toBe(0);
    expect(Number(value.stdout.trim())).toBeCloseTo(976.5625, 6);
  });

  it('finds its bundled questions and database migrations', () => {
    const list = runInstalled(['questions', 'list', '--json']);
    expect(list.status).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBeGreaterThanOrEqual(70);
    // They come compiled in the package: the first run parses no YAML and caches nothing.
    expect(existsSync(join(work, 'cache')) ? readdirSync(join(work, 'cache')) : []).toEqual([]);

    const answer = runInstalled(['check', 'numbers-ratio-pt0968', '1-1/sqrt(1000)', '--record']);
    expect(answer.status).toBe(0);
    const stats = runInstalled(['stats', '--json']);
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ attempts: 1, correct: 1 });
  });

  it('prints a shell completion script', () => {
    const completion = runInstalled(['completion']);
    expect(completion.status).toBe(0);
    expect(completion.stdout).toContain('focal --get-yargs-completions');
  });
});
