// What the interview leaves behind, through the real CLI on real SQLite files: `focal stats` lists
// past interviews with their scores; once an interview date is set, `stats` and `review` measure
// mastery on that day; `focal export` carries the plan and `focal import` restores it (checked).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractiveFocal } from '../helpers/interactive-focal.js';
import { runFocal } from '../helpers/run-focal.js';

let dir: string;
let dbCount = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'focal-interview-progress-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshDb = () => join(dir, `progress-${++dbCount}.db`);
/** The clock of every command here: 2026-11-30 09:00 local time. */
const NOW = '2026-11-30T09:00:00';
const env = { FOCAL_NOW: NOW, LANG: 'C', LC_ALL: undefined };
const focal = (args: string[], input = '') => runFocal(args, { env, input });

interface StatsJson {
  topics: { topic: string; mastery: number; questions: number }[];
  interview: string | null;
  interviews: { startedAt: string; minutes: number | null; score: number | null; maxScore: number | null; answered: number; finished: boolean }[];
}

describe('focal stats lists past mock interviews', () => {
  it('with their scores in text and JSON, and an interview cut short as unfinished', async () => {
    const db = freshDb();
    // Seed 3 asks first for the summed cross entropy of 20000 anchors at pₜ = 0.99: 201.0067.
    const first = await focal(['interview', '--plain', '--seed', '3', '--minutes', '10', '--db', db], '201\n:quit\n');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('score 1/8');
    // A second interview killed after one answer: its report was never written. (The question
    // answered right before is no longer the weakest: this one asks a single choice.)
    const killed = new InteractiveFocal(['interview', '--plain', '--seed', '3', '--db', db], env);
    await killed.waitFor('answer> ');
    killed.send('a');
    await killed.waitFor('source: ');
    killed.child.kill('SIGKILL');
    await killed.exit();

    const text = await focal(['stats', '--db', db]);
    expect(text.code).toBe(0);
    // Newest first (both started at the clock's 09:00: in the order they were stored).
    expect(text.stdout).toContain('\nMock interviews\n  2026-11-30 09:00  unfinished, 1 answered  20 min\n  2026-11-30 09:00  score 1/8  10 min\n');
    const json = JSON.parse((await focal(['stats', '--json', '--db', db])).stdout) as StatsJson;
    expect(json.interviews).toHaveLength(2);
    expect(json.interviews).toContainEqual({ id: expect.any(String), startedAt: new Date(NOW).toISOString(), minutes: 10, score: 1, maxScore: 8, answered: 1, finished: true });
    expect(json.interviews).toContainEqual({ id: expect.any(String), startedAt: new Date(NOW).toISOString(), minutes: 20, score: null, maxScore: null, answered: 1, finished: false });
    const zh = await focal(['stats', '--lang', 'zh', '--db', db]);
    expect(zh.stdout).toContain('\n模拟面试\n  2026-11-30 09:00  未完成，已答 1 题  20 分钟\n  2026-11-30 09:00  得分 1/8  10 分钟\n');
  });

  it('says nothing about interviews when there were none', async () => {
    const db = freshDb();
    const text = await focal(['stats', '--db', db]);
    expect(text.stdout).not.toContain('Mock interviews');
    expect((JSON.parse((await focal(['stats', '--json', '--db', db])).stdout) as StatsJson).interviews).toEqual([]);
  });
});

describe('once an interview date is set, mastery is measured on that day', () => {
  it('stats and review give each topic the recall predicted for the interview day; without a date, a week ahead', async () => {
    const db = freshDb();
    expect((await focal(['check', 'numbers-ratio-pt0968', '1-1/sqrt(1000)', '--record', '--db', db])).code).toBe(0);
    const sqlite = new Sqlite(db, { readonly: true });
    const card = sqlite.prepare('SELECT stability, last_review FROM cards').get() as { stability: number; last_review: number };
    sqlite.close();
    const numbers = (stats: StatsJson) => stats.topics.find((topic) => topic.topic === 'numbers')!;
    // ts-fsrs's own forgetting curve (default parameters) at a time, over the topic's questions (the others never answered count 0).
    const expected = (at: number, questions: number) => forgetting_curve(default_w, (at - card.last_review) / 86_400_000, card.stability) / questions;

    const plain = JSON.parse((await focal(['stats', '--json', '--db', db])).stdout) as StatsJson;
    expect(plain.interview).toBeNull();
    expect(numbers(plain).mastery).toBeCloseTo(expected(Date.parse(NOW) + 7 * 86_400_000, numbers(plain).questions), 6);

    expect((await focal(['plan', '--interview', '2027-01-30', '--db', db])).code).toBe(0);
    const planned = JSON.parse((await focal(['stats', '--json', '--db', db])).stdout) as StatsJson;
    expect(planned.interview).toBe('2027-01-30');
    const day = new Date(2027, 0, 30).getTime();
    expect(numbers(planned).mastery).toBeCloseTo(expected(day, numbers(planned).questions), 6);
    // Two months out, a card learnt today is recalled less than a week out.
    expect(numbers(planned).mastery).toBeLessThan(numbers(plain).mastery - 0.01);
    const review = JSON.parse((await focal(['review', '--json', '--db', db])).stdout) as { topics: StatsJson['topics']; interview: string | null };
    expect(review.interview).toBe('2027-01-30');
    expect(review.topics.find((topic) => topic.topic === 'numbers')!.mastery).toBeCloseTo(numbers(planned).mastery, 12);
    const text = await focal(['stats', '--db', db]);
    expect(text.stdout).toContain('Mastery is measured for the interview on 2027-01-30.');

    expect((await focal(['plan', '--clear', '--db', db])).code).toBe(0);
    const cleared = JSON.parse((await focal(['stats', '--json', '--db', db])).stdout) as StatsJson;
    expect(cleared.interview).toBeNull();
    expect(numbers(cleared).mastery).toBeCloseTo(numbers(plain).mastery, 12);
  });
});

describe('the plan travels with export and import', () => {
  async function exportedWithPlan(): Promise<{ file: string; data: Record<string, unknown> }> {
    const db = freshDb();
    expect((await focal(['plan', '--interview', '2026-12-13', '--target', '0.85', '--minutes-per-day', '20', '--db', db])).code).toBe(0);
    const file = join(dir, `export-${++dbCount}.json`);
    expect((await focal(['export', '--out', file, '--db', db])).code).toBe(0);
    return { file, data: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
  }

  it('export writes it, import into an empty database restores it, and says so', async () => {
    const { file, data } = await exportedWithPlan();
    expect(data.plan).toEqual({ interview: '2026-12-13', target: 0.85, minutesPerDay: 20, setAt: Date.parse(NOW) });
    const target = freshDb();
    const imported = await focal(['import', file, '--db', target]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('interview date set to 2026-12-13');
    const plan = JSON.parse((await focal(['plan', '--json', '--db', target])).stdout) as { interview: string; target: number; minutesPerDay: number; daysLeft: number };
    expect(plan).toMatchObject({ interview: '2026-12-13', target: 0.85, minutesPerDay: 20, daysLeft: 13 });
  });

  it('a plan set later in the database is kept; an export without a plan changes nothing', async () => {
    const { file } = await exportedWithPlan();
    const target = freshDb();
    const later = { ...env, FOCAL_NOW: '2026-12-01T09:00:00' };
    expect((await runFocal(['plan', '--interview', '2026-12-20', '--db', target], { env: later })).code).toBe(0);
    const imported = await runFocal(['import', file, '--db', target], { env: later });
    expect(imported.stdout).not.toContain('interview date set');
    expect(JSON.parse((await runFocal(['plan', '--json', '--db', target], { env: later })).stdout)).toMatchObject({ interview: '2026-12-20' });
  });

  it.each([
    ['a day that is not a date', 'plan.interview', (plan: Record<string, unknown>) => (plan.interview = '13/12/2026')],
    ['a day not in the calendar', 'plan.interview', (plan: Record<string, unknown>) => (plan.interview = '2026-02-30')],
    ['a target of 1', 'plan.target', (plan: Record<string, unknown>) => (plan.target = 1)],
    ['minutes per day not whole', 'plan.minutesPerDay', (plan: Record<string, unknown>) => (plan.minutesPerDay = 2.5)],
    ['a time set before 2000', 'plan.setAt', (plan: Record<string, unknown>) => (plan.setAt = 5)],
  ])('%s is refused: one line naming %s, exit 2, nothing imported', async (_name, path, change) => {
    const { data } = await exportedWithPlan();
    change(data.plan as Record<string, unknown>);
    const file = join(dir, `bad-${++dbCount}.json`);
    writeFileSync(file, JSON.stringify(data));
    const target = freshDb();
    const result = await focal(['import', file, '--db', target]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain(path);
    expect(JSON.parse((await focal(['plan', '--json', '--db', target])).stdout)).toMatchObject({ interview: null });
  });
});
