// Child process of concurrency.test.ts: records COUNT attempts, one transaction each, with
// card updates on question ids the other writer uses too. Usage: write-attempts.ts DB WRITER COUNT
import { newCard, reviewCard } from '../../src/core/schedule/fsrs.js';
import { SqliteProgressStore } from '../../src/store/progress-store.js';

const [path, writer, countText] = process.argv.slice(2);
const count = Number(countText);
const store = SqliteProgressStore.open(path!);
const now = Date.UTC(2025, 0, 6);
for (let i = 0; i < count; i++) {
  const questionId = `q-${i % 20}`;
  const at = now + i * 1000;
  store.recordAttempt(
    {
      id: `${writer}-${i}`,
      sessionId: null,
      questionId,
      topic: `topic-${i % 4}`,
      kind: 'single',
      seed: null,
      params: {},
      answer: 'a',
      verdict: i % 3 === 0 ? 'wrong' : 'correct',
      score: i % 3 === 0 ? 0 : 1,
      elapsedMs: 1000,
      hintUsed: false,
      selfGrade: null,
      rating: i % 3 === 0 ? 1 : 3,
      answeredAt: at,
    },
    () => reviewCard(newCard(at), i % 3 === 0 ? 1 : 3, at),
  );
}
store.close();
