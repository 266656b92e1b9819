import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PtyFocal } from '../helpers/pty.js';

// A closed terminal (SIGHUP) or `kill` (SIGTERM) ends the Ink drill as Ctrl-C and line mode do:
// the session is ended in the database, its summary printed, and the status is 0. The mock
// interview ends the same way, with its report.

const dir = mkdtempSync(join(tmpdir(), 'focal-tui-signals-'));
const running: PtyFocal[] = [];
afterEach(() => {
  for (const focal of running.splice(0)) focal.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Ink drill ended by a signal', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s: summary printed, session ended in the database, status 0', async (signal) => {
    const db = join(dir, `${signal}.db`);
    const focal = new PtyFocal(['--question', 'numbers-ratio-pt0968', '--db', db], { env: { NO_COLOR: '1' } });
    running.push(focal);
    await focal.waitFor('pₜ');
    await focal.press(...'1-1/sqrt(1000)', '\r');
    await focal.waitFor('✓ Correct');
    focal.pty.kill(signal);
    const { exitCode } = await focal.exit();
    expect(exitCode).toBe(0);
    expect(focal.text()).toContain('Session summary');
    // A separate connection: what the drill left in the file.
    const sqlite = new Sqlite(db, { readonly: true });
    try {
      const sessions = sqlite.prepare('SELECT ended_at FROM sessions').all() as { ended_at: number | null }[];
      expect(sessions).toHaveLength(1);
      expect(sessions[0]!.ended_at).not.toBeNull();
      expect(sqlite.prepare('SELECT verdict FROM attempts').all()).toEqual([{ verdict: 'correct' }]);
    } finally {
      sqlite.close();
    }
  });
});

describe('the Ink interview ended by a signal', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s: report printed, interview ended in the database, status 0', async (signal) => {
    const db = join(dir, `interview-${signal}.db`);
    const focal = new PtyFocal(['interview', '--seed', '3', '--db', db], { env: { NO_COLOR: '1' } });
    running.push(focal);
    // The first question (seed 3): the summed cross entropy of the easy negatives, 201.0067.
    await focal.waitFor('answer ›');
    await focal.press(...'201', '\r');
    await focal.waitFor('✓ Correct');
    focal.pty.kill(signal);
    const { exitCode } = await focal.exit();
    expect(exitCode).toBe(0);
    const text = focal.text();
    expect(text).toContain('Interview report');
    expect(text).toMatch(/score 1\/8 · \d:\d\d of 20:00/);
    expect(text).toMatch(/definition +\(not reached\)/);
    const sqlite = new Sqlite(db, { readonly: true });
    try {
      const sessions = sqlite.prepare('SELECT options, ended_at FROM sessions').all() as { options: string; ended_at: number | null }[];
      expect(sessions).toHaveLength(1);
      expect(sessions[0]!.ended_at).not.toBeNull();
      expect(JSON.parse(sessions[0]!.options)).toMatchObject({ minutes: 20, report: { score: 1, maxScore: 8 } });
      expect(sqlite.prepare('SELECT verdict FROM attempts').all()).toEqual([{ verdict: 'correct' }]);
    } finally {
      sqlite.close();
    }
  });
});
