// Every test file runs with a private home: spawned CLIs and in-process code that fall back to
// ~/.local/share, ~/.cache or ~/.config write into a temporary folder, never the real home.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const home = mkdtempSync(join(tmpdir(), 'focal-test-home-'));
process.env.HOME = home;
process.env.XDG_DATA_HOME = join(home, '.local', 'share');
process.env.XDG_CACHE_HOME = join(home, '.cache');
process.env.XDG_CONFIG_HOME = join(home, '.config');
delete process.env.FOCAL_DB;
delete process.env.FOCAL_CACHE_DIR;

afterAll(() => rmSync(home, { recursive: true, force: true }));
