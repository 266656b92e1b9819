import type { WordArea } from './index.js';

/**
 * The labels of the kinds' details, and how a kind's own words are said later (a pack
 * problem). A kind's name is in its registration (src/core/kinds/index.ts), its other words
 * (how it is answered, its feedback, its problems) in its module.
 */
export const kindWords = () => ({
  'kind.said': { en: '{text}', zh: '{text}' },
  'details.labelled': { en: '{label}: {value}', zh: '{label}：{value}' },
  'details.start': { en: 'start', zh: '起点' },
  'details.goal': { en: 'goal', zh: '目标' },
  'details.variables': { en: 'variables', zh: '变量' },
  'details.where': { en: 'where', zh: '定义域' },
  'details.bug': { en: 'line {line}: {why}', zh: '第 {line} 行：{why}' },
}) satisfies WordArea<'kind.' | 'details.'>;
