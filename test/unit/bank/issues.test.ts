import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeIssues, formatPath, rule } from '../../../src/core/bank/issues.js';
import { tSaid } from '../../../src/core/words/index.js';

/** What a schema says about `input`, in English and in Chinese: `path: message` each. */
function said(schema: z.ZodMiniType, input: unknown, fieldNames: string[] = []) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  const issues = describeIssues(parsed.error.issues, input, fieldNames);
  const lines = (lang: 'en' | 'zh') => issues.map((issue) => `${formatPath(issue.path)}: ${tSaid(lang, issue.message)}`);
  return { en: lines('en'), zh: lines('zh') };
}

describe('a schema issue said in both languages', () => {
  const cases: [string, z.ZodMiniType, unknown, string, string][] = [
    // name, schema, input, English, Chinese
    ['a missing field', z.strictObject({ a: z.number() }), {}, 'a: is required', 'a: 必须填写'],
    ['a boolean where a number belongs', z.strictObject({ a: z.number() }), { a: true }, 'a: expected a number, got boolean true', 'a: 应为数，实际是布尔值 true'],
    ['a list where text belongs', z.strictObject({ a: z.string() }), { a: [1] }, 'a: expected a string, got a list', 'a: 应为文本，实际是列表'],
    ['a mapping where a boolean belongs', z.strictObject({ a: z.boolean() }), { a: {} }, 'a: expected a boolean, got a mapping', 'a: 应为布尔值，实际是映射'],
    ['long text is cut', z.strictObject({ a: z.number() }), { a: 'x'.repeat(40) }, `a: expected a number, got text "${'x'.repeat(27)}..."`, `a: 应为数，实际是文本 "${'x'.repeat(27)}..."`],
    ['a fraction where a whole number belongs', z.strictObject({ a: z.int() }), { a: 1.5 }, 'a: must be a whole number', 'a: 必须是整数'],
    ['below an exclusive minimum', z.strictObject({ a: z.number().check(z.gt(0)) }), { a: 0 }, 'a: must be more than 0', 'a: 必须 > 0'],
    ['above an inclusive maximum', z.strictObject({ a: z.number().check(z.maximum(15)) }), { a: 20 }, 'a: must be at most 15', 'a: 必须 ≤ 15'],
    ['above an exclusive maximum', z.strictObject({ a: z.number().check(z.lt(1)) }), { a: 1 }, 'a: must be less than 1', 'a: 必须 < 1'],
    ['an empty list', z.strictObject({ a: z.array(z.number()).check(z.minLength(1)) }), { a: [] }, 'a: needs at least 1 entry', 'a: 至少需要 1 项'],
    ['a list too long', z.strictObject({ a: z.array(z.number()).check(z.maxLength(1)) }), { a: [1, 2] }, 'a: has more than 1 entry', 'a: 超过了 1 项'],
    ['empty text', z.strictObject({ a: z.string().check(z.minLength(1)) }), { a: '' }, 'a: must not be empty', 'a: 不能为空'],
    ['a value not in the list', z.strictObject({ a: z.enum(['x', 'y']) }), { a: 'z' }, 'a: must be "x" or "y"', 'a: 必须是 "x" 或 "y"'],
    ['an unknown field, close to a known one', z.strictObject({ colour: z.optional(z.string()) }), { color: 'red' }, 'color: unknown field (did you mean colour?)', 'color: 未知字段（你是不是想写 colour？）'],
    ['a rule of its own', z.strictObject({ id: z.string().check(z.regex(/^a/, rule('pack.rule.questionId'))) }), { id: 'b' }, 'id: ids use letters, digits, ".", "_" and "-"', 'id: id 只能使用字母、数字、"."、"_" 和 "-"'],
    ['a record key breaking its rule', z.record(z.string().check(z.regex(/^[a-z]+$/, rule('pack.rule.topicName'))), z.number()), { Big: 1 }, 'Big: "Big": topic names are lower-case slugs', 'Big: "Big"：主题名必须是小写短名'],
    ['a check with no rule of ours', z.strictObject({ a: z.string().check(z.regex(/^a/)) }), { a: 'b' }, 'a: is not valid here (invalid_format)', 'a: 在此处无效（invalid_format）'],
  ];

  it.each(cases)('%s', (_name, schema, input, english, chinese) => {
    const words = said(schema, input, ['colour']);
    expect(words.en).toEqual([english]);
    expect(words.zh).toEqual([chinese]);
  });
});
