import type { Localized } from '../i18n.js';
import type { WordArea } from './index.js';

/**
 * Every kind of question focal knows, in the order the pack format lists them, with its name
 * and how line mode asks for an answer. A kind exists once it is named here: `Kind` and `KINDS`
 * come from this list, and every kind registry (specs, views) must then have it. It is light,
 * as the first drill frame needs it.
 */
export const KIND_WORDS = {
  single: {
    name: { en: 'single choice', zh: '单选' },
    howTo: { en: 'Answer with one letter.', zh: '填一个字母。' },
  },
  multiple: {
    name: { en: 'multiple choice', zh: '多选' },
    howTo: { en: 'Answer with every correct letter, e.g. a,c.', zh: '填所有正确选项的字母，如 a,c。' },
  },
  numeric: {
    name: { en: 'numeric', zh: '数值' },
    howTo: { en: 'Answer with a number or an arithmetic expression.', zh: '填一个数或算式。' },
  },
  expression: {
    name: { en: 'expression', zh: '表达式' },
    howTo: { en: 'Answer with an expression in {variables}.', zh: '用 {variables} 写出表达式。' },
  },
  derivation: {
    name: { en: 'derivation', zh: '推导' },
    howTo: {
      en: 'One step per line ("= expr" or "d/dx = expr"); show the work, since restating the goal is not a derivation; an empty line ends the derivation.',
      zh: '每行一步（“= 表达式” 或 “d/dx = 表达式”）；请写出推导过程，只写出目标不算推导；空行结束推导。',
    },
  },
  free: {
    name: { en: 'free response', zh: '简答' },
    howTo: { en: 'Answer in one line; then grade yourself from 1 to 4.', zh: '用一行作答，然后给自己打 1 到 4 分。' },
  },
  'code-review': {
    name: { en: 'code review', zh: '代码审查' },
    howTo: { en: 'Answer with line numbers, e.g. 27,28.', zh: '填行号，如 27,28。' },
  },
} satisfies Record<string, { name: Localized; howTo: Localized }>;

export type Kind = keyof typeof KIND_WORDS;
export const KINDS = Object.keys(KIND_WORDS) as [Kind, ...Kind[]];

/** The catalog's words of every kind: its name (`kind.<kind>`) and how it is answered (`howTo.<kind>`). */
export type KindWords<K extends string> = Record<`kind.${K}` | `howTo.${K}`, Localized>;

const perKind = Object.fromEntries(
  KINDS.flatMap((kind) => [[`kind.${kind}`, KIND_WORDS[kind].name], [`howTo.${kind}`, KIND_WORDS[kind].howTo]]),
) as KindWords<Kind>;

/** What focal says of each kind of question, and the labels of the kinds' details. */
export const kindWords = () => ({
  ...perKind,
  'details.labelled': { en: '{label}: {value}', zh: '{label}：{value}' },
  'details.start': { en: 'start', zh: '起点' },
  'details.goal': { en: 'goal', zh: '目标' },
  'details.variables': { en: 'variables', zh: '变量' },
  'details.where': { en: 'where', zh: '定义域' },
  'details.bug': { en: 'line {line}: {why}', zh: '第 {line} 行：{why}' },
}) satisfies WordArea<'kind.' | 'howTo.' | 'details.'>;
