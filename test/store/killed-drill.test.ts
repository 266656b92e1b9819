import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { InteractiveFocal } from '../helpers/interactive-focal.js';
import { tempDir } from './temp-db.js';

const VERDICT_END = '\nsource: ';

describe('a drill process killed mid-session', () => {
  it.each([1, 3])('keeps exactly the %i answers whose verdicts were shown (SIGKILL)', async (answered) => {
    const db = join(tempDir(), 'progress.db');
    const focal = new InteractiveFocal(['drill', '--plain', '--db', db, '--kind', 'single', '--count', '6', '--seed', '5']);
    for (let i = 1; i <= answered; i++) {
      await focal.waitFor('answer> ', i);
      focal.send(i % 2 === 0 ? 'a' : 'b');
      await focal.waitFor(VERDICT_END, i);
    }
    // Killed while the next question waits for its answer: that answer is all it may lose.
    await focal.waitFor('answer> ', answered + 1);
    focal.child.kill('SIGKILL');
    expect(await focal.exit()).toMatchObject({ signal: 'SIGKILL' });

    const sqlite = new Sqlite(db, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(answered);
    expect(sqlite.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(answered);
    expect(sqlite.prepare('SELECT sum(reps) FROM cards').pluck().get()).toBe(answered);
    expect(sqlite.prepare('SELECT count(*) FROM sessions WHERE ended_at IS NULL').pluck().get()).toBe(1);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
