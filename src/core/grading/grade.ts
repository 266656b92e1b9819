import { KINDS, type Question } from '../bank/types.js';
import { KIND_SPECS } from '../kinds/specs.js';
import type { KindGrader } from '../kinds/spec.js';
import type { GradeInput, GradeResult } from './types.js';

/** One grader per kind of the question union `Q`: every kind must have one. */
export type GraderRegistry<Q extends { kind: string } = Question> = { readonly [K in Q['kind']]: KindGrader<Extract<Q, { kind: K }>> };

/**
 * Every kind's grader, from its spec (src/core/kinds/<kind>.ts): a spec without its grader does
 * not compile. Loading them loads the expression evaluator; the commands import this module
 * only when they grade, show an answer or validate.
 */
export const KIND_GRADERS = Object.fromEntries(
  await Promise.all(KINDS.map(async (kind) => [kind, await KIND_SPECS[kind].grader()] as const)),
) as unknown as GraderRegistry;

/** The grader of a question's kind, typed for that question. */
export function graderOf<Q extends Question>(question: Q): KindGrader<Q> {
  // The registry pairs each kind with its grader; TypeScript cannot follow a union through an index.
  return KIND_GRADERS[question.kind] as unknown as KindGrader<Q>;
}

/**
 * Grades one answer to a question instance, by its kind's grader. Pure and synchronous: the
 * drill, `focal check` and the pack validator all call this, so they always agree.
 */
export function grade(input: GradeInput): GradeResult {
  const question = input.instance.question;
  return graderOf(question).grade(question, input);
}
