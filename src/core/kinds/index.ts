import type { Lang, Localized } from '../i18n.js';
import type { KindSpec } from './spec.js';

/** A kind's registration: its name on screen, and how to load the rest of it (its module's KindSpec). */
export interface KindEntry<Q extends { kind: string } = { kind: string }> {
  name: Localized;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec's YAML shape is its own
  load(): Promise<KindSpec<Q, any>>;
}

/**
 * Every kind of question focal knows, in the order the pack format lists them: its name on
 * screen, and its module (src/core/kinds/<kind>.ts), which holds everything else about it. A
 * kind exists once it is registered here: `Kind` and `KINDS` come from this list, so every
 * registry keyed by kind (the Ink views) must then have it. This file is light, as every
 * command loads it and the first drill frame says a name: a kind's module is loaded with the
 * specs (specs.ts), when a pack is read, an answer graded or a question shown.
 */
export const KIND_REGISTRY = {
  single: { name: { en: 'single choice', zh: '单选' }, load: async () => (await import('./single.js')).singleKind },
  multiple: { name: { en: 'multiple choice', zh: '多选' }, load: async () => (await import('./multiple.js')).multipleKind },
  numeric: { name: { en: 'numeric', zh: '数值' }, load: async () => (await import('./numeric.js')).numericKind },
  expression: { name: { en: 'expression', zh: '表达式' }, load: async () => (await import('./expression.js')).expressionKind },
  derivation: { name: { en: 'derivation', zh: '推导' }, load: async () => (await import('./derivation.js')).derivationKind },
  free: { name: { en: 'free response', zh: '简答' }, load: async () => (await import('./free.js')).freeKind },
  'code-review': { name: { en: 'code review', zh: '代码审查' }, load: async () => (await import('./code-review.js')).codeReviewKind },
};

export type Kind = keyof typeof KIND_REGISTRY;
export const KINDS = Object.keys(KIND_REGISTRY) as [Kind, ...Kind[]];

/** The spec a registration loads. */
type SpecOf<Entry> = Entry extends { load(): Promise<infer Spec> } ? Spec : never;
/** The question a spec is for. */
type QuestionOf<Spec> = Spec extends KindSpec<infer Q, infer _Raw> ? Q : never;

/** A question of any kind: the union of the questions of the specs (each kind's type is in its module). */
export type Question = { [K in Kind]: QuestionOf<SpecOf<(typeof KIND_REGISTRY)[K]>> }[Kind];

/** One registration per kind of the question union `Q`: a kind without its name or its module does not compile. */
export type KindRegistry<Q extends { kind: string } = Question> = { readonly [K in Q['kind']]: KindEntry<Extract<Q, { kind: K }>> };

/** The name of a kind on screen (`numeric`, `数值`). */
export function kindName(kind: Kind, lang: Lang): string {
  return KIND_REGISTRY[kind].name[lang];
}
