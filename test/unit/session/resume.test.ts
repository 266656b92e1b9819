import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/core/bank/bank.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import { grade } from '../../../src/core/grading/grade.js';
import { fixedClock } from '../../../src/core/schedule/clock.js';
import { createDrillSession, type DrillOptions, type DrillSession } from '../../../src/core/session/session.js';
import type { SqliteProgressStore } from '../../../src/store/progress-store.js';
import { claimLatestUnfinished, thisProcess, type Runner } from '../../../src/store/resume.js';
import { openTempStore } from '../../store/temp-db.js';
import { bankOf, T0 } from '../schedule/fixtures.js';

// Resuming at the level of the session and the store (the command is tested in test/e2e/drill-resume.test.ts).


const questions = bankOf({ alpha: 3, beta: 3 });
const self: Runner = thisProcess();

let ids = 0;
function session(store: SqliteProgressStore, options: Partial<DrillOptions> = {}): DrillSession {
  return createDrillSession({
    bank: createBank([{ id: 'test', title: { en: 'Test', zh: '测试' }, topics: {}, dir: '/dev/null', questions }]),
    instantiate,
    grade,
    store,
    clock: fixedClock(T0),
    options: { mode: 'mixed', count: 4, seed: 3, lang: 'en', stored: { packs: [], runner: self }, ...options },
    newId: () => `id-${++ids}`,
  });
}

/** Answers the question being asked, rightly or (correct: false) wrongly; returns its id. */
function answer(drill: DrillSession, correct = true): string {
  const question = drill.next()!.question;
  if (question.kind !== 'single') throw new Error('single-choice fixtures');
  const letter = String.fromCharCode(97 + question.options.findIndex((option) => option.correct === correct));
  drill.submit(letter, { elapsedMs: 5_000 });
  return question.id;
}

function resumed(store: SqliteProgressStore): DrillSession {
  const claim = claimLatestUnfinished(store, self);
  expect(claim.resumable).not.toBeNull();
  const { session: record, planned, answers } = claim.resumable!;
  return session(store, { mode: record.mode as DrillOptions['mode'], seed: record.seed!, resume: { id: record.id, planned, answers } });
}

const optionsOf = (store: SqliteProgressStore) =>
  (store.db.prepare('SELECT options FROM sessions').pluck().all() as string[]).map((text) => JSON.parse(text) as Record<string, unknown>);

describe('a resumed drill session', () => {
  it('goes on from where it stopped: numbering, streak and summary include the answers before; none is asked again', () => {
    const store = openTempStore();
    const first = session(store);
    const before = [answer(first), answer(first)];
    first.next(); // shown, not answered: the interruption comes here
    first.end();
    expect(optionsOf(store)).toEqual([{ topics: [], kinds: [], count: 4, lang: 'en', planned: 4, packs: [] }]);

    const second = resumed(store);
    expect(second.id).toBe(first.id);
    expect(second.progress()).toEqual({ index: 2, total: 4, streak: 2 });
    const after = [answer(second, false), answer(second)];
    expect(second.progress()).toEqual({ index: 4, total: 4, streak: 1 });
    expect(after.some((id) => before.includes(id))).toBe(false);
    expect(second.next()).toBeNull();
    const summary = second.end();
    expect(summary).toMatchObject({ answered: 4, correct: 3 });
    expect(optionsOf(store)[0]).toMatchObject({ finished: true });
    expect(store.db.prepare('SELECT count(DISTINCT session_id) FROM attempts').pluck().get()).toBe(1);
    expect(claimLatestUnfinished(store, self).resumable).toBeNull();
  });

  it('is finished when its last question was answered even if the next one was never asked for (Esc on the last verdict)', () => {
    const store = openTempStore();
    const drill = session(store, { count: 2 });
    answer(drill);
    answer(drill);
    drill.end();
    expect(optionsOf(store)[0]).toMatchObject({ finished: true });
  });

  it('asks the planned number less the answered, however many were skipped (a skipped question may come again)', () => {
    const store = openTempStore();
    const drill = session(store);
    answer(drill);
    drill.next();
    drill.skip();
    drill.end();
    const claim = claimLatestUnfinished(store, self);
    expect(claim.resumable).toMatchObject({ planned: 4 });
    expect(claim.resumable!.answers).toHaveLength(1);
    store.endSession(claim.resumable!.session.id, T0);
    expect(resumed(store).progress()).toEqual({ index: 1, total: 4, streak: 1 });
  });

  it('in due mode, asks no more than are due now', () => {
    const store = openTempStore();
    // Nothing has a card yet, so nothing is due: the remaining plan is capped at what the mode has.
    const first = session(store);
    answer(first);
    first.end();
    const claim = claimLatestUnfinished(store, self);
    const drill = session(store, { mode: 'due', resume: { id: claim.resumable!.session.id, planned: 4, answers: claim.resumable!.answers } });
    expect(drill.progress()).toEqual({ index: 1, total: 1, streak: 1 });
    expect(drill.next()).toBeNull();
    drill.end();
    expect(optionsOf(store)[0]).toMatchObject({ finished: true });
  });
});

describe('claiming a session to resume', () => {
  it('takes it in one write: a second claimant sees it run by the first, which is alive', () => {
    const store = openTempStore();
    const drill = session(store);
    answer(drill);
    drill.end();
    // The first claimant is another live process on this host (the test runner's parent).
    const other: Runner = { pid: process.ppid, host: hostname() };
    const first = claimLatestUnfinished(store, other);
    expect(first.resumable).not.toBeNull();
    expect(optionsOf(store)[0]).toMatchObject({ runner: other });
    expect(store.db.prepare('SELECT ended_at FROM sessions').pluck().get()).toBeNull();
    const second = claimLatestUnfinished(store, self);
    expect(second).toEqual({ resumable: null, busy: [{ startedAt: T0, pid: process.ppid }] });
    // Once that process ends the session (or is gone), it can be taken again.
    store.endSession(first.resumable!.session.id, T0 + 1);
    expect(claimLatestUnfinished(store, self).resumable).not.toBeNull();
  });

  it('a runner that no longer exists, or on another host, does not hold the session', () => {
    const store = openTempStore();
    const drill = session(store);
    answer(drill);
    // Not ended: as after SIGKILL. A pid no process has, then a host this is not.
    for (const runner of [{ pid: 2 ** 30, host: self.host }, { pid: process.ppid, host: `not-${self.host}` }]) {
      store.db.prepare(`UPDATE sessions SET options = json_set(options, '$.runner', json(?))`).run(JSON.stringify(runner));
      expect(claimLatestUnfinished(store, self).resumable).not.toBeNull();
    }
  });

  it('leaves alone interviews, sessions from before resuming was kept, and options that do not read', () => {
    const store = openTempStore();
    const insert = store.db.prepare(`INSERT INTO sessions (id, started_at, ended_at, mode, seed, options) VALUES (?, ?, NULL, ?, NULL, ?)`);
    insert.run('interview', T0, 'interview', JSON.stringify({ planned: 8 }));
    insert.run('old', T0, 'mixed', JSON.stringify({ topics: [], kinds: [], count: 10, lang: 'en' }));
    insert.run('broken', T0, 'mixed', '{"planned": 3');
    expect(claimLatestUnfinished(store, self)).toEqual({ resumable: null, busy: [] });
  });
});
