import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import { DEFAULT_SEED, plainInstance } from '../../src/core/bank/instance.js';
import type { SingleQuestion } from '../../src/core/kinds/single.js';
import { runFocal } from '../helpers/run-focal.js';

let dir: string;
let db: string;
let practised: string;

interface ReviewJson {
  topics: { topic: string; name: string; mastery: number; due: number; attempts: number }[];
  weakest: string | null;
  drill: string | null;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-review-'));
  db = join(dir, 'progress.db');
  const singles = (await loadBank([])).questions.filter((question): question is SingleQuestion => question.kind === 'single');
  practised = singles[0]!.topic;
  // Answer every single-choice question of one topic correctly: it becomes the strongest topic.
  for (const question of singles.filter((candidate) => candidate.topic === practised)) {
    // `focal check` without --seed shows the options in the order of the default seed.
    const shown = plainInstance(question, DEFAULT_SEED).question as SingleQuestion;
    const letter = String.fromCharCode(97 + shown.options.findIndex((option) => option.correct));
    const result = await runFocal(['check', question.id, letter, '--record', '--db', db]);
    expect(result.code).toBe(0);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('focal review', () => {
  it('--json: topics worst first, the weakest named with the command that drills it', async () => {
    const result = await runFocal(['review', '--json', '--db', db]);
    expect(result.code).toBe(0);
    const review = JSON.parse(result.stdout) as ReviewJson;
    const masteries = review.topics.map((topic) => topic.mastery);
    expect(masteries).toEqual([...masteries].sort((a, b) => a - b));
    expect(review.topics.at(-1)!.topic).toBe(practised);
    expect(review.topics.at(-1)!.mastery).toBeGreaterThan(0);
    expect(review.weakest).toBe(review.topics[0]!.topic);
    expect(review.drill).toBe(`focal drill --mode weak --topic ${review.weakest}`);
  });

  it('--plain: the table with mastery bars, worst first', async () => {
    const result = await runFocal(['review', '--plain', '--db', db]);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /[█░]{10} \d\.\d\d/.test(line));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const values = rows.map((line) => Number(/[█░]{10} (\d\.\d\d)/.exec(line)![1]));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBeGreaterThan(0);
    expect(result.stdout).toContain('Drill the weakest: focal drill --mode weak --topic ');
  });

  it('prints the table when not on a terminal, even without --plain', async () => {
    const result = await runFocal(['review', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Weak topics');
    expect(result.stdout).toMatch(/[█░]{10} \d\.\d\d/);
  });
});

describe('focal review ranks what was answered wrong as weaker than what was answered right', () => {
  it('one wrong answer in motivation, one right in code review (a bigger topic): motivation is weaker', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'focal-review-order-'));
    try {
      const path = join(fresh, 'progress.db');
      expect((await runFocal(['check', 'motivation-one-stage-goal', 'a', '--record', '--db', path])).code).toBe(1);
      expect((await runFocal(['check', 'code-review-softmax-axis', '41', '--record', '--db', path])).code).toBe(0);
      const result = await runFocal(['review', '--json', '--db', path]);
      expect(result.code, result.stderr).toBe(0);
      const topics = (JSON.parse(result.stdout) as ReviewJson).topics;
      const rank = (topic: string) => topics.findIndex((entry) => entry.topic === topic);
      const mastery = (topic: string) => topics.find((entry) => entry.topic === topic)!.mastery;
      expect(rank('motivation')).toBeLessThan(rank('code-review'));
      expect(mastery('motivation')).toBeLessThan(mastery('code-review'));
      // Topics never practised have mastery 0: the right answer lifts its topic above them, the wrong one does not.
      expect(mastery('code-review')).toBeGreaterThan(0);
      expect(mastery('motivation')).toBeLessThan(0);
      expect((JSON.parse(result.stdout) as ReviewJson).weakest).toBe('motivation');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 30_000);
});
