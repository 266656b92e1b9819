import { describe, expect, it } from 'vitest';
import { KINDS, type Question } from '../../../src/core/bank/types.js';
import { plainInstance } from '../../../src/core/bank/instance.js';
import { KIND_GRADERS } from '../../../src/core/grading/grade.js';
import { KIND_REGISTRY, kindName } from '../../../src/core/kinds/index.js';
import { letterIndex, optionLetter } from '../../../src/core/kinds/letters.js';
import { KIND_SPECS } from '../../../src/core/kinds/specs.js';
import { KIND_VIEWS } from '../../../src/ui/kinds/question-input.js';
import { tSaid } from '../../../src/core/words/index.js';
import { graders, refused, registry, toyGrader, toyKind, views, type ToyQuestion } from '../../fixtures/toy-kind/toy-kind.js';

// The compile-time half (a missing kind or piece does not type-check) is the toy-kind
// fixture's @ts-expect-error lines, checked by `npm run typecheck`.

const SPEC_PIECES = ['schema', 'checkStructure', 'details', 'jsonExtras', 'answerInput', 'howToAnswer', 'skeleton', 'words', 'grader'] as const;
const GRADER_PIECES = ['grade', 'answerKey', 'checkAnswerKey'] as const;
const VIEW_PIECES = ['Input', 'keyContexts', 'Marks', 'expectedInFeedback'] as const;

describe('the kind registries', () => {
  it('hold exactly the kinds of KINDS, each with every piece', () => {
    for (const registry of [KIND_REGISTRY, KIND_SPECS, KIND_GRADERS, KIND_VIEWS]) expect(Object.keys(registry).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) {
      for (const piece of SPEC_PIECES) expect(KIND_SPECS[kind][piece], `${kind}.${piece}`).toBeDefined();
      for (const piece of GRADER_PIECES) expect(KIND_GRADERS[kind][piece], `${kind}.${piece}`).toBeTypeOf('function');
      for (const piece of VIEW_PIECES) expect(KIND_VIEWS[kind][piece], `${kind}.${piece}`).toBeDefined();
      expect(['line', 'lines', 'self-graded']).toContain(KIND_SPECS[kind].answerInput);
    }
  });

  it('take each kind\'s spec from its registration and its grader from its spec', async () => {
    for (const kind of KINDS) {
      expect(KIND_SPECS[kind]).toBe(await KIND_REGISTRY[kind].load());
      expect(KIND_GRADERS[kind]).toBe(await KIND_SPECS[kind].grader());
    }
  });

  it('name every kind in English and in Chinese', () => {
    expect(kindName('numeric', 'en')).toBe('numeric');
    expect(kindName('code-review', 'zh')).toBe('代码审查');
    for (const kind of KINDS) {
      expect(kindName(kind, 'en')).toMatch(/^[a-z][a-z -]*$/);
      expect(kindName(kind, 'zh')).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it('keep the schemas in the order of KINDS (the published JSON Schema lists them so)', () => {
    expect(Object.keys(KIND_SPECS)).toEqual([...KINDS]);
  });

  it('take a toy kind with its three pieces, which loads, shows and grades like any other', async () => {
    for (const each of [registry, graders, views]) expect(Object.keys(each)).toContain('toy');
    expect(await registry.toy.load()).toBe(toyKind);
    expect(graders.toy).toBe(toyGrader);
    expect(registry.toy.name.en).toBe('backwards word');
    expect(toyKind.howToAnswer(undefined as unknown as ToyQuestion, 'zh')).toBe('填一个单词。');
    const raw = toyKind.schema.parse({
      id: 'toy-1',
      topic: 'basics',
      kind: 'toy',
      difficulty: 1,
      source: 'paper §3',
      prompt: { en: 'Which word is this?', zh: '这是哪个词？' },
      explanation: { en: 'Read it backwards.', zh: '倒着读。' },
      word: 'focal',
    });
    expect(toyKind.checkStructure(raw, { snippetLines: null })).toEqual([]);
    const [problem, ...more] = toyKind.checkStructure({ ...raw, word: 'Focal Loss' }, { snippetLines: null });
    expect(more).toEqual([]);
    expect(problem!.path).toEqual(['word']);
    expect(tSaid('en', problem!.message)).toBe('one lower-case word, not "Focal Loss"');
    expect(tSaid('zh', problem!.message)).toBe('应为一个小写单词，而不是 "Focal Loss"');
    const question: ToyQuestion = { ...raw, pack: 'toy', file: '/toy.yaml' };
    expect(toyKind.details(question, 'en')).toEqual(['  lacof']);
    const instance = plainInstance(question as unknown as Question);
    expect(graders.toy.grade(question, { instance, answer: ' Focal ', lang: 'en' })).toMatchObject({ verdict: 'correct', score: 1 });
    expect(graders.toy.grade(question, { instance, answer: 'loss', lang: 'en' })).toMatchObject({ verdict: 'wrong', score: 0 });
    expect(graders.toy.grade(question, { instance, answer: 'focal loss', lang: 'en' })).toMatchObject({ verdict: 'invalid', feedback: 'one word, please' });
    expect(graders.toy.grade(question, { instance, answer: 'focal loss', lang: 'zh' }).feedback).toBe('请只填一个单词');
    expect(graders.toy.answerKey(question, instance, 'en')).toEqual({ data: 'focal', text: 'focal' });
  });

  it('were refused by the compiler exactly where a piece is missing (the fixture\'s @ts-expect-error lines)', () => {
    for (const each of [refused.registryWithoutToy, refused.gradersWithoutToy, refused.viewsWithoutToy]) {
      expect(Object.keys(each).sort()).toEqual([...KINDS].sort());
    }
    expect(refused.entryWithoutName).not.toHaveProperty('name');
    expect(refused.specWithoutTexts).not.toHaveProperty('details');
    expect(refused.specWithoutGrader).not.toHaveProperty('grader');
    expect(refused.specWithoutWords).not.toHaveProperty('words');
    expect(refused.graderWithoutKey).not.toHaveProperty('answerKey');
    expect(refused.viewWithoutKeys).not.toHaveProperty('keyContexts');
    expect(refused.specOfOtherShape.checkStructure).not.toBe(toyKind.checkStructure);
  });
});

describe('the option-letter codec', () => {
  it('turns option i into the i-th letter and back, in either case', () => {
    for (let index = 0; index < 26; index++) {
      const letter = optionLetter(index);
      expect(letter).toBe('abcdefghijklmnopqrstuvwxyz'[index]);
      expect(letterIndex(letter)).toBe(index);
      expect(letterIndex(letter.toUpperCase())).toBe(index);
    }
  });

  it('reads anything but one letter as no option', () => {
    for (const text of ['', 'ab', '1', ' ', 'é', 'ａ']) expect(letterIndex(text)).toBe(-1);
  });
});
