import { isParametric, plainInstance } from '../../core/bank/instance.js';
import type { Question, QuestionInstance } from '../../core/bank/types.js';
import type { GradeInput, GradeResult } from '../../core/grading/types.js';

type Modules = {
  grade: (input: GradeInput) => GradeResult;
  instantiate: (question: Question, seed: number | null) => QuestionInstance;
};

/**
 * The session's grader and instantiator, loaded only by `load()`: both pull in mathjs, which
 * the drill's first frame does not need. The Ink drill calls `load()` right after that frame
 * and waits for it before grading anything and before showing a parametric question, whose
 * texts (parameters filled in) are computed on first read: by then the modules are loaded.
 */
export function deferredGrading() {
  let modules: Modules | null = null;
  let loading: Promise<void> | null = null;
  const loaded = (): Modules => {
    if (!modules) throw new Error('grading used before it was loaded');
    return modules;
  };
  const deferredInstance = (question: Question, seed: number | null): QuestionInstance => {
    let full: QuestionInstance | undefined;
    const real = () => (full ??= loaded().instantiate(question, seed));
    return {
      question,
      get seed() {
        return real().seed;
      },
      get params() {
        return real().params;
      },
      get prompt() {
        return real().prompt;
      },
      get explanation() {
        return real().explanation;
      },
      get hint() {
        return real().hint;
      },
    };
  };
  return {
    grade: (input: GradeInput): GradeResult => loaded().grade(input),
    instantiate: (question: Question, seed: number | null): QuestionInstance => {
      if (!isParametric(question)) return plainInstance(question);
      return modules ? modules.instantiate(question, seed) : deferredInstance(question, seed);
    },
    load: (): Promise<void> =>
      (loading ??= Promise.all([import('../../core/grading/grade.js'), import('../../core/bank/instantiate.js')]).then(
        ([grading, instantiating]) => {
          modules = { grade: grading.grade, instantiate: instantiating.instantiate };
        },
      )),
  };
}
