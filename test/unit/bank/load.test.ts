import { describe, expect, it } from 'vitest';
import { bundledPackDirs, packDirsIn } from '../../../src/core/bank/bundled.js';
import { lineCount, loadPack, loadPacks } from '../../../src/core/bank/load.js';
import type { CodeReviewQuestion } from '../../../src/core/kinds/code-review.js';
import type { DerivationQuestion } from '../../../src/core/kinds/derivation.js';
import type { NumericQuestion } from '../../../src/core/kinds/numeric.js';
import type { SingleQuestion } from '../../../src/core/kinds/single.js';
import { fixturePack, PACKS } from './fixtures.js';
import type { Problem } from '../../../src/core/bank/problems.js';
import { tSaid } from '../../../src/core/words/index.js';

/** A problem's message as the English output says it. */
const english = (problem: Problem) => tSaid('en', problem.message);

describe('loading a pack', () => {
  it('reads pack.yaml and every question file into typed questions', () => {
    const { pack, problems } = loadPack(fixturePack('good'));
    expect(problems).toEqual([]);
    expect(pack!.id).toBe('fixture-good');
    expect(pack!.title).toEqual({ en: 'Fixture pack', zh: '测试题包' });
    expect(Object.keys(pack!.topics)).toEqual(['numbers', 'theory', 'code']);
    expect(pack!.questions.map((question) => question.id)).toEqual([
      'fx-single',
      'fx-multiple',
      'fx-numeric',
      'fx-numeric-plain',
      'fx-param',
      'fx-expression',
      'fx-expression-param',
      'fx-derivation',
      'fx-free',
      'fx-code',
    ]);
    for (const question of pack!.questions) {
      expect(question.pack).toBe('fixture-good');
      expect(question.file).toBe(fixturePack('good/questions.yaml'));
    }
  });

  it('fills defaults and keeps every expression as text', () => {
    const { pack } = loadPack(fixturePack('good'));
    const byId = new Map(pack!.questions.map((question) => [question.id, question]));
    const single = byId.get('fx-single') as SingleQuestion;
    expect(single.options.map((option) => option.correct)).toEqual([false, true, false]);
    expect(byId.get('fx-multiple')!.tags).toEqual([]);
    // YAML reads 0.10536 as a number; the bank keeps the text an author would write.
    const plain = byId.get('fx-numeric-plain') as NumericQuestion;
    expect(plain.answer).toBe('0.10536');
    expect(plain.tolerance).toEqual({ absolute: 0.0005 });
    const derivation = byId.get('fx-derivation') as DerivationQuestion;
    expect(derivation.let).toEqual(['pt = sigmoid(x)']);
    expect(derivation.goalRelation).toBe('d/dx');
    expect(derivation.model.split('\n').filter(Boolean)).toHaveLength(3);
    expect(derivation.wrongAnswers).toHaveLength(2);
  });

  it('reads a code-review snippet relative to the pack folder', () => {
    const { pack } = loadPack(fixturePack('good'));
    const code = pack!.questions.find((question) => question.id === 'fx-code') as CodeReviewQuestion;
    expect(code.code.split('\n')[2]).toBe('    return -math.log10(p)');
    expect(lineCount(code.code)).toBe(7);
    expect(code.bugs).toEqual([{ line: 3, why: { en: 'math.log10 is not the natural log.', zh: 'math.log10 不是自然对数。' } }]);
  });

  it('keeps the valid questions of a pack that has problems', () => {
    const { pack, problems } = loadPack(fixturePack('broken-yaml'));
    expect(problems.length).toBeGreaterThan(0);
    expect(pack!.questions.map((question) => question.id)).toEqual(['still-loaded']);
  });

  it('reports a folder that does not exist instead of throwing', () => {
    const { pack, problems } = loadPack(fixturePack('no-such-pack'));
    expect(pack).toBeNull();
    expect(problems).toHaveLength(1);
    expect(english(problems[0]!)).toMatch(/cannot read the pack folder/);
  });

  it('loads a folder named twice only once', () => {
    const { packs, problems } = loadPacks([fixturePack('good'), `${fixturePack('good')}/`]);
    expect(packs).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});

describe('bundled packs', () => {
  it('are the folders of questions/ at the package root that hold a pack.yaml', () => {
    const dirs = bundledPackDirs();
    expect(dirs.length).toBeGreaterThan(0);
    expect(dirs.some((dir) => dir.endsWith('/questions/focal-loss'))).toBe(true);
  });

  it('packDirsIn lists only pack folders', () => {
    const dirs = packDirsIn(PACKS);
    expect(dirs).toContain(fixturePack('good'));
    expect(dirs).not.toContain(fixturePack('no-manifest'));
    expect(packDirsIn(fixturePack('no-such-folder'))).toEqual([]);
  });
});
