import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/bank/bank.js';
import type { FreeQuestion } from '../../src/core/kinds/free.js';
import { keyPointCoverage } from '../../src/core/grading/key-points.js';
import { FREE_ANSWERS } from './free-answers.js';

const deck = (await loadBank([])).questions.filter((question): question is FreeQuestion => question.kind === 'free');

describe('free questions: key-point patterns on paraphrased answers', () => {
  it('every free question of the deck has paraphrased answers to test its patterns against', () => {
    expect(deck.length).toBeGreaterThanOrEqual(11);
    expect(deck.map((question) => question.id).filter((id) => !(id in FREE_ANSWERS))).toEqual([]);
  });

  describe.each(deck.map((question) => [question.id, question] as const))('%s', (id, question) => {
    const answers = FREE_ANSWERS[id]!;
    const found = (answer: string) => keyPointCoverage(question, answer).points.filter((point) => point.found).map((point) => point.index);

    it.each([...answers.good.en.map((text) => ['en', text]), ...answers.good.zh.map((text) => ['zh', text])])('a good %s answer finds at least 3/4 of the key points: %s', (_lang, text) => {
      const coverage = keyPointCoverage(question, text);
      const missed = coverage.points.filter((point) => !point.found).map((point) => question.keyPoints[point.index]!.en);
      expect(coverage.found / coverage.total, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(0.75);
      expect(coverage.suggested).toBeGreaterThanOrEqual(3);
    });

    it.each(answers.missing.flatMap(({ omits, en, zh }) => [[omits, 'en', en] as const, [omits, 'zh', zh] as const]))(
      'an answer leaving out key points %j (%s) does not find them',
      (omits, _lang, text) => {
        const hits = found(text);
        for (const index of omits) expect(hits, `key point ${index} "${question.keyPoints[index]!.en}" found in: ${text}`).not.toContain(index);
        expect(keyPointCoverage(question, text).suggested).toBeLessThan(4);
      },
    );
  });
});
