import { gradeSingle, gradeMultiple } from './choice.js';
import { gradeCodeReview } from './code-review.js';
import { gradeDerivation } from './derivation.js';
import { gradeExpression } from './expression.js';
import { gradeFree } from './free.js';
import { gradeNumeric } from './numeric.js';
import type { GradeInput, GradeResult } from './types.js';

/**
 * Grades one answer to a question instance, for every kind. Pure and synchronous: the
 * drill, `focal check` and the pack validator all call this, so they always agree.
 */
export function grade(input: GradeInput): GradeResult {
  const { instance, answer, lang } = input;
  const question = instance.question;
  switch (question.kind) {
    case 'single':
      return gradeSingle(question, answer, lang);
    case 'multiple':
      return gradeMultiple(question, answer, lang);
    case 'numeric':
      return gradeNumeric(question, instance, answer, lang);
    case 'expression':
      return gradeExpression(question, instance, answer, lang);
    case 'derivation':
      return gradeDerivation(question, instance, answer, lang);
    case 'free':
      return gradeFree(question, answer, input.selfGrade, lang);
    case 'code-review':
      return gradeCodeReview(question, answer, lang);
  }
}
