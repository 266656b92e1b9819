import type * as z from 'zod/mini';
import type { QuestionBase } from '../bank/types.js';
import { KIND_REGISTRY, KINDS, type Kind, type KindEntry, type Question } from './index.js';
import type { KindSpec } from './spec.js';

/** The registry, checked: each kind's registration loads the spec of that kind (not another's). */
const registry: { readonly [K in Kind]: KindEntry<QuestionBase & { kind: K }> } = KIND_REGISTRY;

/** The spec a registration loads, with its YAML shape. */
type LoadedSpec<K extends Kind> = Awaited<ReturnType<(typeof KIND_REGISTRY)[K]['load']>>;

/**
 * Every kind's spec (see spec.ts), loaded from its module as the registry (index.ts) says, in
 * the order of KINDS. The modules import the pack schema: what needs a spec (reading a pack,
 * grading, showing a question) imports this module, the first drill frame does not.
 */
export const KIND_SPECS = Object.fromEntries(
  await Promise.all(KINDS.map(async (kind) => [kind, await registry[kind].load()] as const)),
) as unknown as { readonly [K in Kind]: LoadedSpec<K> };

/** A question as its YAML reads, before it is loaded (no pack, file or snippet text yet). */
export type RawQuestion = { [K in Kind]: z.infer<LoadedSpec<K>['schema']> }[Kind];

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
