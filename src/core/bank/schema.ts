import * as z from 'zod/mini';
import { escapeControls } from '../terminal-text.js';
import { DEFAULT_REQUIRED_STEPS, MAX_REQUIRED_STEPS } from './types.js';

// The YAML shapes of pack.yaml and question files. Objects are strict so that a misspelt
// field (`wrongAnswer`, `tolerence`) is reported instead of silently ignored.
// zod/mini keeps start-up cheap: the classic zod entry costs ~100 ms to import in the bundle.

/** Pack text: trimmed, non-empty, terminal control characters written as visible escapes. */
const text = z.string().check(z.trim(), z.minLength(1), z.overwrite((value) => escapeControls(value, { multiline: true })));

/**
 * `{ en, zh }`, both non-empty when present. A missing zh falls back to en (a pack may be
 * English only; the loader warns about each such text), a missing en is an error.
 */
export const localizedSchema = z.pipe(
  z.strictObject({ en: text, zh: z.optional(text) }),
  z.transform((value) => ({ en: value.en, zh: value.zh ?? value.en })),
);

/** YAML reads `answer: 0.25` as a number; the bank keeps every expression as text. */
const expressionText = z.pipe(
  z.union([text, z.number()]),
  z.transform((value) => String(value)),
);

/**
 * Names every JavaScript object already has (constructor, toString, __proto__...): as a topic
 * or parameter name they would be looked up on the prototype instead of the pack's own list.
 */
const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const notReserved = z.refine((name: unknown) => !RESERVED_NAMES.has(String(name)), 'is a reserved name (constructor, toString, __proto__...): choose another');

const slug = (message: string) => z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, message), notReserved);
const identifier = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a name such as p or gamma'), notReserved);

export const packSchema = z.strictObject({
  id: slug('must be lower-case letters, digits, ".", "_" or "-"'),
  title: localizedSchema,
  topics: z.record(slug('topic names are lower-case slugs'), localizedSchema),
});

const toleranceSchema = z
  .strictObject({
    relative: z.optional(z.number().check(z.positive())),
    absolute: z.optional(z.number().check(z.positive())),
    sigfigs: z.optional(z.int().check(z.minimum(1), z.maximum(15))),
    decimals: z.optional(z.int().check(z.minimum(0), z.maximum(15))),
  })
  .check(z.refine((value) => Object.keys(value).length === 1, 'give exactly one of relative, absolute, sigfigs, decimals'));

const paramSchema = z.union([
  z.strictObject({ values: z.array(z.number()).check(z.minLength(1)) }),
  z.strictObject({ min: z.number(), max: z.number(), step: z.number().check(z.positive()) }),
]);

const common = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids use letters, digits, ".", "_" and "-"')),
  topic: z.string().check(z.minLength(1)),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  source: text,
  tags: z._default(z.array(z.string().check(z.minLength(1))), []),
  prompt: localizedSchema,
  hint: z.optional(localizedSchema),
  explanation: localizedSchema,
};

const params = { params: z.optional(z.record(identifier, paramSchema)) };

const optionSchema = z.strictObject({
  text: localizedSchema,
  correct: z._default(z.boolean(), false),
  why: z.optional(localizedSchema),
});

const codeLineSchema = z.strictObject({ line: z.int().check(z.minimum(1)), why: localizedSchema });

/** Multi-line text such as a derivation; a list of lines is accepted too. */
const stepsText = z.union([
  text,
  z.pipe(
    z.array(text).check(z.minLength(1)),
    z.transform((lines) => lines.join('\n')),
  ),
]);

/**
 * A key point of a free answer with the patterns that find it in an answer: per language a
 * list of patterns that must all match (each may hold alternatives, `drop|discard`).
 */
const keyPointSchema = z.strictObject({
  en: text,
  zh: text,
  match: z.strictObject({ en: z.array(text).check(z.minLength(1)), zh: z.array(text).check(z.minLength(1)) }),
});

const options = z.array(optionSchema).check(z.minLength(2), z.maxLength(26));

export const questionSchemas = {
  single: z.strictObject({ ...common, kind: z.literal('single'), options }),
  multiple: z.strictObject({ ...common, kind: z.literal('multiple'), options }),
  numeric: z.strictObject({
    ...common,
    ...params,
    kind: z.literal('numeric'),
    answer: expressionText,
    tolerance: toleranceSchema,
    wrongAnswers: z._default(z.array(expressionText), []),
  }),
  expression: z.strictObject({
    ...common,
    ...params,
    kind: z.literal('expression'),
    answer: expressionText,
    variables: z.array(identifier).check(z.minLength(1)),
    where: z.optional(text),
    wrongAnswers: z._default(z.array(expressionText), []),
  }),
  derivation: z.strictObject({
    ...common,
    ...params,
    kind: z.literal('derivation'),
    where: z.optional(text),
    let: z._default(
      z.union([
        z.pipe(
          text,
          z.transform((line) => [line]),
        ),
        z.array(text),
      ]),
      [],
    ),
    start: expressionText,
    goal: expressionText,
    goalRelation: z.optional(z.string().check(z.regex(/^d\/d[A-Za-z_][A-Za-z0-9_]*$/, 'must be d/dVAR, e.g. d/dx'))),
    model: stepsText,
    wrongAnswers: z._default(z.array(stepsText), []),
    requires: z._default(
      z.strictObject({
        steps: z._default(z.int().check(z.minimum(1), z.maximum(MAX_REQUIRED_STEPS)), DEFAULT_REQUIRED_STEPS),
        shows: z._default(z.array(z.strictObject({ expr: expressionText, what: localizedSchema })), []),
      }),
      { steps: DEFAULT_REQUIRED_STEPS, shows: [] },
    ),
  }),
  free: z.strictObject({
    ...common,
    kind: z.literal('free'),
    model: localizedSchema,
    keyPoints: z.array(keyPointSchema).check(z.minLength(1)),
  }),
  'code-review': z.strictObject({
    ...common,
    kind: z.literal('code-review'),
    snippet: text,
    bugs: z.array(codeLineSchema).check(z.minLength(1)),
    decoys: z._default(z.array(codeLineSchema), []),
  }),
} as const;

export const questionFileSchema = z.strictObject({ questions: z.array(z.unknown()) });

export type RawQuestion = { [K in keyof typeof questionSchemas]: z.infer<(typeof questionSchemas)[K]> }[keyof typeof questionSchemas];

/** Every field name the pack format knows, for "did you mean" on an unknown field. */
export const FIELD_NAMES: readonly string[] = [
  ...new Set([
    ...Object.values(questionSchemas).flatMap((schema) => Object.keys(schema.shape)),
    ...Object.keys(packSchema.shape),
    ...Object.keys(optionSchema.shape),
    ...Object.keys(codeLineSchema.shape),
    'en',
    'zh',
    ...Object.keys(keyPointSchema.shape),
    'relative',
    'absolute',
    'sigfigs',
    'decimals',
    'values',
    'min',
    'max',
    'step',
    'questions',
  ]),
];
