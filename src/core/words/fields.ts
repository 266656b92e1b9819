import type { WordArea } from './index.js';

/**
 * What is wrong with a field of a document focal reads (a question pack, a progress export), as
 * the schema finds it (src/core/bank/issues.ts). Field names and values are quoted as written.
 */
export const fieldWords = () => ({
  'field.unknownField': { en: 'unknown field', zh: '未知字段' },
  'field.unknownFieldClose': { en: 'unknown field (did you mean {name}?)', zh: '未知字段（你是不是想写 {name}？）' },
  'field.required': { en: 'is required', zh: '必须填写' },
  'field.missingText': { en: 'missing {lang} text', zh: '缺少 {lang} 文本' },
  'field.emptyText': { en: 'empty {lang} text', zh: '{lang} 文本为空' },
  'field.bothLanguages': { en: 'needs both languages: { en: ..., zh: ... }', zh: '需要两种语言：{ en: ..., zh: ... }' },
  'field.wholeNumber': { en: 'must be a whole number', zh: '必须是整数' },
  'field.expected': { en: 'expected {expected}, got {got}', zh: '应为{expected}，实际是{got}' },
  'field.type.mapping': { en: 'a mapping', zh: '映射' },
  'field.type.list': { en: 'a list', zh: '列表' },
  'field.type.string': { en: 'a string', zh: '文本' },
  'field.type.number': { en: 'a number', zh: '数' },
  'field.type.boolean': { en: 'a boolean', zh: '布尔值' },
  'field.type.other': { en: 'a {type}', zh: '{type} 类型的值' },
  'field.value.text': { en: 'text "{text}"', zh: '文本 "{text}"' },
  'field.value.number': { en: 'number {value}', zh: '数 {value}' },
  'field.value.boolean': { en: 'boolean {value}', zh: '布尔值 {value}' },
  'field.value.other': { en: '{type} {value}', zh: '{type} 类型的值 {value}' },
  'field.notEmpty': { en: 'must not be empty', zh: '不能为空' },
  'field.atLeastEntries.one': { en: 'needs at least 1 entry', zh: '至少需要 1 项' },
  'field.atLeastEntries.many': { en: 'needs at least {n} entries', zh: '至少需要 {n} 项' },
  'field.moreEntries.one': { en: 'has more than 1 entry', zh: '超过了 1 项' },
  'field.moreEntries.many': { en: 'has more than {n} entries', zh: '超过了 {n} 项' },
  'field.atLeast': { en: 'must be at least {n}', zh: '必须 ≥ {n}' },
  'field.moreThan': { en: 'must be more than {n}', zh: '必须 > {n}' },
  'field.atMost': { en: 'must be at most {n}', zh: '必须 ≤ {n}' },
  'field.lessThan': { en: 'must be less than {n}', zh: '必须 < {n}' },
  'field.oneOf': { en: 'must be {values}', zh: '必须是 {values}' },
  'field.or': { en: ' or ', zh: ' 或 ' },
  'field.keyIs': { en: '"{name}" {reason}', zh: '"{name}"{reason}' },
  'field.keyProblem': { en: '"{name}": {reason}', zh: '"{name}"：{reason}' },
  'field.notValid': { en: 'is not valid here ({code})', zh: '在此处无效（{code}）' },
  'field.notName': { en: 'is not a valid name', zh: '不是合法的名字' },
}) satisfies WordArea<'field.'>;
