import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { Question } from '../../src/core/bank/types.js';
import type { SingleQuestion } from '../../src/core/kinds/single.js';
import { runFocal } from '../helpers/run-focal.js';

let dir: string;
let source: string;
let questions: Question[];
/** Rows of the source database, counted directly. */
let stored: { attempts: number; sessions: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'focal-export-'));
  source = join(dir, 'source.db');
  questions = (await loadBank([])).questions;
  const singles = questions.filter((question): question is SingleQuestion => question.kind === 'single').slice(0, 4);
  // Two drill sessions (an unreadable answer typed in one: it leaves no row) and one recorded check.
  const first = await runFocal(['drill', '--db', source, '--kind', 'single', '--count', '3', '--seed', '1'], { input: 'a\nzz\nb\nc\n' });
  expect(first.code).toBe(0);
  const multiple = questions.find((question) => question.kind === 'multiple')!;
  const second = await runFocal(['drill', '--db', source, '--question', multiple.id], { input: 'a, b\n' });
  expect(second.code).toBe(0);
  const check = await runFocal(['check', singles[0]!.id, 'a', '--record', '--db', source]);
  expect([0, 1]).toContain(check.code);
  const db = new Sqlite(source, { readonly: true });
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  stored = { attempts: count('attempts'), sessions: count('sessions') };
  expect(db.prepare("SELECT count(*) FROM attempts WHERE verdict = 'invalid'").pluck().get()).toBe(0);
  db.close();
  expect(stored).toMatchObject({ sessions: 2 });
  expect(stored.attempts).toBeGreaterThanOrEqual(4);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function statsOf(db: string): Promise<Record<string, unknown>> {
  const result = await runFocal(['stats', '--json', '--db', db]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/**
 * Stats equal in every field, mastery within 1e-3: two runs a moment apart see a freshly
 * forgotten card's recall decay a little in between.
 */
function expectSameStats(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  const withoutMastery = (stats: Record<string, unknown>) => ({
    ...stats,
    topics: (stats.topics as { mastery: number }[]).map(({ mastery: _mastery, ...topic }) => topic),
  });
  expect(withoutMastery(actual)).toEqual(withoutMastery(expected));
  const masteries = (stats: Record<string, unknown>) => (stats.topics as { mastery: number }[]).map((topic) => topic.mastery);
  masteries(actual).forEach((mastery, index) => expect(mastery).toBeCloseTo(masteries(expected)[index]!, 3));
}

describe('focal export / import', () => {
  it('json export → import into a fresh database → identical stats', async () => {
    const file = join(dir, 'progress.json');
    const exported = await runFocal(['export', '--db', source, '--out', file]);
    expect(exported.code).toBe(0);
    const target = join(dir, 'target.db');
    const imported = await runFocal(['import', file, '--db', target, '--json']);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as { added: { attempts: number; sessions: number; knownAttempts: number } };
    expect(report.added).toMatchObject({ attempts: stored.attempts, sessions: 2, knownAttempts: 0 });
    expectSameStats(await statsOf(target), await statsOf(source));

    const again = await runFocal(['import', file, '--db', target]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`new attempts 0, sessions 0, review logs 0; cards updated 0; attempts already there ${stored.attempts}`);
    expect((await statsOf(target)).attempts).toBe((await statsOf(source)).attempts);
  });

  it('json on stdout is the same document', async () => {
    const result = await runFocal(['export', '--db', source]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as { format: string; attempts: unknown[]; sessions: unknown[]; cards: unknown[] };
    expect(document.format).toBe('focal-drill-progress');
    expect(document.attempts).toHaveLength(stored.attempts);
    expect(document.sessions).toHaveLength(2);
  });

  it('csv: a header row and one row per attempt', async () => {
    const result = await runFocal(['export', '--format', 'csv', '--db', source]);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('attempt_id,answered_at,session_id,question_id,topic,kind,seed,params,answer,verdict,score,elapsed_ms,hint_used,self_grade,rating');
    expect(rows).toHaveLength(stored.attempts + 1);
    expect(result.stdout).toContain(',"a, b",'); // a field with a comma is quoted
    expect(result.stdout).not.toContain(',invalid,'); // an unreadable answer is not an attempt
  });

  it('anki: header lines, then one tab-separated card per question, in --lang', async () => {
    const file = join(dir, 'deck.txt');
    const result = await runFocal(['export', '--format', 'anki', '--lang', 'zh', '--out', file, '--db', source]);
    expect(result.code).toBe(0);
    // Many waits for the file to drain: none may leave a listener behind (Node warns past ten).
    expect(result.stderr).toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('#separator:tab\n#html:false\n')).toBe(true);
    const cards = ankiRecords(text.split('\n').filter((line) => line.startsWith('#')).join('\n').length + 1, text);
    expect(cards).toHaveLength(questions.length);
    for (const card of cards) expect(card).toHaveLength(3);
    const first = questions[0]!;
    expect(cards.some(([front]) => front!.startsWith(first.prompt.zh.slice(0, 10)))).toBe(true);
    expect(cards.every(([, back]) => back!.includes('出处：'))).toBe(true);
  });

  it('refuses a file that is not an export with exit 2, naming it, and changes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "something else"}');
    const target = join(dir, 'untouched.db');
    const result = await runFocal(['import', bad, '--db', target]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(bad);
    expect(result.stderr).toContain('not a focal-drill export');
  });
});

/** Tab-separated records after the header, quoted fields spanning lines, as Anki reads them. */
function ankiRecords(start: number, text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === '\t') {
      record.push(field);
      field = '';
    } else if (char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  return records;
}
