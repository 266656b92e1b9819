import type { WordArea } from './index.js';

/**
 * What focal says of each kind of question, and the labels of the kinds' details. A kind's
 * other words (how it is answered, its feedback, its problems) are in its module.
 */
export const kindWords = () => ({
  'details.labelled': { en: '{label}: {value}', zh: '{label}：{value}' },
  'details.start': { en: 'start', zh: '起点' },
  'details.goal': { en: 'goal', zh: '目标' },
  'details.variables': { en: 'variables', zh: '变量' },
  'details.where': { en: 'where', zh: '定义域' },
  'details.bug': { en: 'line {line}: {why}', zh: '第 {line} 行：{why}' },
}) satisfies WordArea<'details.'>;
