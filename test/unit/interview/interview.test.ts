// The mock interview's loop on real SQLite files: stages in order, the weakest question of each,
// one follow-up after a wrong answer, the time limit, the report and what is stored.
import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/core/bank/bank.js';
import { instantiate } from '../../../src/core/bank/instantiate.js';
import type { Question } from '../../../src/core/bank/types.js';
import { grade } from '../../../src/core/grading/grade.js';
import { createInterview, type InterviewSession } from '../../../src/core/interview/interview.js';
import { STAGES } from '../../../src/core/interview/stages.js';
import { fixedClock } from '../../../src/core/schedule/clock.js';
import { createDrillSession } from '../../../src/core/session/session.js';
import type { SqliteProgressStore } from '../../../src/store/progress-store.js';
import { openTempStore } from '../../store/temp-db.js';
import { bankOf, MINUTE, T0 } from '../schedule/fixtures.js';


const bank = (questions: Question[]) => createBank([{ id: 'test', title: { en: 'Test', zh: '测试' }, topics: {}, dir: '/dev/null', questions }]);

/** Two or three single-choice questions in each stage whose topic they can be (no derivation or code-review ones). */
const QUESTIONS = bankOf({ motivation: 3, definitions: 2, 'alpha-gamma': 2, limits: 2, numbers: 2, relatives: 2, calibration: 2 });

function interview(store: SqliteProgressStore, options: { minutes?: number; seed?: number; questions?: Question[] } = {}) {
  const elapsed = { ms: 0 };
  let ids = 0;
  const session = createInterview({
    bank: bank(options.questions ?? QUESTIONS),
    instantiate,
    grade,
    store,
    clock: fixedClock(T0),
    elapsed: () => elapsed.ms,
    options: { minutes: options.minutes ?? 20, seed: options.seed ?? 7, lang: 'en' },
    newId: () => `id-${++ids}`,
  });
  return { session, elapsed };
}

/** The letter of a right or a wrong option of the question being asked (options are shuffled). */
function letter(session: InterviewSession, correct: boolean): string {
  const question = session.next()!.instance.question;
  if (question.kind !== 'single') throw new Error('single-choice fixtures');
  return String.fromCharCode(97 + question.options.findIndex((option) => option.correct === correct));
}

describe('the mock interview', () => {
  it('moves through the stages in order, one question each when every answer is right, and skips stages the bank cannot fill', () => {
    const store = openTempStore();
    const { session, elapsed } = interview(store);
    const asked: { stage: string; topic: string; followUp: boolean }[] = [];
    for (let next = session.next(); next; next = session.next()) {
      asked.push({ stage: next.stage.id, topic: next.instance.question.topic, followUp: next.followUp });
      elapsed.ms += 30_000;
      expect(session.submit(letter(session, true), { elapsedMs: 30_000 }).result.verdict).toBe('correct');
    }
    expect(asked).toEqual([
      { stage: 'motivation', topic: 'motivation', followUp: false },
      { stage: 'definition', topic: 'definitions', followUp: false },
      { stage: 'alpha-gamma', topic: 'alpha-gamma', followUp: false },
      { stage: 'limits', topic: 'limits', followUp: false },
      { stage: 'numbers', topic: 'numbers', followUp: false },
      { stage: 'relatives', topic: 'relatives', followUp: false },
    ]);
    const report = session.end();
    expect(report.score).toBe(6);
    expect(report.maxScore).toBe(STAGES.length);
    expect(report.timeUp).toBe(false);
    expect(report.weakest).toEqual([]);
    expect(report.stages.find((stage) => stage.stage === 'derivation')).toMatchObject({ reached: false, questions: 0, score: 0 });
    expect(report.stages.find((stage) => stage.stage === 'numbers')).toMatchObject({ questions: 1, correct: 1, seconds: 30, missed: null, verdicts: ['correct'] });
  });

  it('asks the weakest question of a stage: one answered wrong before comes before those never seen', () => {
    const store = openTempStore();
    // Answered wrong yesterday in a drill: motivation-3 is the weakest motivation question.
    const drill = createDrillSession({
      bank: bank(QUESTIONS),
      instantiate,
      grade,
      store,
      clock: fixedClock(T0 - 86_400_000),
      options: { mode: 'mixed', count: 1, lang: 'en', questionId: 'motivation-3' },
    });
    const question = drill.next()!.question;
    if (question.kind !== 'single') throw new Error('single');
    drill.submit(String.fromCharCode(97 + question.options.findIndex((option) => !option.correct)), { elapsedMs: 5_000 });
    drill.end();
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(interview(store, { seed }).session.next()!.instance.question.id).toBe('motivation-3');
    }
    // Answered right instead, it is the strongest: never the first pick.
    const right = openTempStore();
    const good = createDrillSession({ bank: bank(QUESTIONS), instantiate, grade, store: right, clock: fixedClock(T0 - 3_600_000), options: { mode: 'mixed', count: 1, lang: 'en', questionId: 'motivation-3' } });
    const shown = good.next()!.question;
    if (shown.kind !== 'single') throw new Error('single');
    good.submit(String.fromCharCode(97 + shown.options.findIndex((option) => option.correct)), { elapsedMs: 5_000 });
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(interview(right, { seed }).session.next()!.instance.question.id).not.toBe('motivation-3');
    }
  });

  it('follows up once inside the stage after a wrong answer, then moves on', () => {
    const store = openTempStore();
    const { session, elapsed } = interview(store);
    const first = session.next()!;
    elapsed.ms += 60_000;
    session.submit(letter(session, false), { elapsedMs: 60_000 });
    const followUp = session.next()!;
    expect(followUp).toMatchObject({ stageIndex: 0, followUp: true });
    expect(followUp.instance.question.topic).toBe('motivation');
    expect(followUp.instance.question.id).not.toBe(first.instance.question.id);
    elapsed.ms += 30_000;
    session.submit(letter(session, false), { elapsedMs: 30_000 });
    // Wrong again: no second follow-up, the next stage.
    expect(session.next()).toMatchObject({ stageIndex: 1, followUp: false });
    session.submit(letter(session, false), { elapsedMs: 1_000 });
    expect(session.next()).toMatchObject({ stageIndex: 1, followUp: true });
    session.submit(letter(session, true), { elapsedMs: 1_000 });
    expect(session.next()).toMatchObject({ stageIndex: 2, followUp: false });
    const report = session.report();
    expect(report.stages[0]).toMatchObject({ verdicts: ['wrong', 'wrong'], questions: 2, correct: 0, seconds: 90, score: 0, missed: 'right' });
    expect(report.stages[1]).toMatchObject({ verdicts: ['wrong', 'correct'], score: 0.5 });
    expect(report.score).toBe(0.5);
    expect(report.weakest.map((stage) => [stage.stage, stage.command])).toEqual([
      ['motivation', 'focal drill --mode weak --topic motivation'],
      ['definition', 'focal drill --mode weak --topic definitions'],
    ]);
  });

  it('skips the follow-up when the interview is behind time', () => {
    const store = openTempStore();
    const { session, elapsed } = interview(store, { minutes: 8 });
    session.next();
    // One minute per stage was given; the first answer took two.
    elapsed.ms = 2 * MINUTE;
    session.submit(letter(session, false), { elapsedMs: 2 * MINUTE });
    expect(session.next()).toMatchObject({ stageIndex: 1, followUp: false });
  });

  it('when the time is up, the question being answered is finished and the interview ends', () => {
    const store = openTempStore();
    const { session, elapsed } = interview(store, { minutes: 1 });
    session.next();
    session.submit(letter(session, true), { elapsedMs: 10_000 });
    elapsed.ms = 10_000;
    const second = session.next()!;
    elapsed.ms = 75_000;
    expect(session.timeLeft()).toBe(0);
    // Still answerable: the answer is graded and stored.
    expect(session.next()).toBe(second);
    expect(session.submit(letter(session, false), { elapsedMs: 65_000 }).committed).toBe(true);
    expect(session.next()).toBeNull();
    const report = session.end();
    expect(report).toMatchObject({ timeUp: true, score: 1, seconds: 75 });
    expect(report.stages.filter((stage) => stage.reached).map((stage) => stage.stage)).toEqual(['motivation', 'definition']);
    expect(store.db.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(2);
  });

  it('the same seed asks the same questions in the same order', () => {
    const order = (seed: number) => {
      const { session } = interview(openTempStore(), { seed });
      const ids: string[] = [];
      for (let next = session.next(); next; next = session.next()) {
        ids.push(`${next.instance.question.id}:${next.instance.seed}`);
        session.submit(letter(session, ids.length % 2 === 0), { elapsedMs: 1 });
      }
      return ids;
    };
    expect(order(11)).toEqual(order(11));
    expect(new Set([11, 12, 13, 14].map((seed) => order(seed).join()))).not.toEqual(new Set([order(11).join()]));
  });

  it('stores the session as an interview with its report, its attempts scheduled like any other', () => {
    const store = openTempStore();
    const { session } = interview(store);
    const first = session.next()!;
    session.submit(letter(session, true), { elapsedMs: 1_000 });
    expect(store.loadCards().get(first.instance.question.id)).toMatchObject({ reps: 1 });
    session.next();
    session.skip();
    const report = session.end();
    expect(report.stages[1]).toMatchObject({ verdicts: ['skipped'], score: 0 });
    const row = store.db.prepare('SELECT mode, ended_at, options FROM sessions').get() as { mode: string; ended_at: number; options: string };
    expect(row.mode).toBe('interview');
    expect(row.ended_at).toBe(T0);
    const options = JSON.parse(row.options) as { minutes: number; lang: string; report: { score: number; stages: unknown[] } };
    expect(options).toMatchObject({ minutes: 20, lang: 'en', report: { score: 1, maxScore: 8 } });
    expect(options.report.stages).toHaveLength(8);
  });

  it('refuses a time that is not a positive number of minutes, and a bank with no question for any stage', () => {
    const store = openTempStore();
    expect(() => interview(store, { minutes: 0 })).toThrow(/--minutes/);
    expect(() => interview(store, { minutes: Number.NaN })).toThrow(/--minutes/);
    expect(() => interview(store, { questions: bankOf({ calibration: 2 }) })).toThrow(/no question fits any interview stage/);
  });
});
