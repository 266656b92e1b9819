import type { WordArea } from './index.js';

/**
 * What the graders of several kinds say (and the tolerance of a numeric answer, which
 * src/core/grading/display.ts describes); a kind's own sentences are in its module
 * (src/core/kinds/<kind>.ts). English plurals are separate keys (`.one`/`.many`); Chinese
 * says the same words for both.
 */
export const gradingWords = () => ({
  'grading.empty': { en: 'Empty answer.', zh: '答案为空。' },
  'grading.tolerance.relative': { en: 'tolerance ±{percent}%', zh: '相对误差 {percent}% 以内' },
  'grading.tolerance.absolute': { en: 'tolerance ±{bound}', zh: '绝对误差 ±{bound} 以内' },
  'grading.tolerance.decimals.one': { en: 'rounded to {n} decimal place', zh: '保留 {n} 位小数' },
  'grading.tolerance.decimals.many': { en: 'rounded to {n} decimal places', zh: '保留 {n} 位小数' },
  'grading.tolerance.sigfigs.one': { en: 'rounded to {n} significant figure', zh: '保留 {n} 位有效数字' },
  'grading.tolerance.sigfigs.many': { en: 'rounded to {n} significant figures', zh: '保留 {n} 位有效数字' },
  'grading.differsAt': { en: 'Differs at {point}: yours {yours}, expected {expected}.', zh: '在 {point} 处不相等：你的 {yours}，应为 {expected}。' },
  'grading.undefinedValue': { en: 'undefined', zh: '无定义' },
  // a free answer's key points, also said by `focal check`
  'grading.coverage': { en: 'Key points found: {found} of {total}; suggested grade {suggested}.', zh: '找到要点 {found}/{total}；建议评分 {suggested}。' },
  'grading.listSeparator': { en: ', ', zh: '、' },
}) satisfies WordArea<'grading.'>;
