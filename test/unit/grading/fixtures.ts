import { instantiate } from '../../../src/core/bank/instantiate.js';
import { loadPack } from '../../../src/core/bank/load.js';
import type { Question } from '../../../src/core/bank/types.js';
import { grade } from '../../../src/core/grading/grade.js';
import type { GradeResult } from '../../../src/core/grading/types.js';
import type { Lang } from '../../../src/core/i18n.js';
import { fixturePack } from '../bank/fixtures.js';

const questions = new Map(loadPack(fixturePack('good')).pack!.questions.map((question) => [question.id, question]));

/** A question of the good fixture pack (test/fixtures/packs/good). */
export function fixture<Q extends Question = Question>(id: string): Q {
  const question = questions.get(id);
  if (!question) throw new Error(`no fixture question ${id}`);
  return question as Q;
}

/**
 * Grades `answer` to fixture question `id` (seed for parametric ones). A choice question keeps its
 * options in file order here, so letters name the options as the fixture writes them (the shuffled
 * order is tested in test/unit/bank/option-order.test.ts).
 */
export function gradeFixture(
  id: string,
  answer: string,
  options: { lang?: Lang; seed?: number; selfGrade?: 1 | 2 | 3 | 4 } = {},
): GradeResult {
  const question = fixture(id);
  const instance = { ...instantiate(question, options.seed ?? null), question };
  return grade({ instance, answer, lang: options.lang ?? 'en', ...(options.selfGrade ? { selfGrade: options.selfGrade } : {}) });
}

/** The same question with some fields changed (for cases the fixture pack does not cover). */
export function variant<Q extends Question>(id: string, changes: Partial<Q>): Q {
  return { ...fixture<Q>(id), ...changes };
}
