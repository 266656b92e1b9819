import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Question } from '../../src/core/bank/types.js';
import type { SingleQuestion } from '../../src/core/kinds/single.js';
import { runFocal } from '../helpers/run-focal.js';
import { shownLetters } from '../helpers/shown-options.js';

let dir: string;
let questions: Question[];
let dbCount = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-stats-'));
  questions = (await loadBank([])).questions;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshDb = () => join(dir, `progress-${++dbCount}.db`);

interface StatsJson {
  attempts: number;
  correct: number;
  accuracy: number;
  topics: { topic: string; attempts: number; accuracy: number; mastery: number; questions: number; due: number }[];
  due: number;
  streak: number;
  sessions: number;
  history: { date: string; attempts: number; correct: number }[];
}

async function stats(db: string): Promise<StatsJson> {
  const result = await runFocal(['stats', '--db', db, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as StatsJson;
}

/** A right (or wrong) letter of a single-choice question as the drill shows it with `--seed 3` (options are shuffled). */
const letterOf = async (question: SingleQuestion, correct: boolean, db: string) => (await shownLetters(question, ['--db', db, '--seed', '3'], { correct }))[0]!;

describe('focal stats', () => {
  it('on a new database: every topic of the deck, nothing answered', async () => {
    const report = await stats(freshDb());
    expect(report).toMatchObject({ attempts: 0, correct: 0, accuracy: 0, due: 0, streak: 0, sessions: 0 });
    const topics = new Set(questions.map((question) => question.topic));
    expect(report.topics.map((topic) => topic.topic).sort()).toEqual([...topics].sort());
    for (const topic of report.topics) expect(topic).toMatchObject({ attempts: 0, accuracy: 0, mastery: 0 });
  });

  it('counts what the drill recorded: attempts, accuracy and mastery per topic, today in the history', async () => {
    const db = freshDb();
    const singles = questions.filter((question): question is SingleQuestion => question.kind === 'single');
    const topic = singles[0]!.topic;
    const sameTopic = singles.filter((question) => question.topic === topic);
    expect(sameTopic.length).toBeGreaterThanOrEqual(1);
    const plan = [
      { question: sameTopic[0]!, correct: true },
      { question: singles.find((question) => question.topic !== topic)!, correct: false },
    ];
    for (const { question, correct } of plan) {
      const letter = await letterOf(question, correct, db);
      const result = await runFocal(['drill', '--db', db, '--question', question.id, '--seed', '3'], { input: `${letter}\n` });
      expect(result.code).toBe(0);
    }
    // An unreadable answer is not stored at all (and the session it was typed in left no trace).
    const invalid = await runFocal(['drill', '--db', db, '--question', sameTopic[0]!.id], { input: 'zz\n' });
    expect(invalid.code).toBe(0);

    const report = await stats(db);
    expect(report).toMatchObject({ attempts: 2, correct: 1, accuracy: 0.5, sessions: 2, streak: 1 });
    expect(report.history.at(-1)).toMatchObject({ attempts: 2, correct: 1 });
    expect(report.history).toHaveLength(14);
    const practised = report.topics.find((entry) => entry.topic === topic)!;
    expect(practised).toMatchObject({ attempts: 1, accuracy: 1 });
    // Just answered right once: FSRS predicts recall a week ahead of 0.81 (first Good, stability
    // 2.31 days) to 0.91 (first Easy, 8.30 days); the topic's other questions count 0.
    const inTopic = questions.filter((question) => question.topic === topic).length;
    expect(practised.mastery).toBeGreaterThan(0.8 / inTopic);
    expect(practised.mastery).toBeLessThan(0.92 / inTopic);
    const missed = report.topics.find((entry) => entry.topic === plan[1]!.question.topic)!;
    expect(missed).toMatchObject({ attempts: 1, accuracy: 0 });
    // Worst first.
    const masteries = report.topics.map((entry) => entry.mastery);
    expect(masteries).toEqual([...masteries].sort((a, b) => a - b));

    const text = await runFocal(['stats', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('attempts 2 · correct 1 · accuracy 50%');
    expect(text.stdout).toMatch(/2 answered\s+50% correct/);
  });

  it('prints Chinese with --lang zh', async () => {
    const result = await runFocal(['stats', '--db', freshDb(), '--lang', 'zh']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('进度');
    expect(result.stdout).toContain('掌握度');
  });

  it.each([
    ['not a database', () => 'hello, these are notes\n'.repeat(50), /not a focal-drill database/],
    ['a newer database', () => newerDatabase(), /newer focal-drill/],
  ])('refuses %s with exit 2 and one line naming the file, leaving it untouched', async (_name, make, reason) => {
    const db = freshDb();
    const content = make();
    if (typeof content === 'string') writeFileSync(db, content);
    else writeFileSync(db, content);
    const before = readFileSync(db);
    const result = await runFocal(['stats', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(db);
    expect(result.stderr).toMatch(reason);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

/** A focal-drill database from a future version: our application id, schema 99. */
function newerDatabase(): Buffer {
  const path = join(dir, `newer-${++dbCount}.db`);
  const db = new Sqlite(path);
  db.pragma('application_id = 1179599692');
  db.exec('CREATE TABLE future (x)');
  db.pragma('user_version = 99');
  db.close();
  return readFileSync(path);
}
