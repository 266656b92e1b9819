import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBank } from '../../../src/core/bank/bank.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import { grade } from '../../../src/core/grading/grade.js';
import { fixedClock } from '../../../src/core/schedule/clock.js';
import type { DrillMode } from '../../../src/core/schedule/pick.js';
import { createDrillSession } from '../../../src/core/session/session.js';
import { SqliteProgressStore } from '../../../src/store/progress-store.js';
import { tempDir } from '../../store/temp-db.js';
import { bankOf, T0 } from '../schedule/fixtures.js';

const stores: SqliteProgressStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** A weak-mode session over two topics of two questions, on a fresh database. */
function weakSession(mode: DrillMode = 'weak') {
  const store = SqliteProgressStore.open(join(tempDir(), 'progress.db'));
  stores.push(store);
  const questions = bankOf({ alpha: 2, beta: 2 });
  const bank = createBank([{ id: 'test', title: { en: 'Test', zh: '测试' }, topics: {}, dir: '/dev/null', questions }]);
  const clock = fixedClock(T0);
  const drill = createDrillSession({ bank, instantiate, grade, store, clock, options: { mode, count: 4, lang: 'en', seed: 3 } });
  return { drill, clock };
}

const topicOf = (id: string) => id.split('-')[0];

describe('picking within a session', () => {
  it('weak mode: an answer committed in the session counts in its topic mastery at the next pick', () => {
    const { drill, clock } = weakSession();
    // Nothing learnt yet: both topics at 0, alpha first by name.
    const first = drill.next()!.question.id;
    expect(topicOf(first)).toBe('alpha');
    drill.submit('a', { elapsedMs: 1000 }); // right and quick: Easy, alpha is now partly known
    clock.advance(20_000);
    expect(topicOf(drill.next()!.question.id)).toBe('beta');
  });

  it('weak mode: a skipped question leaves mastery as it was', () => {
    const { drill, clock } = weakSession();
    expect(topicOf(drill.next()!.question.id)).toBe('alpha');
    drill.skip();
    clock.advance(20_000);
    expect(topicOf(drill.next()!.question.id)).toBe('alpha');
  });

  it('an invalid answer does not move the card, so the next pick is as after a skip', () => {
    const { drill, clock } = weakSession();
    drill.next();
    expect(drill.submit('zz', { elapsedMs: 1000 }).retry).toBe(true);
    drill.skip();
    clock.advance(20_000);
    expect(topicOf(drill.next()!.question.id)).toBe('alpha');
  });
});
