import type { Lang } from '../i18n.js';
import { optionLetter as letter } from '../kinds/letters.js';

/** Every word the graders say, in both languages of the deck. */
export interface Messages {
  listJoin(items: string[]): string;
  // reading the answer
  empty: string;
  noOption(count: number): string;
  notALetter(token: string): string;
  chooseOne(letters: string[]): string;
  noLine: string;
  notALine(token: string): string;
  lineOutside(line: number, total: number): string;
  // choice
  rightChoice(option: string): string;
  wrongChoice(option: string): string;
  answerIs(option: string): string;
  allFound: string;
  missedOption(option: string): string;
  wrongPick(option: string): string;
  // numbers and expressions
  /** The tolerance the answer was held to (not a verdict: said after wrong answers too). */
  tolerance(description: string): string;
  yours(value: string): string;
  notANumber: string;
  unknownName(names: string[], allowed: string[]): string;
  noVariables: string;
  equivalent: string;
  differsAt(point: string, yours: string, expected: string): string;
  /** No sampled point could be evaluated on both sides (beyond float64 and high precision). */
  notShownEqual: string;
  undefinedValue: string;
  // derivations
  noSteps: string;
  stepLine(line: number): string;
  stepInvalid(line: number, message: string): string;
  stepWrong(line: number, detail: string): string;
  stepsHold: string;
  startMismatch(line: number, start: string, detail: string): string;
  goalMismatch(line: number, goal: string, detail: string): string;
  relationMismatch(wanted: string, got: string): string;
  derivativeOf(variables: string[]): string;
  rewriteOnly: string;
  goalReached: string;
  derivationIncomplete: string;
  tooFewSteps(counted: number, required: number): string;
  goalStated(line: number): string;
  restates(line: number, previous: string): string;
  notShown(what: string): string;
  modelDerivation: string;
  startLabel: string;
  // free response
  needsSelfGrade: string;
  selfGraded(grade: number): string;
  compareKeyPoints: string;
  keyPoints: string;
  coverage(found: number, total: number, suggested: number): string;
  // code review
  bugFound(line: number, code: string, why: string): string;
  notABug(line: number, code: string, why: string | null): string;
  bugMissed(line: number, code: string, why: string): string;
  codeScore(precision: string, recall: string, f1: string): string;
  lines(lines: number[]): string;
}

const en: Messages = {
  listJoin: (items) => items.join(', '),
  empty: 'Empty answer.',
  noOption: (count) => `Choose an option letter (a–${letter(count - 1)}).`,
  notALetter: (token) => `"${token}" is not an option letter.`,
  chooseOne: (letters) => `Choose exactly one option (you gave ${letters.join(', ')}).`,
  noLine: 'Give line numbers, e.g. 41,44.',
  notALine: (token) => `"${token}" is not a line number.`,
  lineOutside: (line, total) => `There is no line ${line}: the snippet has ${total} lines.`,
  rightChoice: (option) => `Right: ${option}.`,
  wrongChoice: (option) => `You chose ${option}.`,
  answerIs: (option) => `The answer is ${option}.`,
  allFound: 'You picked every correct option and nothing else.',
  missedOption: (option) => `Missed ${option}.`,
  wrongPick: (option) => `Wrongly picked ${option}.`,
  tolerance: (description) => `${description[0]!.toUpperCase()}${description.slice(1)}.`,
  yours: (value) => `Yours: ${value}.`,
  notANumber: 'The answer does not evaluate to a finite number.',
  unknownName: (names, allowed) =>
    `Unknown name${names.length > 1 ? 's' : ''} ${names.join(', ')}: ${allowed.length > 0 ? `use only ${allowed.join(', ')}` : 'a number answer uses no variables'}.`,
  noVariables: 'A numeric answer uses numbers only, no variables.',
  equivalent: 'Equal to the expected expression on the whole domain.',
  differsAt: (point, yours, expected) => `Differs at ${point}: yours ${yours}, expected ${expected}.`,
  notShownEqual: 'Could not be compared with the expected expression: at almost no point of the domain can both be evaluated, so it is not counted as equal.',
  undefinedValue: 'undefined',
  noSteps: 'Write the derivation, one step per line (= expr, or d/dx = expr).',
  stepLine: (line) => (line === 0 ? 'the start' : `line ${line}`),
  stepInvalid: (line, message) => `Line ${line} cannot be read: ${message}`,
  stepWrong: (line, detail) => `Line ${line} does not follow from the step before it. ${detail}`,
  stepsHold: 'Every step holds.',
  startMismatch: (line, start, detail) => `Line ${line} must start from ${start}. ${detail}`,
  goalMismatch: (line, goal, detail) => `The last step (line ${line}) does not reach the goal ${goal}. ${detail}`,
  relationMismatch: (wanted, got) => `The goal is ${wanted}, but your steps give ${got}.`,
  derivativeOf: (variables) => `the derivative with respect to ${variables.join(', then ')}`,
  rewriteOnly: 'a rewrite of the start (no derivative)',
  goalReached: 'The derivation reaches the goal.',
  derivationIncomplete: 'Partly right: the work that leads to the goal is not shown in full.',
  tooFewSteps: (counted, required) =>
    `It has ${counted} step${counted === 1 ? '' : 's'} that do${counted === 1 ? 'es' : ''} work; this question asks for at least ${required} (a line that only restates the one before it, or comes after the goal is written, does not count).`,
  goalStated: (line) => `Line ${line} already writes the goal: show the steps that lead to it.`,
  restates: (line, previous) => `Line ${line} only restates ${previous}.`,
  notShown: (what) => `No step before the goal shows ${what}.`,
  modelDerivation: 'A model derivation:',
  startLabel: 'start',
  needsSelfGrade: 'Grade your own answer from 1 to 4 (1 missed it, 2 partly, 3 mostly, 4 fully) against the model answer.',
  selfGraded: (grade) => `Self-graded ${grade}/4.`,
  compareKeyPoints: 'Check your answer against the key points.',
  coverage: (found, total, suggested) => `Key points found: ${found} of ${total}; suggested grade ${suggested}.`,
  keyPoints: 'Key points:',
  bugFound: (line, code, why) => `✓ line ${line} ${code}: ${why}`,
  notABug: (line, code, why) => `✗ line ${line} ${code} is not one of them${why ? `: ${why}` : '.'}`,
  bugMissed: (line, code, why) => `missed line ${line} ${code}: ${why}`,
  codeScore: (precision, recall, f1) => `Precision ${precision}, recall ${recall}; score = F1 = ${f1}.`,
  lines: (lines) => `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`,
};

const zh: Messages = {
  listJoin: (items) => items.join('、'),
  empty: '答案为空。',
  noOption: (count) => `请选择选项字母（a–${letter(count - 1)}）。`,
  notALetter: (token) => `"${token}" 不是选项字母。`,
  chooseOne: (letters) => `只能选一个选项（你给了 ${letters.join('、')}）。`,
  noLine: '请给出行号，例如 41,44。',
  notALine: (token) => `"${token}" 不是行号。`,
  lineOutside: (line, total) => `没有第 ${line} 行：代码只有 ${total} 行。`,
  rightChoice: (option) => `正确：${option}。`,
  wrongChoice: (option) => `你选了 ${option}。`,
  answerIs: (option) => `正确答案是 ${option}。`,
  allFound: '你选中了全部正确选项，且没有多选。',
  missedOption: (option) => `漏选 ${option}。`,
  wrongPick: (option) => `误选 ${option}。`,
  tolerance: (description) => `允许误差：${description}。`,
  yours: (value) => `你的答案：${value}。`,
  notANumber: '答案算不出有限的数值。',
  unknownName: (names, allowed) =>
    `未知的名字 ${names.join('、')}：${allowed.length > 0 ? `只能使用 ${allowed.join('、')}` : '数值答案不能含变量'}。`,
  noVariables: '数值答案只能用数字，不能含变量。',
  equivalent: '在整个定义域上与标准答案相等。',
  differsAt: (point, yours, expected) => `在 ${point} 处不相等：你的 ${yours}，应为 ${expected}。`,
  notShownEqual: '无法与标准答案比较：定义域上几乎没有能同时计算两边的点，因此不算相等。',
  undefinedValue: '无定义',
  noSteps: '请写出推导，每行一步（= 表达式，或 d/dx = 表达式）。',
  stepLine: (line) => (line === 0 ? '起点' : `第 ${line} 行`),
  stepInvalid: (line, message) => `第 ${line} 行无法解析：${message}`,
  stepWrong: (line, detail) => `第 ${line} 行不能由上一步得到。${detail}`,
  stepsHold: '每一步都成立。',
  startMismatch: (line, start, detail) => `第 ${line} 行应当从 ${start} 出发。${detail}`,
  goalMismatch: (line, goal, detail) => `最后一步（第 ${line} 行）没有得到目标 ${goal}。${detail}`,
  relationMismatch: (wanted, got) => `目标是${wanted}，但你的推导得到的是${got}。`,
  derivativeOf: (variables) => `对 ${variables.join('、再对 ')} 的导数`,
  rewriteOnly: '起点的等价变形（没有求导）',
  goalReached: '推导得到了目标。',
  derivationIncomplete: '部分正确：没有完整写出得到目标的推导过程。',
  tooFewSteps: (counted, required) =>
    `其中实质推导只有 ${counted} 步，本题至少需要 ${required} 步（只是重写上一行的行、或写出目标之后的行都不算）。`,
  goalStated: (line) => `第 ${line} 行直接写出了目标：请写出得到它的步骤。`,
  restates: (line, previous) => `第 ${line} 行只是重写了${previous}。`,
  notShown: (what) => `在得到目标之前，没有一步写出${what}。`,
  modelDerivation: '参考推导：',
  startLabel: '起点',
  needsSelfGrade: '请对照参考答案给自己打分 1–4（1 没答到，2 部分答到，3 基本答到，4 完全答到）。',
  selfGraded: (grade) => `自评 ${grade}/4。`,
  compareKeyPoints: '请对照要点检查你的回答。',
  coverage: (found, total, suggested) => `找到要点 ${found}/${total}；建议评分 ${suggested}。`,
  keyPoints: '要点：',
  bugFound: (line, code, why) => `✓ 第 ${line} 行 ${code}：${why}`,
  notABug: (line, code, why) => `✗ 第 ${line} 行 ${code} 不在答案之列${why ? `：${why}` : '。'}`,
  bugMissed: (line, code, why) => `漏掉第 ${line} 行 ${code}：${why}`,
  codeScore: (precision, recall, f1) => `精确率 ${precision}，召回率 ${recall}；得分 = F1 = ${f1}。`,
  lines: (lines) => `第 ${lines.join('、')} 行`,
};

export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}

