import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { newCard, reviewCard } from '../../src/core/schedule/fsrs.js';
import type { AttemptRecord } from '../../src/core/session/store.js';
import { CSV_COLUMNS, exportCsv, exportJson } from '../../src/store/export.js';
import { importProgress, readExport } from '../../src/store/import.js';
import { SqliteProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from './temp-db.js';

const T0 = Date.UTC(2025, 0, 6, 9);

function attempt(id: string, questionId: string, answer: string, verdict: AttemptRecord['verdict'], at: number, sessionId: string | null = 's1'): AttemptRecord {
  return {
    id,
    sessionId,
    questionId,
    topic: 'numbers',
    kind: 'numeric',
    seed: questionId.endsWith('param') ? 987654 : null,
    params: questionId.endsWith('param') ? { g: 2, p: 0.93 } : {},
    answer,
    verdict,
    score: verdict === 'correct' ? 1 : verdict === 'partial' ? 0.5 : 0,
    elapsedMs: 1234,
    hintUsed: verdict === 'partial',
    selfGrade: null,
    rating: verdict === 'invalid' ? null : verdict === 'correct' ? 3 : 1,
    answeredAt: at,
  };
}

/** A store with a little of everything: two sessions, tricky answers, an invalid try, cards and logs. */
function storeWithHistory(): SqliteProgressStore {
  const store = SqliteProgressStore.open(join(tempDir(), 'progress.db'));
  store.startSession({ id: 's1', startedAt: T0, endedAt: null, mode: 'mixed', seed: 7, options: { topics: ['numbers'], count: 3 } });
  const answers: AttemptRecord[] = [
    attempt('u1', 'q-param', '1/(1-0.93)^2', 'correct', T0 + 1000),
    attempt('u2', 'q-plain', 'a, "quoted", and\na second line', 'wrong', T0 + 2000),
    attempt('u3', 'q-plain', '1/(', 'invalid', T0 + 3000),
    attempt('u4', 'q-plain', '= (1-pt)^gamma\n= 0.5', 'partial', T0 + 4000),
  ];
  let card = newCard(T0);
  for (const answer of answers) {
    const review = answer.rating === null ? null : reviewCard(card, answer.rating, answer.answeredAt);
    if (review && answer.questionId === 'q-plain') card = review.card;
    store.recordAttempt(answer, review && (() => review));
  }
  store.endSession('s1', T0 + 5000);
  store.startSession({ id: 's2', startedAt: T0 + 86_400_000, endedAt: null, mode: 'due', seed: null, options: {} });
  store.recordAttempt(attempt('u5', 'q-param', '204.08', 'correct', T0 + 86_401_000, null), () => reviewCard(newCard(T0), 4, T0 + 86_401_000));
  return store;
}

function exportText(store: SqliteProgressStore): string {
  return [...exportJson(store, T0 + 10 * 86_400_000)].join('');
}

/** Everything a database holds, minus internal row numbers. */
function contents(store: SqliteProgressStore): Record<string, unknown[]> {
  const all = (sql: string) => store.db.prepare(sql).all();
  return {
    sessions: all('SELECT * FROM sessions ORDER BY id'),
    attempts: all('SELECT uuid, session_id, question_id, topic, kind, seed, params, answer, verdict, score, elapsed_ms, hint_used, self_grade, rating, answered_at FROM attempts ORDER BY uuid'),
    cards: all('SELECT * FROM cards ORDER BY question_id'),
    reviewLogs: all('SELECT a.uuid, r.question_id, r.rating, r.state, r.due, r.stability, r.difficulty, r.elapsed_days, r.last_elapsed_days, r.scheduled_days, r.learning_steps, r.review FROM review_log r JOIN attempts a ON a.id = r.attempt_id ORDER BY a.uuid'),
    totals: all('SELECT * FROM question_totals ORDER BY question_id'),
  };
}

function importFile(store: SqliteProgressStore, text: string) {
  const file = join(tempDir(), 'progress.json');
  writeFileSync(file, text);
  return importProgress(store, readExport(file));
}

describe('json export and import', () => {
  it('is lossless: importing an export into an empty database reproduces it', () => {
    const source = storeWithHistory();
    const text = exportText(source);
    const target = SqliteProgressStore.open(join(tempDir(), 'fresh.db'));
    const report = importFile(target, text);
    expect(report).toEqual({ sessions: 2, attempts: 5, knownAttempts: 0, reviewLogs: 4, cards: 2, plan: false });
    expect(contents(target)).toEqual(contents(source));
    expect(contents(target).attempts).toHaveLength(5);
    source.close();
    target.close();
  });

  it('adds nothing when the same file is imported twice', () => {
    const source = storeWithHistory();
    const text = exportText(source);
    const target = SqliteProgressStore.open(join(tempDir(), 'fresh.db'));
    importFile(target, text);
    const once = contents(target);
    expect(importFile(target, text)).toEqual({ sessions: 0, attempts: 0, knownAttempts: 5, reviewLogs: 0, cards: 0, plan: false });
    expect(contents(target)).toEqual(once);
    source.close();
    target.close();
  });

  it('merges into a database with its own history, keeping the more recently reviewed card', () => {
    const source = storeWithHistory();
    const target = SqliteProgressStore.open(join(tempDir(), 'other.db'));
    const later = T0 + 20 * 86_400_000;
    const mine = reviewCard(newCard(later), 4, later);
    target.recordAttempt(attempt('mine', 'q-plain', '42', 'correct', later, null), () => mine);
    const report = importFile(target, exportText(source));
    expect(report).toMatchObject({ attempts: 5, cards: 1 });
    expect(target.loadCards().get('q-plain')).toEqual(mine.card);
    expect(target.loadCards().get('q-param')).toEqual(source.loadCards().get('q-param'));
    expect(target.db.prepare("SELECT attempts FROM question_totals WHERE question_id = 'q-plain'").pluck().get()).toBe(3);
    source.close();
    target.close();
  });

  it('refuses a file that is not an export, naming the file and the field', () => {
    const store = SqliteProgressStore.open(join(tempDir(), 'progress.db'));
    const problem = (text: string) => {
      try {
        importFile(store, text);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).describe();
      }
      throw new Error('imported');
    };
    expect(problem('{ not json')).toMatch(/progress\.json: not a focal-drill export: not JSON/);
    expect(problem('{"hello": 1}')).toMatch(/not a focal-drill export/);
    const good = JSON.parse(exportText(storeWithHistory())) as { attempts: { verdict: string }[] };
    good.attempts[1]!.verdict = 'maybe';
    expect(problem(JSON.stringify(good))).toMatch(/progress\.json attempts\[1\]\.verdict: must be/);
    expect(store.db.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(0);
    store.close();
  });
});

/** RFC 4180 parser, independent of the exporter, to read the CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('csv export', () => {
  it('has a header row and one row per attempt, quoting commas, quotes and line breaks', () => {
    const store = storeWithHistory();
    const rows = parseCsv([...exportCsv(store)].join(''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    const byId = new Map(rows.slice(1).map((row) => [row[0], Object.fromEntries(CSV_COLUMNS.map((name, index) => [name, row[index]]))]));
    expect(byId.get('u2')).toMatchObject({ answer: 'a, "quoted", and\na second line', verdict: 'wrong', session_id: 's1', hint_used: '0' });
    expect(byId.get('u1')).toMatchObject({ seed: '987654', params: '{"g":2,"p":0.93}', answered_at: new Date(T0 + 1000).toISOString(), rating: '3' });
    expect(byId.get('u3')).toMatchObject({ verdict: 'invalid', rating: '', self_grade: '' });
    expect(byId.get('u5')).toMatchObject({ session_id: '' });
    store.close();
  });
});
