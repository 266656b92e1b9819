// Child process of card-updates.test.ts: answers one question COUNT times the way the CLI does
// (`focal check --record`: open, read the card, rate, write). Usage: review-same-card.ts DB WRITER COUNT
import type { QuestionInstance } from '../../src/core/bank/types.js';
import { recordAnswer } from '../../src/store/record-answer.js';

const [path, writer, countText] = process.argv.slice(2);
const instance = {
  question: { id: 'shared-question', topic: 'shared', kind: 'single', difficulty: 1 },
  seed: null,
  params: {},
} as unknown as QuestionInstance;
for (let i = 0; i < Number(countText); i++) {
  await recordAnswer(path!, {
    instance,
    answer: `${writer}-${i}`,
    result: { verdict: i % 3 === 0 ? 'wrong' : 'correct', correct: i % 3 !== 0, score: i % 3 === 0 ? 0 : 1, feedback: '', expected: '' },
  } as Parameters<typeof recordAnswer>[1]);
}
