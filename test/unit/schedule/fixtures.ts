import type { Difficulty, Question } from '../../../src/core/bank/types.js';
import type { SingleQuestion } from '../../../src/core/kinds/single.js';

/** A small single-choice question: grading it needs no math. */
export function singleQuestion(id: string, topic: string, difficulty: Difficulty = 1): SingleQuestion {
  return {
    id,
    topic,
    kind: 'single',
    difficulty,
    source: 'test',
    tags: [],
    prompt: { en: `Question ${id}?`, zh: `问题 ${id}？` },
    explanation: { en: `Because ${id}.`, zh: `因为 ${id}。` },
    hint: { en: 'Think.', zh: '想一想。' },
    pack: 'test',
    file: '/dev/null',
    options: [
      { text: { en: 'right', zh: '对' }, correct: true },
      { text: { en: 'wrong', zh: '错' }, correct: false },
    ],
  };
}

export function bankOf(spec: Record<string, number>): Question[] {
  return Object.entries(spec).flatMap(([topic, count]) =>
    Array.from({ length: count }, (_, index) => singleQuestion(`${topic}-${index + 1}`, topic)),
  );
}

export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
export const MINUTE = 60_000;
export const DAY = 86_400_000;
