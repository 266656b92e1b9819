import type { WordArea } from './index.js';

/**
 * What the graders say. English plurals are separate keys (`.one`/`.many`), chosen in
 * src/core/grading/messages.ts; Chinese says the same words for both.
 */
export const gradingWords = () => ({
  // reading the answer
  'grading.empty': { en: 'Empty answer.', zh: '答案为空。' },
  'grading.noOption': { en: 'Choose an option letter (a–{last}).', zh: '请选择选项字母（a–{last}）。' },
  'grading.notALetter': { en: '"{token}" is not an option letter.', zh: '"{token}" 不是选项字母。' },
  'grading.chooseOne': { en: 'Choose exactly one option (you gave {letters}).', zh: '只能选一个选项（你给了 {letters}）。' },
  'grading.noLine': { en: 'Give line numbers, e.g. 41,44.', zh: '请给出行号，例如 41,44。' },
  'grading.notALine': { en: '"{token}" is not a line number.', zh: '"{token}" 不是行号。' },
  'grading.lineOutside': { en: 'There is no line {line}: the snippet has {total} lines.', zh: '没有第 {line} 行：代码只有 {total} 行。' },
  // choice
  'grading.rightChoice': { en: 'Right: {option}.', zh: '正确：{option}。' },
  'grading.wrongChoice': { en: 'You chose {option}.', zh: '你选了 {option}。' },
  'grading.answerIs': { en: 'The answer is {option}.', zh: '正确答案是 {option}。' },
  'grading.allFound': { en: 'You picked every correct option and nothing else.', zh: '你选中了全部正确选项，且没有多选。' },
  'grading.missedOption': { en: 'Missed {option}.', zh: '漏选 {option}。' },
  'grading.wrongPick': { en: 'Wrongly picked {option}.', zh: '误选 {option}。' },
  'grading.why': { en: '{option} — {why}', zh: '{option}——{why}' },
  // numbers and expressions
  'grading.tolerance': { en: '{description}.', zh: '允许误差：{description}。' },
  'grading.tolerance.relative': { en: 'tolerance ±{percent}%', zh: '相对误差 {percent}% 以内' },
  'grading.tolerance.absolute': { en: 'tolerance ±{bound}', zh: '绝对误差 ±{bound} 以内' },
  'grading.tolerance.decimals.one': { en: 'rounded to {n} decimal place', zh: '保留 {n} 位小数' },
  'grading.tolerance.decimals.many': { en: 'rounded to {n} decimal places', zh: '保留 {n} 位小数' },
  'grading.tolerance.sigfigs.one': { en: 'rounded to {n} significant figure', zh: '保留 {n} 位有效数字' },
  'grading.tolerance.sigfigs.many': { en: 'rounded to {n} significant figures', zh: '保留 {n} 位有效数字' },
  'grading.yours': { en: 'Yours: {value}.', zh: '你的答案：{value}。' },
  'grading.notANumber': { en: 'The answer does not evaluate to a finite number.', zh: '答案算不出有限的数值。' },
  'grading.unknownName.one': { en: 'Unknown name {names}: use only {allowed}.', zh: '未知的名字 {names}：只能使用 {allowed}。' },
  'grading.unknownName.many': { en: 'Unknown names {names}: use only {allowed}.', zh: '未知的名字 {names}：只能使用 {allowed}。' },
  'grading.unknownName.noVariables.one': { en: 'Unknown name {names}: a number answer uses no variables.', zh: '未知的名字 {names}：数值答案不能含变量。' },
  'grading.unknownName.noVariables.many': { en: 'Unknown names {names}: a number answer uses no variables.', zh: '未知的名字 {names}：数值答案不能含变量。' },
  'grading.noVariables': { en: 'A numeric answer uses numbers only, no variables.', zh: '数值答案只能用数字，不能含变量。' },
  'grading.equivalent': { en: 'Equal to the expected expression on the whole domain.', zh: '在整个定义域上与标准答案相等。' },
  'grading.differsAt': { en: 'Differs at {point}: yours {yours}, expected {expected}.', zh: '在 {point} 处不相等：你的 {yours}，应为 {expected}。' },
  'grading.notShownEqual': {
    en: 'Could not be compared with the expected expression: at almost no point of the domain can both be evaluated, so it is not counted as equal.',
    zh: '无法与标准答案比较：定义域上几乎没有能同时计算两边的点，因此不算相等。',
  },
  'grading.undefinedValue': { en: 'undefined', zh: '无定义' },
  // derivations
  'grading.noSteps': { en: 'Write the derivation, one step per line (= expr, or d/dx = expr).', zh: '请写出推导，每行一步（= 表达式，或 d/dx = 表达式）。' },
  'grading.theStart': { en: 'the start', zh: '起点' },
  'grading.line': { en: 'line {line}', zh: '第 {line} 行' },
  'grading.stepInvalid': { en: 'Line {line} cannot be read: {message}', zh: '第 {line} 行无法解析：{message}' },
  'grading.stepWrong': { en: 'Line {line} does not follow from the step before it. {detail}', zh: '第 {line} 行不能由上一步得到。{detail}' },
  'grading.stepsHold': { en: 'Every step holds.', zh: '每一步都成立。' },
  'grading.startMismatch': { en: 'Line {line} must start from {start}. {detail}', zh: '第 {line} 行应当从 {start} 出发。{detail}' },
  'grading.goalMismatch': { en: 'The last step (line {line}) does not reach the goal {goal}. {detail}', zh: '最后一步（第 {line} 行）没有得到目标 {goal}。{detail}' },
  'grading.relationMismatch': { en: 'The goal is {wanted}, but your steps give {got}.', zh: '目标是{wanted}，但你的推导得到的是{got}。' },
  'grading.derivativeOf': { en: 'the derivative with respect to {variables}', zh: '对 {variables} 的导数' },
  'grading.derivativeThen': { en: ', then ', zh: '、再对 ' },
  'grading.rewriteOnly': { en: 'a rewrite of the start (no derivative)', zh: '起点的等价变形（没有求导）' },
  'grading.goalReached': { en: 'The derivation reaches the goal.', zh: '推导得到了目标。' },
  'grading.derivationIncomplete': { en: 'Partly right: the work that leads to the goal is not shown in full.', zh: '部分正确：没有完整写出得到目标的推导过程。' },
  'grading.tooFewSteps.one': {
    en: 'It has {counted} step that does work; this question asks for at least {required} (a line that only restates the one before it, or comes after the goal is written, does not count).',
    zh: '其中实质推导只有 {counted} 步，本题至少需要 {required} 步（只是重写上一行的行、或写出目标之后的行都不算）。',
  },
  'grading.tooFewSteps.many': {
    en: 'It has {counted} steps that do work; this question asks for at least {required} (a line that only restates the one before it, or comes after the goal is written, does not count).',
    zh: '其中实质推导只有 {counted} 步，本题至少需要 {required} 步（只是重写上一行的行、或写出目标之后的行都不算）。',
  },
  'grading.goalStated': { en: 'Line {line} already writes the goal: show the steps that lead to it.', zh: '第 {line} 行直接写出了目标：请写出得到它的步骤。' },
  'grading.restates': { en: 'Line {line} only restates {previous}.', zh: '第 {line} 行只是重写了{previous}。' },
  'grading.notShown': { en: 'No step before the goal shows {what}.', zh: '在得到目标之前，没有一步写出{what}。' },
  'grading.modelDerivation': { en: 'A model derivation:', zh: '参考推导：' },
  'grading.startLabel': { en: 'start', zh: '起点' },
  // free response
  'grading.needsSelfGrade': {
    en: 'Grade your own answer from 1 to 4 (1 missed it, 2 partly, 3 mostly, 4 fully) against the model answer.',
    zh: '请对照参考答案给自己打分 1–4（1 没答到，2 部分答到，3 基本答到，4 完全答到）。',
  },
  'grading.selfGraded': { en: 'Self-graded {grade}/4.', zh: '自评 {grade}/4。' },
  'grading.compareKeyPoints': { en: 'Check your answer against the key points.', zh: '请对照要点检查你的回答。' },
  'grading.keyPoints': { en: 'Key points:', zh: '要点：' },
  'grading.coverage': { en: 'Key points found: {found} of {total}; suggested grade {suggested}.', zh: '找到要点 {found}/{total}；建议评分 {suggested}。' },
  // code review
  'grading.bugFound': { en: '✓ line {line} {code}: {why}', zh: '✓ 第 {line} 行 {code}：{why}' },
  'grading.notABug': { en: '✗ line {line} {code} is not one of them.', zh: '✗ 第 {line} 行 {code} 不在答案之列。' },
  'grading.notABugWhy': { en: '✗ line {line} {code} is not one of them: {why}', zh: '✗ 第 {line} 行 {code} 不在答案之列：{why}' },
  'grading.bugMissed': { en: 'missed line {line} {code}: {why}', zh: '漏掉第 {line} 行 {code}：{why}' },
  'grading.codeScore': { en: 'Precision {precision}, recall {recall}; score = F1 = {f1}.', zh: '精确率 {precision}，召回率 {recall}；得分 = F1 = {f1}。' },
  'grading.lines.one': { en: 'line {lines}', zh: '第 {lines} 行' },
  'grading.lines.many': { en: 'lines {lines}', zh: '第 {lines} 行' },
  'grading.listSeparator': { en: ', ', zh: '、' },
}) satisfies WordArea<'grading.'>;
