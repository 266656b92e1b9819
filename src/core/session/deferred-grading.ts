import { drawParameters, isParametric, plainInstance } from '../bank/instance.js';
import { placeholdersIn } from '../bank/placeholders.js';
import type { Question, QuestionInstance } from '../bank/types.js';
import type { GradeInput, GradeResult } from '../grading/types.js';
import type { Localized } from '../i18n.js';

type Modules = {
  grade: (input: GradeInput) => GradeResult;
  instantiate: (question: Question, seed: number | null) => QuestionInstance;
};

/** A text is shown before the math core loads when it has no `{=expr}` placeholder. */
function needsMath(text: Localized | undefined): boolean {
  return text !== undefined && placeholdersIn(`${text.en}\n${text.zh}`).some((placeholder) => placeholder.type === 'expression');
}

/** Whether a question must wait for the math core before it can be shown. */
export function needsMathToShow(question: Question): boolean {
  return isParametric(question) && (needsMath(question.prompt) || needsMath(question.hint));
}

/**
 * The session's grader and instantiator, loaded only by `load()`: both pull in mathjs, which
 * the drill's first frame does not need. The Ink drill calls `load()` right after that frame
 * and waits for it before grading anything.
 *
 * A parametric question asked before then draws its parameters at once (pure arithmetic, as
 * `instantiate` does) and fills its `{name}` placeholders, so its prompt shows immediately;
 * texts with a computed `{=expr}` (explanations, mostly) are filled by the real `instantiate`
 * when first read, which is after grading, when the math core is there. A question whose
 * prompt needs `{=expr}` waits (see needsMathToShow).
 */
export function deferredGrading() {
  let modules: Modules | null = null;
  let loading: Promise<void> | null = null;
  const loaded = (): Modules => {
    if (!modules) throw new Error('grading used before it was loaded');
    return modules;
  };
  const deferredInstance = (question: Question, seed: number | null): QuestionInstance => {
    // The same draw as `instantiate`; `{=expr}` stays as written until the math core is there.
    const { seed: used, params, fill } = drawParameters(question, seed);
    const names = (text: Localized) => fill(text, (source) => `{=${source}}`);
    let full: QuestionInstance | undefined;
    const real = () => (full ??= loaded().instantiate(question, seed));
    const { prompt, hint } = question;
    return {
      question,
      seed: used,
      params,
      get prompt() {
        return needsMath(prompt) ? real().prompt : names(prompt);
      },
      get hint() {
        // A question without a hint has nothing to fill: it must not wait for the math core.
        if (!hint) return undefined;
        return needsMath(hint) ? real().hint : names(hint);
      },
      get explanation() {
        return real().explanation;
      },
    };
  };
  return {
    grade: (input: GradeInput): GradeResult => loaded().grade(input),
    instantiate: (question: Question, seed: number | null): QuestionInstance => {
      if (!isParametric(question)) return plainInstance(question, seed);
      return modules ? modules.instantiate(question, seed) : deferredInstance(question, seed);
    },
    load: (): Promise<void> =>
      (loading ??= Promise.all([import('../grading/grade.js'), import('../bank/instantiate.js')]).then(
        ([grading, instantiating]) => {
          modules = { grade: grading.grade, instantiate: instantiating.instantiate };
        },
      )),
  };
}
