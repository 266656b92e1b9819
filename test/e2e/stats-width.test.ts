// `focal stats` fits its tables to the terminal: at 60 columns nothing wraps mid-word and no
// mastery bar is split; without a terminal the width is 80.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PtyFocal } from '../helpers/pty.js';
import { runFocal } from '../helpers/run-focal.js';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-stats-width-'));
  db = join(dir, 'progress.db');
  // A history over several topics: ten answers in line mode.
  const drill = await runFocal(['drill', '--db', db, '--kind', 'single', '--count', '10', '--seed', '2'], { input: 'a\n'.repeat(10) });
  expect(drill.code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every line fits, and each mastery bar is whole (10 cells or narrowed, never cut by a line end). */
function expectFits(text: string, width: number) {
  const lines = text.split(/\r?\n/);
  for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  const bars = lines.filter((line) => /[█░]/.test(line));
  expect(bars.length).toBeGreaterThan(2);
  for (const line of bars) expect(line, line).toMatch(/ [█░]{4,10} -?\d\.\d\d/);
}

describe('focal stats width', () => {
  it('at 60 columns in a terminal: every line fits and every bar is whole', async () => {
    const focal = new PtyFocal(['stats', '--db', db, '--lang', 'en'], { cols: 60, rows: 40, env: { NO_COLOR: '1' } });
    try {
      expect((await focal.exit()).exitCode).toBe(0);
      const text = focal.text();
      expect(text).toContain('mastery');
      expectFits(text, 60);
    } finally {
      focal.kill();
    }
  });

  it('in Chinese at 60 columns too', async () => {
    const focal = new PtyFocal(['stats', '--db', db, '--lang', 'zh'], { cols: 60, rows: 40, env: { NO_COLOR: '1' } });
    try {
      expect((await focal.exit()).exitCode).toBe(0);
      expectFits(focal.text(), 60);
    } finally {
      focal.kill();
    }
  });

  it('80 columns when the output is not a terminal', async () => {
    const result = await runFocal(['stats', '--db', db], { env: { COLUMNS: '40' } });
    expect(result.code).toBe(0);
    expectFits(result.stdout, 80);
    // COLUMNS is not the width of a pipe: the table is laid out for 80 columns, wider than for 40.
    expect(Math.max(...result.stdout.split('\n').map((line) => stringWidth(line)))).toBeGreaterThan(60);
  });
});
