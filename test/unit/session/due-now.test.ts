import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBank } from '../../../src/core/bank/bank.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { Question } from '../../../src/core/bank/types.js';
import { grade } from '../../../src/core/grading/grade.js';
import { fixedClock } from '../../../src/core/schedule/clock.js';
import { createDrillSession } from '../../../src/core/session/session.js';
import { SqliteProgressStore } from '../../../src/store/progress-store.js';
import { tempDir } from '../../store/temp-db.js';
import { bankOf, DAY, T0 } from '../schedule/fixtures.js';

const stores: SqliteProgressStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function drillOn(questions: Question[], store: SqliteProgressStore, clock: ReturnType<typeof fixedClock>) {
  const bank = createBank([{ id: 'test', title: { en: 'Test', zh: '测试' }, topics: {}, dir: '/dev/null', questions }]);
  return createDrillSession({ bank, instantiate, grade, store, clock, options: { mode: 'mixed', count: 10, lang: 'en', seed: 3 } });
}

describe('the number due now', () => {
  it('counts the bank questions whose card is due, as the database holds them', () => {
    const store = SqliteProgressStore.open(join(tempDir(), 'progress.db'));
    stores.push(store);
    const clock = fixedClock(T0);
    const questions = bankOf({ alpha: 3, beta: 2 });
    expect(drillOn(questions, store, clock).dueNow()).toBe(0);
    const first = drillOn(questions, store, clock);
    for (let i = 0; i < 3; i++) {
      const instance = first.next()!;
      if (instance.question.kind !== 'single') throw new Error('single-choice fixtures');
      const wrong = instance.question.options.findIndex((option) => !option.correct);
      first.submit(String.fromCharCode(97 + wrong), { elapsedMs: 5000 });
    }
    first.end();
    clock.advance(DAY);
    // Independent count: the cards table, read with SQL.
    const due = store.db.prepare('SELECT count(*) FROM cards WHERE due <= ?').pluck().get(clock.now()) as number;
    expect(due).toBe(3);
    expect(drillOn(questions, store, clock).dueNow()).toBe(due);
  });
});
