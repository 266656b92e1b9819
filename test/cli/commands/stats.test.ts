import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/cli/commands/check.js';
import { runStats } from '../../../src/cli/commands/stats.js';
import { runInProcess } from '../../helpers/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'focal-stats-in-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('focal stats, in-process', () => {
  it('counts the attempts `check --record` stored in the database, as the database itself does', async () => {
    const db = join(dir, 'progress.db');
    const answers = ['1-1/sqrt(1000)', '1/(1-0.968)^2'];
    for (const answer of answers) {
      const recorded = await runInProcess(check, { id: 'numbers-ratio-pt0968', answer, record: true, db, _: ['check'] });
      expect(recorded.code).toBe(answer === answers[0] ? 0 : 1);
    }
    const run = await runInProcess(runStats, { db, json: true });
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout) as { attempts: number; correct: number };
    const reader = new Database(db, { readonly: true });
    const counts = reader.prepare("SELECT COUNT(*) AS attempts, SUM(verdict = 'correct') AS correct FROM attempts").get() as { attempts: number; correct: number };
    reader.close();
    expect(counts).toEqual({ attempts: 2, correct: 1 });
    expect({ attempts: stats.attempts, correct: stats.correct }).toEqual(counts);
  });

  it('a database path that is a folder is one line naming it, exit 2, not a stack', async () => {
    const run = await runInProcess(runStats, { db: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(dir);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
