import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The built CLI entry (tests run after `npm run build`). */
export const FOCAL_BIN = fileURLToPath(new URL('../../bin/focal.js', import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The user's own config file and FOCAL_* defaults never reach a test unless it sets them. */
export const HERMETIC_DEFAULTS: Record<string, string | undefined> = {
  XDG_CONFIG_HOME: join(tmpdir(), 'focal-test-no-config'),
  FOCAL_LANG: undefined,
  FOCAL_COUNT: undefined,
  FOCAL_MODE: undefined,
  FOCAL_PACKS: undefined,
};

/**
 * A temporary home for one test file, removed after its tests: `env` points HOME, the config and
 * data folders and the pack cache into it, and leaves FOCAL_DB unset (the database is then
 * the one under the private data folder).
 */
export function privateHome(prefix: string): { home: string; env: Record<string, string | undefined> } {
  const home = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  return {
    home,
    env: {
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      FOCAL_CACHE_DIR: join(home, 'cache'),
      FOCAL_DB: undefined,
    },
  };
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

/** Spawns the real `focal` with node, feeds stdin, and collects everything it prints. */
export function runFocal(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FOCAL_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...HERMETIC_DEFAULTS, NO_COLOR: '1', FOCAL_DEBUG: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
