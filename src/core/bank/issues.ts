import type * as z from 'zod/mini';
import type { Said, WordKey } from '../words/index.js';
import { closeMatches } from './similar.js';

export type FieldPath = (string | number)[];

/** `['options', 1, 'text', 'zh']` → `options[1].text.zh` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One schema issue in words a pack author understands, at the path it concerns. */
export interface FieldIssue {
  path: FieldPath;
  message: Said;
}

/** The keys given to zod as rule messages: an issue whose message is one of them says that word. */
const RULES = new Set<string>();

/**
 * A rule's message for zod (`z.regex(pattern, rule('pack.rule.name'))`): a key of the catalog,
 * which describeIssues says in the reader's language.
 */
export function rule(key: WordKey): string {
  RULES.add(key);
  return key;
}

function ruleSaid(message: string | undefined): Said | null {
  return message !== undefined && RULES.has(message) ? { key: message as WordKey } : null;
}

/**
 * Turns zod's issues on `input` into short messages; each unknown field becomes its own
 * issue at its path. zod/mini has no message texts, so the input itself is consulted
 * (a missing value is "required", a string where both languages belong is explained).
 * An unknown field close to one of `fieldNames` gets a "did you mean".
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown, fieldNames: readonly string[] = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const close = closeMatches(key, [...fieldNames], 1);
        out.push({ path: [...path, key], message: close.length > 0 ? { key: 'field.unknownFieldClose', params: { name: close[0]! } } : { key: 'field.unknownField' } });
      }
      continue;
    }
    out.push({ path, message: describe(issue, path, valueAt(input, path)) });
  }
  return out;
}

function describe(issue: z.core.$ZodIssue, path: FieldPath, value: unknown): Said {
  const last = path[path.length - 1];
  const translation = last === 'en' || last === 'zh' ? last : null;
  if (value === undefined || value === null) return translation ? { key: 'field.missingText', params: { lang: translation } } : { key: 'field.required' };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'object' && typeof value === 'string' && !translation) return { key: 'field.bothLanguages' };
      if (issue.expected === 'int') return { key: 'field.wholeNumber' };
      return { key: 'field.expected', params: { expected: expectedType(issue.expected), got: valueType(value) } };
    case 'too_small':
      if (issue.origin === 'string') return translation ? { key: 'field.emptyText', params: { lang: translation } } : { key: 'field.notEmpty' };
      if (issue.origin === 'array') return { key: Number(issue.minimum) === 1 ? 'field.atLeastEntries.one' : 'field.atLeastEntries.many', params: { n: Number(issue.minimum) } };
      return { key: issue.inclusive ? 'field.atLeast' : 'field.moreThan', params: { n: String(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'array') return { key: Number(issue.maximum) === 1 ? 'field.moreEntries.one' : 'field.moreEntries.many', params: { n: Number(issue.maximum) } };
      return { key: issue.inclusive ? 'field.atMost' : 'field.lessThan', params: { n: String(issue.maximum) } };
    case 'invalid_value':
      return { key: 'field.oneOf', params: { values: { join: issue.values.map((option) => JSON.stringify(option)), with: 'field.or' } } };
    case 'invalid_union':
      return unionMessage(path);
    case 'invalid_key': {
      // A record's key (a topic or parameter name) failed: the most specific reason, with the name.
      const reasons = issue.issues.map((inner) => inner.message);
      const reason = ruleSaid(reasons.find((message) => message === 'pack.rule.reserved') ?? reasons[0]) ?? { key: 'field.notName' };
      // Most rules read on from the name ("p" is a reserved name...); the others follow a colon.
      const readsOn = reason.key === 'pack.rule.reserved' || reason.key === 'field.notName';
      return { key: readsOn ? 'field.keyIs' : 'field.keyProblem', params: { name: String(last), reason } };
    }
    default:
      return ruleSaid(issue.message) ?? { key: 'field.notValid', params: { code: issue.code } };
  }
}

/** Unions appear where a field has alternative shapes; name them instead of "Invalid input". */
function unionMessage(path: FieldPath): Said {
  const field = [...path].reverse().find((key) => typeof key === 'string');
  if (field === 'difficulty') return { key: 'pack.difficulty' };
  if (path.includes('params')) return { key: 'pack.paramShape' };
  if (field === 'let') return { key: 'pack.letShape' };
  if (field === 'model' || path.includes('wrongAnswers')) return { key: 'pack.stepsShape' };
  return { key: 'pack.expressionShape' };
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** What the value is, for "expected a number, got text "abc"". */
function valueType(value: unknown): Said {
  if (Array.isArray(value)) return { key: 'field.type.list' };
  if (typeof value === 'object') return { key: 'field.type.mapping' };
  if (typeof value === 'string') return { key: 'field.value.text', params: { text: value.length > 30 ? `${value.slice(0, 27)}...` : value } };
  if (typeof value === 'number') return { key: 'field.value.number', params: { value: String(value) } };
  if (typeof value === 'boolean') return { key: 'field.value.boolean', params: { value: String(value) } };
  return { key: 'field.value.other', params: { type: typeof value, value: String(value) } };
}

function expectedType(expected: string): Said {
  switch (expected) {
    case 'object':
      return { key: 'field.type.mapping' };
    case 'array':
      return { key: 'field.type.list' };
    case 'string':
      return { key: 'field.type.string' };
    case 'number':
      return { key: 'field.type.number' };
    case 'boolean':
      return { key: 'field.type.boolean' };
    default:
      return { key: 'field.type.other', params: { type: expected } };
  }
}
