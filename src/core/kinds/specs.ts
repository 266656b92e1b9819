import type * as z from 'zod/mini';
import type { Kind } from '../bank/types.js';
import { codeReviewKind } from './code-review.js';
import { derivationKind } from './derivation.js';
import { expressionKind } from './expression.js';
import { freeKind } from './free.js';
import { multipleKind } from './multiple.js';
import { numericKind } from './numeric.js';
import { singleKind } from './single.js';
import type { QuestionBase } from '../bank/types.js';
import type { KindSpec } from './spec.js';


/** One spec per kind of the question union `Q`: every kind must have one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec's YAML shape is its own
export type KindRegistry<Q extends { kind: string } = Question> = { readonly [K in Q['kind']]: KindSpec<Extract<Q, { kind: K }>, any> };

/**
 * Every kind of question, one spec each (see spec.ts): a kind without its spec, or a spec
 * without one of its pieces, does not compile. The order is KINDS' order.
 */
export const KIND_SPECS = {
  single: singleKind,
  multiple: multipleKind,
  numeric: numericKind,
  expression: expressionKind,
  derivation: derivationKind,
  free: freeKind,
  'code-review': codeReviewKind,
} satisfies { readonly [K in Kind]: KindSpec<QuestionBase & { kind: K }, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- as above

/** The question a spec is for. */
type QuestionOf<Spec> = Spec extends KindSpec<infer Q, infer _Raw> ? Q : never;

/** A question of any kind: the union of the questions of the specs (each kind's type is in its module). */
export type Question = { [K in Kind]: QuestionOf<(typeof KIND_SPECS)[K]> }[Kind];

/** A question as its YAML reads, before it is loaded (no pack, file or snippet text yet). */
export type RawQuestion = { [K in Kind]: z.infer<(typeof KIND_SPECS)[K]['schema']> }[Kind];

/** The spec of a question's kind, typed for that question. */
export function specOf<Q extends Question>(question: Q): KindSpec<Q> {
  // The registry pairs each kind with its spec; TypeScript cannot follow a union through an index.
  return KIND_SPECS[question.kind] as unknown as KindSpec<Q>;
}

/** Every field name the pack format knows (pack.yaml and every kind), for "did you mean" on an unknown field. */
export function fieldNames(extra: z.core.$ZodType[] = []): string[] {
  const names = new Set<string>(['questions']);
  const walk = (schema: z.core.$ZodType): void => {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') {
      for (const [name, field] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
        names.add(name);
        walk(field);
      }
    }
    for (const key of ['element', 'innerType', 'in', 'out', 'valueType'] as const) {
      const inner = def[key] as z.core.$ZodType | undefined;
      if (inner?._zod) walk(inner);
    }
    if (def.type === 'union') for (const option of def.options as z.core.$ZodType[]) walk(option);
  };
  for (const schema of [...extra, ...Object.values(KIND_SPECS).map((spec) => spec.schema)]) walk(schema);
  return [...names];
}

/** The spec of a kind, for code that handles a question of any kind (the loader, the validator). */
export function specOfKind(kind: Kind): KindSpec<Question, RawQuestion> {
  return KIND_SPECS[kind] as unknown as KindSpec<Question, RawQuestion>;
}
