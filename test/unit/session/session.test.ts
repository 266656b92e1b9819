import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBank } from '../../../src/core/bank/bank.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { Question } from '../../../src/core/bank/types.js';
import type { NumericQuestion } from '../../../src/core/kinds/numeric.js';
import { InputError } from '../../../src/core/errors.js';
import { grade } from '../../../src/core/grading/grade.js';
import { fixedClock } from '../../../src/core/schedule/clock.js';
import { createDrillSession, type DrillOptions, type DrillSession } from '../../../src/core/session/session.js';
import { SqliteProgressStore } from '../../../src/store/progress-store.js';
import { tempDir } from '../../store/temp-db.js';
import { bankOf, DAY, singleQuestion, T0 } from '../schedule/fixtures.js';

const stores: SqliteProgressStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function openStore(path = join(tempDir(), 'progress.db')): SqliteProgressStore {
  const store = SqliteProgressStore.open(path);
  stores.push(store);
  return store;
}

function bank(questions: Question[]) {
  return createBank([{ id: 'test', title: { en: 'Test', zh: '测试' }, topics: {}, dir: '/dev/null', questions }]);
}

function session(questions: Question[], store: SqliteProgressStore, options: Partial<DrillOptions> = {}, clock = fixedClock(T0)) {
  let ids = 0;
  return createDrillSession({
    bank: bank(questions),
    instantiate,
    grade,
    store,
    clock,
    options: { mode: 'mixed', count: 10, lang: 'en', ...options },
    newId: () => `id-${++ids}`,
  });
}

const countRows = (store: SqliteProgressStore, table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

/** The letter of a right (or a wrong) option of the question being asked, as its shuffled options show it. */
function choiceLetter(drill: DrillSession, correct: boolean): string {
  const question = drill.next()!.question;
  if (question.kind !== 'single') throw new Error('the fixtures are single-choice questions');
  return String.fromCharCode(97 + question.options.findIndex((option) => option.correct === correct));
}
const rightLetter = (drill: DrillSession) => choiceLetter(drill, true);
const wrongLetter = (drill: DrillSession) => choiceLetter(drill, false);

describe('the drill session loop', () => {
  it('asks, grades and commits each answer before submit returns, then sums up', () => {
    const store = openStore();
    const clock = fixedClock(T0);
    const drill = session(bankOf({ alpha: 2, beta: 1 }), store, { count: 3 }, clock);
    expect(drill.progress()).toEqual({ index: 0, total: 3, streak: 0 });

    const first = drill.next()!;
    expect(drill.progress()).toMatchObject({ index: 1, total: 3 });
    const outcome = drill.submit(rightLetter(drill), { elapsedMs: 5_000 });
    expect(outcome).toMatchObject({ committed: true, retry: false, result: { verdict: 'correct', correct: true } });
    expect(countRows(store, 'attempts')).toBe(1);
    expect(store.loadCards().get(first.question.id)).toMatchObject({ reps: 1, lastRating: 4 });
    expect(drill.progress().streak).toBe(1);

    clock.advance(60_000);
    drill.next();
    drill.submit(wrongLetter(drill), { elapsedMs: 40_000 });
    expect(drill.progress().streak).toBe(0);
    drill.next();
    drill.submit(rightLetter(drill), { elapsedMs: 40_000 });
    expect(drill.next()).toBeNull();

    const summary = drill.end();
    expect(summary).toMatchObject({ answered: 3, correct: 2, skipped: 0 });
    expect(summary.score).toBeCloseTo(2 / 3, 12);
    expect(summary.perTopic.map((topic) => topic.topic)).toEqual(['alpha', 'beta']);
    expect(summary.due.now).toBe(0);
    expect(summary.due.next).not.toBeNull();
    const stored = store.db.prepare('SELECT rating FROM attempts ORDER BY id').pluck().all();
    expect(stored).toEqual([4, 1, 3]); // quick correct → Easy, wrong → Again, slow correct → Good
    expect(store.db.prepare('SELECT ended_at FROM sessions').pluck().get()).toBe(T0 + 60_000);
  });

  it('a typo costs nothing: not stored, no rating change, the same question asked again', () => {
    const store = openStore();
    const drill = session(bankOf({ alpha: 2 }), store, { count: 2 });
    const asked = drill.next()!;
    const retry = drill.submit('zz', { elapsedMs: 1000 });
    expect(retry).toMatchObject({ retry: true, result: { verdict: 'invalid' } });
    expect(countRows(store, 'attempts')).toBe(0);
    expect(store.loadCards().size).toBe(0);
    expect(drill.next()).toBe(asked);
    expect(drill.progress().index).toBe(1);
    drill.submit(rightLetter(drill), { elapsedMs: 1000 });
    // Quick and right, as if the typo had never happened: Easy, not Hard.
    expect(store.db.prepare('SELECT verdict, rating FROM attempts ORDER BY id').all()).toEqual([{ verdict: 'correct', rating: 4 }]);
    expect(drill.end()).toMatchObject({ answered: 1, correct: 1, unsaved: 0 });
  });

  it('an answer the store cannot take is kept, said unsaved, and written once the store takes writes again', () => {
    const store = openStore();
    const drill = session(bankOf({ alpha: 3 }), store, { count: 3 });
    drill.next();
    store.db.pragma('query_only = 1'); // SQLite itself now refuses every write
    const refused = drill.submit(rightLetter(drill), { elapsedMs: 1000 });
    expect(refused).toMatchObject({ committed: false, retry: false, result: { verdict: 'correct' } });
    expect(refused.unsavedReason).toContain(store.file);
    expect(drill.next()).not.toBeNull(); // the session goes on
    expect(drill.summary().unsaved).toBe(1);
    store.db.pragma('query_only = 0');
    expect(drill.submit(rightLetter(drill), { elapsedMs: 1000 })).toMatchObject({ committed: true });
    expect(countRows(store, 'attempts')).toBe(2);
    expect(store.db.prepare('SELECT reps FROM cards').pluck().all()).toEqual([1, 1]);
    expect(drill.end()).toMatchObject({ answered: 2, unsaved: 0 });
  });

  it('answers still unsaved when the session ends are counted in its summary', () => {
    const store = openStore();
    const drill = session(bankOf({ alpha: 3 }), store, { count: 3 });
    drill.next();
    drill.submit(rightLetter(drill), { elapsedMs: 1000 });
    store.db.pragma('query_only = 1');
    drill.next();
    expect(drill.submit(rightLetter(drill), { elapsedMs: 1000 }).committed).toBe(false);
    drill.next();
    expect(drill.submit(wrongLetter(drill), { elapsedMs: 1000 }).committed).toBe(false);
    const summary = drill.end();
    expect(summary).toMatchObject({ answered: 3, correct: 2, unsaved: 2 });
    store.db.pragma('query_only = 0');
    expect(countRows(store, 'attempts')).toBe(1);
  });

  it('a hint caps the rating at Hard; a skip stores nothing', () => {
    const store = openStore();
    const drill = session(bankOf({ alpha: 3 }), store, { count: 3 });
    drill.next();
    expect(drill.hint()).toEqual({ en: 'Think.', zh: '想一想。' });
    drill.submit(rightLetter(drill), { elapsedMs: 1000 });
    drill.next();
    drill.skip();
    drill.next();
    drill.submit(rightLetter(drill), { elapsedMs: 1000 });
    expect(store.db.prepare('SELECT rating, hint_used FROM attempts ORDER BY id').all()).toEqual([
      { rating: 2, hint_used: 1 },
      { rating: 4, hint_used: 0 },
    ]);
    expect(drill.end()).toMatchObject({ answered: 2, skipped: 1 });
  });

  it('writes the session row with its first answer, and end() is idempotent', () => {
    const store = openStore();
    const drill = session(bankOf({ alpha: 2 }), store);
    drill.next();
    expect(countRows(store, 'sessions')).toBe(0);
    drill.submit(rightLetter(drill), { elapsedMs: 1 });
    expect(store.db.prepare('SELECT id, mode, ended_at FROM sessions').get()).toEqual({ id: drill.id, mode: 'mixed', ended_at: null });
    const summary = drill.end();
    expect(drill.end()).toBe(summary);
    expect(drill.next()).toBeNull();

    const idle = session(bankOf({ alpha: 2 }), store);
    idle.end();
    expect(countRows(store, 'sessions')).toBe(1);
  });

  it('--question drills exactly that question, once; an unknown id is an input error', () => {
    const store = openStore();
    const questions = bankOf({ alpha: 3 });
    const drill = session(questions, store, { questionId: 'alpha-2' });
    expect(drill.progress().total).toBe(1);
    expect(drill.next()!.question.id).toBe('alpha-2');
    drill.submit(wrongLetter(drill), { elapsedMs: 1 });
    expect(drill.next()).toBeNull();
    expect(() => session(questions, store, { questionId: 'alpha-9' })).toThrow(InputError);
    expect(() => session(questions, store, { topics: ['nope'] })).toThrow(/unknown topic "nope"/);
    expect(() => session(questions, store, { kinds: ['essay'] })).toThrow(/unknown kind "essay"/);
    expect(() => session(questions, store, { count: 0 })).toThrow(InputError);
  });

  it('keeps to the topic and kind filters', () => {
    const questions = [...bankOf({ alpha: 3, beta: 3 }), numericQuestion('beta-n')];
    const drill = session(questions, openStore(), { topics: ['beta'], kinds: ['single'] });
    const asked: string[] = [];
    for (let instance = drill.next(); instance; instance = drill.next()) {
      asked.push(instance.question.id);
      drill.skip();
    }
    expect(asked.sort()).toEqual(['beta-1', 'beta-2', 'beta-3']);
  });

  it('with a seed, the order and the parameters repeat; parametric questions get a fresh seed each time', () => {
    const questions = [...bankOf({ alpha: 4, beta: 4 }), numericQuestion('alpha-n'), numericQuestion('beta-n')];
    const run = (seed: number) => {
      const drill = session(questions, openStore(), { seed });
      const asked: string[] = [];
      for (let instance = drill.next(); instance; instance = drill.next()) {
        asked.push(`${instance.question.id}@${instance.seed}:${JSON.stringify(instance.params)}`);
        drill.skip();
      }
      return asked;
    };
    const first = run(11);
    expect(first).toHaveLength(10);
    expect(run(11)).toEqual(first);
    expect(run(12)).not.toEqual(first);
    const parametric = first.filter((entry) => entry.includes('-n@'));
    expect(parametric).toHaveLength(2);
    expect(new Set(parametric.map((entry) => entry.split('@')[1]!.split(':')[0])).size).toBe(2);
  });

  it('the next session asks first what this one got wrong, once it is due', () => {
    const store = openStore();
    const clock = fixedClock(T0);
    const questions = bankOf({ alpha: 3, beta: 3 });
    const today = session(questions, store, { count: 6 }, clock);
    const wrong: string[] = [];
    for (let instance = today.next(); instance; instance = today.next()) {
      const answerWrong = instance.question.id.endsWith('-2');
      if (answerWrong) wrong.push(instance.question.id);
      today.submit(answerWrong ? wrongLetter(today) : rightLetter(today), { elapsedMs: 20_000 });
    }
    today.end();
    clock.advance(DAY);
    const tomorrow = session(questions, store, { mode: 'due', count: 10 }, clock);
    const due: string[] = [];
    for (let instance = tomorrow.next(); instance; instance = tomorrow.next()) {
      due.push(instance.question.id);
      tomorrow.skip();
    }
    expect(due.slice(0, 2).sort()).toEqual(wrong.sort());
  });
});

function numericQuestion(id: string): NumericQuestion {
  return {
    ...singleQuestion(id, id.split('-')[0]!),
    kind: 'numeric',
    prompt: { en: 'FL/CE at γ = {g}, pₜ = {p}?', zh: 'γ = {g}、pₜ = {p} 时 FL/CE？' },
    params: { g: { values: [1, 2, 3, 5] }, p: { min: 0.5, max: 0.99, step: 0.01 } },
    answer: '(1-p)^g',
    tolerance: { relative: 0.01 },
    wrongAnswers: [],
  };
}
