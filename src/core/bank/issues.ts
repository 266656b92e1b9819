import type * as z from 'zod/mini';
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
  message: string;
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
        out.push({ path: [...path, key], message: close.length > 0 ? `unknown field (did you mean ${close[0]}?)` : 'unknown field' });
      }
      continue;
    }
    out.push({ path, message: describe(issue, path, valueAt(input, path)) });
  }
  return out;
}

function describe(issue: z.core.$ZodIssue, path: FieldPath, value: unknown): string {
  const last = path[path.length - 1];
  const translation = last === 'en' || last === 'zh' ? last : null;
  if (value === undefined || value === null) return translation ? `missing ${translation} text` : 'is required';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'object' && typeof value === 'string' && !translation) return 'needs both languages: { en: ..., zh: ... }';
      if (issue.expected === 'int') return 'must be a whole number';
      return `expected ${article(issue.expected)}, got ${typeName(value)}`;
    case 'too_small':
      if (issue.origin === 'string') return translation ? `empty ${translation} text` : 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${plural(Number(issue.minimum), 'entry', 'entries')}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `has more than ${plural(Number(issue.maximum), 'entry', 'entries')}`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((option) => JSON.stringify(option)).join(' or ')}`;
    case 'invalid_union':
      return unionMessage(path);
    case 'invalid_key': {
      // A record's key (a topic or parameter name) failed: the most specific reason, with the name.
      const reasons = issue.issues.map((inner) => inner.message);
      const reason = reasons.find((message) => message.startsWith('is a reserved name')) ?? reasons[0] ?? 'is not a valid name';
      return `"${String(last)}" ${reason.startsWith('is ') ? reason : `: ${reason}`}`;
    }
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `is not valid here (${issue.code})`;
  }
}

/** Unions appear where a field has alternative shapes; name them instead of "Invalid input". */
function unionMessage(path: FieldPath): string {
  const field = [...path].reverse().find((key) => typeof key === 'string');
  if (field === 'difficulty') return 'must be 1, 2 or 3';
  if (path.includes('params')) return 'must be { values: [...] } or { min, max, step }';
  if (field === 'let') return 'must be a definition or a list of definitions';
  if (field === 'model' || path.includes('wrongAnswers')) return 'must be non-empty text (steps on separate lines) or a list of steps';
  return 'must be a non-empty expression (text or a number)';
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value.length > 30 ? `${value.slice(0, 27)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const noun = expected === 'object' ? 'mapping' : expected === 'array' ? 'list' : expected;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
