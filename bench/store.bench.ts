// The progress store at scale: a synthetic history of 1,000,000 attempts over 10,000 cards
// (built once in one transaction, cached in the temp folder between runs), then the costs a
// learner feels: opening the database, recording one answer, choosing the next question and
// computing `focal stats`.
import { constants, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBank } from '../src/core/bank/bank.js';
import { plainInstance } from '../src/core/bank/instance.js';
import type { Question } from '../src/core/bank/types.js';
import type { SingleQuestion } from '../src/core/kinds/single.js';
import { grade } from '../src/core/grading/grade.js';
import { DAY_MS, fixedClock } from '../src/core/schedule/clock.js';
import { newCard, reviewCard, type CardState, type FsrsRating } from '../src/core/schedule/fsrs.js';
import { DRILL_MODES } from '../src/core/schedule/pick.js';
import { createDrillSession } from '../src/core/session/session.js';
import type { ProgressStore } from '../src/core/session/store.js';
import { readProgressReport } from '../src/store/history.js';
import { latestVersion } from '../src/store/migrations.js';
import { SqliteProgressStore } from '../src/store/progress-store.js';
import { cardToRow } from '../src/store/rows.js';
import { maxRow, median, percentile, sampleTimes, type Bench, type BenchRow } from './harness.js';

const CARDS = 10_000;
const ATTEMPTS = 1_000_000;
const TOPICS = 12;
/** Questions of a newly added pack, never answered: what `new` mode has to choose from. */
const UNSEEN = 2_000;
/** The history ends here; the benchmark's clock stands at this moment. */
const NOW = Date.UTC(2025, 5, 1, 12);
const HISTORY_DAYS = 365;

const CACHE = join(tmpdir(), `focal-bench-store-s${latestVersion()}-${ATTEMPTS}x${CARDS}.db`);

/**
 * Wall and CPU time of each call, in ms (`between` runs after each call, untimed). On a busy
 * machine the wall time of a short call is mostly waiting for a core; its CPU time is what the
 * code itself costs. CPU time is the whole process's, so V8's helper threads (concurrent garbage
 * collection and compilation) count too: a CPU figure above the wall figure is their work.
 */
function sampleWallAndCpu(fn: () => unknown, runs: number, warmup = 20, between?: () => void): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) {
    fn();
    between?.();
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    between?.();
  }
  return { wall, cpu };
}

/** The target row on wall time; beside it, for a p99 target, the median, and the same figures in CPU time. */
function timedRows(name: string, times: { wall: number[]; cpu: number[] }, max: number, stat: 'p99' | 'median'): BenchRow[] {
  if (stat === 'median') {
    return [maxRow(`${name} (median, wall)`, median(times.wall), 'ms', max), { name: `${name} (median, CPU time)`, value: median(times.cpu), unit: 'ms' }];
  }
  return [
    maxRow(`${name} (p99, wall)`, percentile(times.wall, 99), 'ms', max),
    { name: `${name} (p50, wall)`, value: median(times.wall), unit: 'ms' },
    { name: `${name} (p99, CPU time)`, value: percentile(times.cpu, 99), unit: 'ms' },
    { name: `${name} (p50, CPU time)`, value: median(times.cpu), unit: 'ms' },
  ];
}

const questionId = (index: number) => `bench-${String(index).padStart(5, '0')}`;

/** The CARDS questions of the history, then UNSEEN ones never answered. */
function syntheticQuestions(): Question[] {
  return Array.from({ length: CARDS + UNSEEN }, (_, index): SingleQuestion => ({
    id: index < CARDS ? questionId(index) : `bench-new-${String(index - CARDS).padStart(5, '0')}`,
    topic: `topic-${index % TOPICS}`,
    kind: 'single',
    difficulty: ((index % 3) + 1) as 1 | 2 | 3,
    source: 'bench',
    tags: [],
    prompt: { en: `Question ${index}?`, zh: `问题 ${index}？` },
    explanation: { en: 'Because.', zh: '因为。' },
    pack: 'bench',
    file: '/dev/null',
    options: [
      { text: { en: 'yes', zh: '是' }, correct: true },
      { text: { en: 'no', zh: '否' }, correct: false },
    ],
  }));
}

/** Builds the history once: attempts (with their review logs) in SQL, cards through FSRS. */
function buildHistory(path: string): number {
  const start = performance.now();
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  const store = SqliteProgressStore.open(building);
  const spacing = Math.floor((HISTORY_DAYS * DAY_MS) / ATTEMPTS);
  const first = NOW - HISTORY_DAYS * DAY_MS;
  store.db.transaction(() => {
    store.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @attempts)
         INSERT INTO attempts (uuid, session_id, question_id, topic, kind, seed, params, answer, verdict,
                               score, elapsed_ms, hint_used, self_grade, rating, answered_at)
         SELECT printf('00000000-0000-4000-8000-%012d', i), NULL, printf('bench-%05d', i % @cards),
                'topic-' || ((i % @cards) % @topics), 'single', NULL, '{}',
                CASE WHEN i % 4 = 0 THEN 'b' ELSE 'a' END,
                CASE WHEN i % 4 = 0 THEN 'wrong' ELSE 'correct' END,
                CASE WHEN i % 4 = 0 THEN 0.0 ELSE 1.0 END,
                5000 + (i % 30000), 0, NULL, CASE WHEN i % 4 = 0 THEN 1 ELSE 3 END,
                @first + i * @spacing
         FROM n`,
      )
      .run({ attempts: ATTEMPTS, cards: CARDS, topics: TOPICS, first, spacing });
    store.db.exec(
      `INSERT INTO review_log (attempt_id, question_id, rating, state, due, stability, difficulty, elapsed_days,
                               last_elapsed_days, scheduled_days, learning_steps, review)
       SELECT id, question_id, rating, 2, answered_at, 10.0, 5.0, 10, 10, 10, 0, answered_at FROM attempts`,
    );
    // Cards: a history of ratings per question, so that some are due, some lapsed, some fresh.
    for (let index = 0; index < CARDS; index++) {
      let card: CardState = newCard(first);
      let at = first + (index % 97) * DAY_MS;
      for (let review = 0; review < 4 && at < NOW; review++) {
        const rating = (index + review) % 5 === 0 ? 1 : (((index + review) % 3) + 2) as FsrsRating;
        card = reviewCard(card, rating, at).card;
        at = Math.max(card.due, at + DAY_MS);
      }
      store.statements.upsertCard.run(cardToRow(questionId(index), card));
    }
  })();
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  renameSync(building, path);
  return performance.now() - start;
}

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  if (!existsSync(CACHE)) {
    const ms = buildHistory(CACHE);
    rows.push({ name: `build the synthetic history (${ATTEMPTS.toLocaleString('en')} attempts, cached)`, value: ms / 1000, unit: 's' });
  }
  rows.push({ name: 'database size (1M attempts, 10k cards)', value: statSync(CACHE).size / 1024 / 1024, unit: 'MB' });

  // Opening: header checks, pragmas, the schema version read; nothing to migrate.
  const openTimes = sampleWallAndCpu(() => SqliteProgressStore.open(CACHE).close(), 50, 5);
  rows.push(...timedRows('open the database + migrations check', openTimes, 10, 'median'));

  const store = SqliteProgressStore.open(CACHE);
  try {
    const questions = syntheticQuestions();
    const bank = createBank([{ id: 'bench', title: { en: 'Bench', zh: '基准' }, topics: {}, dir: '/dev/null', questions }]);

    // Recording one answer, commit included: attempt + trigger-kept totals + card + review log.
    // It writes to a copy of the history, so the cached database neither grows nor changes from run to run.
    const scratch = `${CACHE}.record-${process.pid}`;
    copyFileSync(CACHE, scratch, constants.COPYFILE_FICLONE);
    const writer = SqliteProgressStore.open(scratch);
    let recorded = 0;
    const runId = `${process.pid}-${Date.now()}`;
    let recordTimes: { wall: number[]; cpu: number[] };
    try {
      recordTimes = sampleWallAndCpu(() => {
        recorded += 1;
        writer.recordAttempt(
          {
            id: `bench-run-${runId}-${recorded}`,
            sessionId: null,
            questionId: questionId(recorded % CARDS),
            topic: `topic-${(recorded % CARDS) % TOPICS}`,
            kind: 'single',
            seed: null,
            params: {},
            answer: 'a',
            verdict: 'correct',
            score: 1,
            elapsedMs: 4000,
            hintUsed: false,
            selfGrade: null,
            rating: 3,
            answeredAt: NOW + recorded,
          },
          (stored) => reviewCard(stored ?? newCard(NOW), 3, NOW + recorded),
        );
      }, 2000);
    } finally {
      writer.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true });
    }
    rows.push(...timedRows('record one attempt, commit included', recordTimes, 2, 'p99'));

    // Choosing the next question among 12,000 (10,000 with a history), in each mode, as in a
    // learner's session: 20 s per question, every question answered (one in four wrong), so
    // cards change and time moves between picks. Only next() is timed; the answers go to a
    // store that keeps nothing, so the cached history stays the same from run to run.
    for (const mode of DRILL_MODES) {
      const cards = store.loadCards();
      const keepNothing: ProgressStore = {
        loadCards: () => new Map(cards),
        startSession() {},
        endSession() {},
        recordAttempt: (attempt, review) => {
          const next = review?.(cards.get(attempt.questionId)) ?? null;
          if (next) cards.set(attempt.questionId, next.card);
          return next;
        },
      };
      const clock = fixedClock(NOW);
      const drill = createDrillSession({
        bank,
        instantiate: (question) => plainInstance(question),
        grade,
        store: keepNothing,
        clock,
        options: { mode, count: 230, lang: 'en', seed: 1 },
      });
      let answered = 0;
      const answer = () => {
        clock.advance(20_000);
        answered += 1;
        drill.submit(answered % 4 === 0 ? 'b' : 'a', { elapsedMs: 20_000 });
      };
      // The first picks warm up the JIT; the 200 measured after them are a learner's session.
      const times = sampleWallAndCpu(() => {
        if (!drill.next()) throw new Error(`${mode} mode ran out of questions`);
      }, 200, 20, answer);
      rows.push(...timedRows(`choose the next question, ${mode} mode`, times, 5, 'p99'));
    }

    const createTimes = sampleTimes(
      () => createDrillSession({ bank, instantiate: plainInstance, grade, store, clock: fixedClock(NOW), options: { mode: 'mixed', count: 10, lang: 'en' } }),
      10,
      2,
    );
    rows.push({ name: 'start a session: 10,000 cards, 12,000 questions (median)', value: median(createTimes), unit: 'ms' });

    const statsTimes = sampleWallAndCpu(() => readProgressReport(store, questions, NOW), 20, 3);
    rows.push(...timedRows('stats: the whole progress report', statsTimes, 100, 'median'));
  } finally {
    store.close();
  }
  return rows;
};

export default bench;
