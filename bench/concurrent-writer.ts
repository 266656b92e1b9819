// Child process of concurrency.bench.ts: records COUNT answers the way the drill does (the card
// read and written in the answer's own transaction), on question ids every writer shares, and
// prints the slowest write in ms. Usage: concurrent-writer.ts DB WRITER COUNT
import { performance } from 'node:perf_hooks';
import type { QuestionInstance } from '../src/core/bank/types.js';
import { commitAnswer } from '../src/core/session/commit.js';
import { SqliteProgressStore } from '../src/store/progress-store.js';

const [path, writer, countText] = process.argv.slice(2);
const store = SqliteProgressStore.open(path!);
let slowest = 0;
for (let i = 0; i < Number(countText); i++) {
  const instance = { question: { id: `shared-${i % 10}`, topic: `topic-${i % 3}`, kind: 'single', difficulty: 1 }, seed: null, params: {} } as unknown as QuestionInstance;
  const right = i % 4 !== 0;
  const start = performance.now();
  commitAnswer(store, {
    instance,
    answer: right ? 'a' : 'b',
    result: { verdict: right ? 'correct' : 'wrong', correct: right, score: right ? 1 : 0, feedback: '', expected: 'a' },
    elapsedMs: 5000,
    hintUsed: false,
    sessionId: null,
    now: Date.now(),
    id: `${writer}-${i}`,
  });
  slowest = Math.max(slowest, performance.now() - start);
}
store.close();
process.stdout.write(`${slowest}\n`);
