import type { Kind } from '../bank/types.js';
import type { Localized } from '../i18n.js';
import type { WordArea } from './index.js';

/**
 * What focal says of each kind of question: its name and how it is answered in line mode (a
 * kind without both does not compile), and the labels of the kinds' details.
 */
export const kindWords = {
  'kind.single': { en: 'single choice', zh: '单选' },
  'kind.multiple': { en: 'multiple choice', zh: '多选' },
  'kind.numeric': { en: 'numeric', zh: '数值' },
  'kind.expression': { en: 'expression', zh: '表达式' },
  'kind.derivation': { en: 'derivation', zh: '推导' },
  'kind.free': { en: 'free response', zh: '简答' },
  'kind.code-review': { en: 'code review', zh: '代码审查' },
  'howTo.single': { en: 'Answer with one letter.', zh: '填一个字母。' },
  'howTo.multiple': { en: 'Answer with every correct letter, e.g. a,c.', zh: '填所有正确选项的字母，如 a,c。' },
  'howTo.numeric': { en: 'Answer with a number or an arithmetic expression.', zh: '填一个数或算式。' },
  'howTo.expression': { en: 'Answer with an expression in {variables}.', zh: '用 {variables} 写出表达式。' },
  'howTo.derivation': {
    en: 'One step per line ("= expr" or "d/dx = expr"); show the work, since restating the goal is not a derivation; an empty line ends the derivation.',
    zh: '每行一步（“= 表达式” 或 “d/dx = 表达式”）；请写出推导过程，只写出目标不算推导；空行结束推导。',
  },
  'howTo.free': { en: 'Answer in one line; then grade yourself from 1 to 4.', zh: '用一行作答，然后给自己打 1 到 4 分。' },
  'howTo.code-review': { en: 'Answer with line numbers, e.g. 27,28.', zh: '填行号，如 27,28。' },
  'details.labelled': { en: '{label}: {value}', zh: '{label}：{value}' },
  'details.start': { en: 'start', zh: '起点' },
  'details.goal': { en: 'goal', zh: '目标' },
  'details.variables': { en: 'variables', zh: '变量' },
  'details.where': { en: 'where', zh: '定义域' },
  'details.bug': { en: 'line {line}: {why}', zh: '第 {line} 行：{why}' },
} satisfies WordArea<'kind.' | 'howTo.' | 'details.'> & KindWords<Kind>;

/** The words every kind needs: its name (`kind.<kind>`) and how it is answered (`howTo.<kind>`). */
export type KindWords<K extends string> = Record<`kind.${K}` | `howTo.${K}`, Localized>;
