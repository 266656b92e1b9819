import * as z from 'zod/mini';
import { escapeControls } from '../terminal-text.js';
import { rule } from './issues.js';

// The YAML shapes of pack.yaml and question files, and the pieces every kind's schema is
// built of (each kind's own fields are in its module, src/core/kinds/). Objects are strict so that a misspelt
// field (`wrongAnswer`, `tolerence`) is reported instead of silently ignored.
// zod/mini keeps start-up cheap: the classic zod entry costs ~100 ms to import in the bundle.

/** Pack text: trimmed, non-empty, terminal control characters written as visible escapes. */
export const text = z.string().check(z.trim(), z.minLength(1), z.overwrite((value) => escapeControls(value, { multiline: true })));

/**
 * `{ en, zh }`, both non-empty when present. A missing zh falls back to en (a pack may be
 * English only; the loader warns about each such text), a missing en is an error.
 */
export const localizedSchema = z.pipe(
  z.strictObject({ en: text, zh: z.optional(text) }),
  z.transform((value) => ({ en: value.en, zh: value.zh ?? value.en })),
);

/** YAML reads `answer: 0.25` as a number; the bank keeps every expression as text. */
export const expressionText = z.pipe(
  z.union([text, z.number()]),
  z.transform((value) => String(value)),
);

/**
 * Names every JavaScript object already has (constructor, toString, __proto__...): as a topic
 * or parameter name they would be looked up on the prototype instead of the pack's own list.
 */
const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const notReserved = z.refine((name: unknown) => !RESERVED_NAMES.has(String(name)), rule('pack.rule.reserved'));

const slug = (message: string) => z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, message), notReserved);
export const identifier = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, rule('pack.rule.name')), notReserved);

export const packSchema = z.strictObject({
  id: slug(rule('pack.rule.packId')),
  title: localizedSchema,
  topics: z.record(slug(rule('pack.rule.topicName')), localizedSchema),
});

export const toleranceSchema = z
  .strictObject({
    relative: z.optional(z.number().check(z.positive())),
    absolute: z.optional(z.number().check(z.positive())),
    sigfigs: z.optional(z.int().check(z.minimum(1), z.maximum(15))),
    decimals: z.optional(z.int().check(z.minimum(0), z.maximum(15))),
  })
  .check(z.refine((value) => Object.keys(value).length === 1, rule('pack.rule.tolerance')));

const paramSchema = z.union([
  z.strictObject({ values: z.array(z.number()).check(z.minLength(1)) }),
  z.strictObject({ min: z.number(), max: z.number(), step: z.number().check(z.positive()) }),
]);

/** The fields every question has. */
export const common = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, rule('pack.rule.questionId'))),
  topic: z.string().check(z.minLength(1)),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  source: text,
  tags: z._default(z.array(z.string().check(z.minLength(1))), []),
  prompt: localizedSchema,
  hint: z.optional(localizedSchema),
  explanation: localizedSchema,
};

/** The `params:` of a parametric question. */
export const params = { params: z.optional(z.record(identifier, paramSchema)) };

/** Multi-line text such as a derivation; a list of lines is accepted too. */
export const stepsText = z.union([
  text,
  z.pipe(
    z.array(text).check(z.minLength(1)),
    z.transform((lines) => lines.join('\n')),
  ),
]);

export const questionFileSchema = z.strictObject({ questions: z.array(z.unknown()) });
