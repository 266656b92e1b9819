import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

const home = mkdtempSync(join(tmpdir(), 'focal-e2e-plan-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
let dbCount = 0;

/** A local date `days` from today, as YYYY-MM-DD. */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function session() {
  const db = join(home, `progress-${++dbCount}.db`);
  const env = { FOCAL_DB: db, FOCAL_CACHE_DIR: join(home, 'cache'), LANG: 'C', LC_ALL: undefined };
  return { db, plan: (...args: string[]) => runFocal(['plan', ...args], { env }) };
}

interface PlanJson {
  interview: string | null;
  daysLeft: number | null;
  target: number | null;
  topics: { topic: string; recallOnDay: number; fallsShort: boolean }[];
  days: { date: string; reviews: number; new: number }[];
}

describe('focal plan', () => {
  it('without a date: says so, and --json has interview null', async () => {
    const { plan } = session();
    const text = await plan();
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No interview date is set');
    const json = JSON.parse((await plan('--json')).stdout) as PlanJson;
    expect(json).toMatchObject({ interview: null, daysLeft: null, topics: [], days: [] });
  });

  it('--interview stores the date and target in the database; plan shows days left, recall on the day per topic and a daily chart', async () => {
    const { plan, db } = session();
    const day = inDays(14);
    const set = await plan('--interview', day, '--target', '0.85');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain(`Interview on ${day} · 14 days left · target recall 0.85`);
    expect(set.stdout).toMatch(/\nmotivation\s+[█░]{10} {2}0\.\d\d/);
    expect(set.stdout).toMatch(/\nper day\s+[▁▂▃▄▅▆▇█ ]{14} {3}reviews \+ new \(today 0 reviews, \d+ new\)/);
    const sqlite = new Sqlite(db, { readonly: true });
    expect(sqlite.prepare('SELECT interview, target, minutes_per_day FROM interview_plan').all()).toEqual([{ interview: day, target: 0.85, minutes_per_day: null }]);
    sqlite.close();

    const json = JSON.parse((await plan('--json')).stdout) as PlanJson;
    expect(json.interview).toBe(day);
    expect(json.daysLeft).toBe(14);
    expect(json.target).toBe(0.85);
    expect(json.days).toHaveLength(14);
    expect(json.days[0]!.date).toBe(inDays(0));
    expect(json.days.reduce((sum, entry) => sum + entry.new, 0)).toBeGreaterThan(90);
    expect(json.days.slice(-2).every((entry) => entry.new === 0)).toBe(true);
    for (const topic of json.topics) {
      expect(topic.recallOnDay).toBeGreaterThanOrEqual(0);
      expect(topic.recallOnDay).toBeLessThanOrEqual(1);
    }
  });

  it('--minutes-per-day caps the load and names the topics that fall short; in Chinese too', async () => {
    const { plan } = session();
    const capped = await plan('--interview', inDays(5), '--minutes-per-day', '6');
    expect(capped.code).toBe(0);
    expect(capped.stdout).toContain('← falls short at 6 min/day');
    expect(capped.stdout).toContain('capped at 6 min/day (about 4 questions)');
    const json = JSON.parse((await plan('--json')).stdout) as PlanJson;
    for (const entry of json.days) expect(entry.reviews + entry.new).toBeLessThanOrEqual(4);
    const zh = await plan('--lang', 'zh');
    expect(zh.stdout).toContain('还剩 5 天');
    expect(zh.stdout).toContain('← 每天 6 分钟时达不到目标');
  });

  it('--clear removes the date', async () => {
    const { plan } = session();
    await plan('--interview', inDays(3));
    const cleared = await plan('--clear');
    expect(cleared.stdout).toContain('Interview date removed');
    expect(JSON.parse((await plan('--json')).stdout)).toMatchObject({ interview: null });
  });

  it.each([
    [['--interview', '2026-02-30'], /--interview: "2026-02-30" is not a date such as 2026-12-13/],
    [['--interview', '2000-01-01'], /--interview: 2000-01-01 is in the past/],
    [['--interview', inDays(3), '--target', '1.5'], /--target must be between 0 and 1/],
    [['--interview', inDays(3), '--minutes-per-day', '0'], /--minutes-per-day must be a whole number/],
    [['--target', '0.8'], /no interview date is set/],
    [['--clear', '--interview', inDays(3)], /--clear cannot be combined/],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const { plan } = session();
    const result = await plan(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
