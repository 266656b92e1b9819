import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

let dir: string;
/** A valid export with one session, two attempts, one card and one review log. */
let valid: Record<string, unknown[] | unknown>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-import-'));
  const db = join(dir, 'source.db');
  expect((await runFocal(['drill', '--plain', '--kind', 'single', '--count', '2', '--seed', '4', '--db', db], { input: 'a\nb\n' })).code).toBe(0);
  const exported = await runFocal(['export', '--db', db]);
  valid = JSON.parse(exported.stdout) as typeof valid;
  expect((valid.attempts as unknown[]).length).toBe(2);
  expect((valid.cards as unknown[]).length).toBe(2);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test may corrupt any field of the parsed export
function exportWith(change: (data: any) => void): string {
  const data = structuredClone(valid);
  change(data);
  const file = join(dir, `export-${++files}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

async function refused(file: string, path: string): Promise<void> {
  const db = join(dir, `target-${++files}.db`);
  const result = await runFocal(['import', file, '--db', db]);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(file);
  expect(result.stderr).toContain(path);
}

describe('focal import checks every field before anything is written', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case corrupts one field of the parsed export
  const cases: [string, (data: any) => void, string][] = [
    ['answeredAt 2^53 − 1', (data) => (data.attempts[0].answeredAt = 9007199254740991), 'attempts[0].answeredAt'],
    ['answeredAt before 2000', (data) => (data.attempts[1].answeredAt = -5), 'attempts[1].answeredAt'],
    ['a huge due', (data) => (data.cards[0].due = 8.64e15), 'cards[0].due'],
    ['session startedAt far in the future', (data) => (data.sessions[0].startedAt = Date.UTC(3000, 0, 1)), 'sessions[0].startedAt'],
    ['stability not finite (1e400 reads as Infinity)', (data) => (data.cards[1].stability = Number.POSITIVE_INFINITY), 'cards[1].stability'],
    ['negative stability', (data) => (data.cards[0].stability = -1), 'cards[0].stability'],
    ['difficulty above 10', (data) => (data.cards[0].difficulty = 11), 'cards[0].difficulty'],
    ['reps negative', (data) => (data.cards[0].reps = -3), 'cards[0].reps'],
    ['an empty attempt id', (data) => (data.attempts[0].id = ''), 'attempts[0].id'],
    ['a question id with a newline', (data) => (data.cards[0].questionId = 'a\nb'), 'cards[0].questionId'],
    ['a param that is not finite', (data) => (data.attempts[0].params = { gamma: Number.POSITIVE_INFINITY }), 'attempts[0].params'],
    ['a review log time out of range', (data) => (data.reviewLogs[0].review = 1e17), 'reviewLogs[0].review'],
    ['a duplicate attempt id', (data) => (data.attempts[1].id = data.attempts[0].id), 'attempts[1].id'],
    ['a duplicate card', (data) => (data.cards[1].questionId = data.cards[0].questionId), 'cards[1].questionId'],
    ['a duplicate session', (data) => data.sessions.push(data.sessions[0]), 'sessions[1].id'],
  ];
  for (const [name, change, path] of cases) {
    it(`${name}: exit 2 naming ${path}`, async () => refused(exportWith(change), path), 20_000);
  }

  it('a valid export still imports', async () => {
    const db = join(dir, 'ok.db');
    const result = await runFocal(['import', exportWith(() => {}), '--db', db]);
    expect(result.code, result.stderr).toBe(0);
  }, 20_000);
});

describe('focal import reads only regular files, with a size limit', () => {
  it('/dev/zero is refused at once', async () => {
    const started = Date.now();
    const result = await runFocal(['import', '/dev/zero', '--db', join(dir, 'zero.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/dev/zero');
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it('a FIFO is refused at once (nothing ever written to it)', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const result = await runFocal(['import', fifo, '--db', join(dir, 'fifo.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(fifo);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});

describe('reading survives a bad row already in a database', () => {
  it('stats, review and csv export skip it with a warning instead of failing on every run', async () => {
    const db = join(dir, 'damaged.db');
    expect((await runFocal(['drill', '--plain', '--kind', 'single', '--count', '2', '--seed', '4', '--db', db], { input: 'a\nb\n' })).code).toBe(0);
    const sqlite = new Sqlite(db);
    sqlite.prepare('UPDATE attempts SET answered_at = 9007199254740991 WHERE id = (SELECT min(id) FROM attempts)').run();
    sqlite.prepare('UPDATE cards SET due = 8640000000000001 WHERE question_id = (SELECT min(question_id) FROM cards)').run();
    sqlite.close();
    for (const args of [['stats'], ['stats', '--json'], ['review', '--plain'], ['export', '--format', 'csv'], ['export']]) {
      const result = await runFocal([...args, '--db', db]);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.stderr).toMatch(/skipped/);
      expect(result.stderr).toContain(db);
    }
    // Said in the chosen language.
    const zh = await runFocal(['stats', '--db', db, '--lang', 'zh']);
    expect(zh.stderr).toContain(`focal: ${db}: 跳过了 1 条损坏的作答记录（时间早于 2000 年或晚于 2200 年）\n`);
    expect(zh.stderr).toContain('跳过了 1 张损坏的卡片（时间或数值超出范围）；再次回答这些题目即可替换它们');
    expect(zh.stderr).not.toMatch(/skipped/);
    // And the drill answers that question again, replacing the damaged card.
    const drill = await runFocal(['drill', '--plain', '--kind', 'single', '--count', '2', '--seed', '4', '--db', db], { input: 'a\nb\n' });
    expect(drill.code, drill.stderr).toBe(0);
  }, 60_000);
});
