import * as z from 'zod/mini';
import { common, expressionText, localizedSchema, params, stepsText, text } from '../bank/schema.js';
import type { Lang, Localized } from '../i18n.js';
import type { QuestionBase, QuestionInstance } from '../bank/types.js';
import { describeSet, feedbackInBoth, MAX_SYMBOLIC_SETS, setsOf } from '../bank/answer-checks.js';
import { rule, type FieldIssue } from '../bank/issues.js';
import type { DerivationReport, DerivationStep } from '../math/index.js';
import { messages } from '../grading/messages.js';
import { invalid } from '../grading/result.js';
import type { DerivationStepMark, GradeResult } from '../grading/types.js';
import { labelled, type Evaluator, type KindGrader, type KindSpec } from './spec.js';
import { ownSaid, ownWords } from '../words/own.js';
import { tSaid } from '../words/index.js';

export interface DerivationQuestion extends QuestionBase {
  kind: 'derivation';
  where?: string;
  /** Definitions such as `pt = sigmoid(x)`, usable in every step. */
  let: string[];
  start: string;
  goal: string;
  /** `d/dx` when the goal is the derivative of the start; absent when it is a rewrite. */
  goalRelation?: string;
  /** A model derivation (one step per line), shown after the answer. */
  model: string;
  /** Wrong derivations (steps, one per line); each must grade wrong. */
  wrongAnswers: string[];
  /** What an answer must show besides reaching the goal; below it an answer is partly right. */
  requires: DerivationRequirements;
}

/**
 * A derivation must be derived. `steps` counts the steps that do work, from the start up to
 * the first step that is the goal: a step whose written form is its predecessor's up to
 * order, brackets, `+ 0`, `· 1` and constant arithmetic does not count, nor does anything
 * after the goal is written. Each of `shows` must appear (by value, up to sign, as a part of
 * a step: a factor, a sub-product, a bracket) in a counted step at the goal's level of
 * differentiation, e.g. the inner derivative pₜ(1 − pₜ) of a chain-rule step.
 */
export interface DerivationRequirements {
  steps: number;
  shows: DerivationCheckpoint[];
}

export interface DerivationCheckpoint {
  expr: string;
  /** What the checkpoint is, for the feedback when no step shows it ("the inner derivative …"). */
  what: Localized;
}

const DEFAULT_REQUIRED_STEPS = 2;
const MAX_REQUIRED_STEPS = 20;

const schema = z.strictObject({
  ...common,
  ...params,
  kind: z.literal('derivation'),
  where: z.optional(text),
  let: z._default(
    z.union([
      z.pipe(
        text,
        z.transform((line) => [line]),
      ),
      z.array(text),
    ]),
    [],
  ),
  start: expressionText,
  goal: expressionText,
  goalRelation: z.optional(z.string().check(z.regex(/^d\/d[A-Za-z_][A-Za-z0-9_]*$/, rule('pack.rule.goalRelation')))),
  model: stepsText,
  wrongAnswers: z._default(z.array(stepsText), []),
  requires: z._default(
    z.strictObject({
      steps: z._default(z.int().check(z.minimum(1), z.maximum(MAX_REQUIRED_STEPS)), DEFAULT_REQUIRED_STEPS),
      shows: z._default(z.array(z.strictObject({ expr: expressionText, what: localizedSchema })), []),
    }),
    { steps: DEFAULT_REQUIRED_STEPS, shows: [] },
  ),
});

const words = {
  howTo: {
    en: 'One step per line ("= expr" or "d/dx = expr"); show the work, since restating the goal is not a derivation; an empty line ends the derivation.',
    zh: '每行一步（“= 表达式” 或 “d/dx = 表达式”）；请写出推导过程，只写出目标不算推导；空行结束推导。',
  },
  noSteps: { en: 'Write the derivation, one step per line (= expr, or d/dx = expr).', zh: '请写出推导，每行一步（= 表达式，或 d/dx = 表达式）。' },
  theStart: { en: 'the start', zh: '起点' },
  line: { en: 'line {line}', zh: '第 {line} 行' },
  stepInvalid: { en: 'Line {line} cannot be read: {message}', zh: '第 {line} 行无法解析：{message}' },
  stepWrong: { en: 'Line {line} does not follow from the step before it. {detail}', zh: '第 {line} 行不能由上一步得到。{detail}' },
  stepsHold: { en: 'Every step holds.', zh: '每一步都成立。' },
  startMismatch: { en: 'Line {line} must start from {start}. {detail}', zh: '第 {line} 行应当从 {start} 出发。{detail}' },
  goalMismatch: { en: 'The last step (line {line}) does not reach the goal {goal}. {detail}', zh: '最后一步（第 {line} 行）没有得到目标 {goal}。{detail}' },
  relationMismatch: { en: 'The goal is {wanted}, but your steps give {got}.', zh: '目标是{wanted}，但你的推导得到的是{got}。' },
  derivativeOf: { en: 'the derivative with respect to {variables}', zh: '对 {variables} 的导数' },
  derivativeThen: { en: ', then ', zh: '、再对 ' },
  rewriteOnly: { en: 'a rewrite of the start (no derivative)', zh: '起点的等价变形（没有求导）' },
  goalReached: { en: 'The derivation reaches the goal.', zh: '推导得到了目标。' },
  derivationIncomplete: { en: 'Partly right: the work that leads to the goal is not shown in full.', zh: '部分正确：没有完整写出得到目标的推导过程。' },
  tooFewStepsOne: {
    en: 'It has {counted} step that does work; this question asks for at least {required} (a line that only restates the one before it, or comes after the goal is written, does not count).',
    zh: '其中实质推导只有 {counted} 步，本题至少需要 {required} 步（只是重写上一行的行、或写出目标之后的行都不算）。',
  },
  tooFewStepsMany: {
    en: 'It has {counted} steps that do work; this question asks for at least {required} (a line that only restates the one before it, or comes after the goal is written, does not count).',
    zh: '其中实质推导只有 {counted} 步，本题至少需要 {required} 步（只是重写上一行的行、或写出目标之后的行都不算）。',
  },
  goalStated: { en: 'Line {line} already writes the goal: show the steps that lead to it.', zh: '第 {line} 行直接写出了目标：请写出得到它的步骤。' },
  restates: { en: 'Line {line} only restates {previous}.', zh: '第 {line} 行只是重写了{previous}。' },
  notShown: { en: 'No step before the goal shows {what}.', zh: '在得到目标之前，没有一步写出{what}。' },
  modelDerivation: { en: 'A model derivation:', zh: '参考推导：' },
  // problems of a pack (questions validate)
  gradesPartly: { en: 'grades partly right; a wrong answer must grade wrong', zh: '被判为部分正确；错误答案必须被判为错误' },
  modelShort: { en: 'the model derivation does not meet them: {gaps}', zh: '参考推导没有满足这些要求：{gaps}' },
  modelFails: { en: 'the model derivation does not check out: {reason}', zh: '参考推导没有通过检查：{reason}' },
  modelFailsFor: { en: 'the model derivation does not check out ({set}): {reason}', zh: '参考推导没有通过检查（{set}）：{reason}' },
  checkpointShown: {
    en: 'the {field} already shows it, so it cannot tell a derivation from a restated {field}',
    zh: '{field} 本身已经体现了它，因此无法区分真正的推导与对 {field} 的复述',
  },
};
const word = ownWords(words);
const packProblem = ownSaid(words);

/** The expression evaluator, loaded by `grader` (a pack's loading must not load it). */
let math: Evaluator;

/** Steps from the start to the goal, each checked against the one before. */
export const derivationKind: KindSpec<DerivationQuestion, z.infer<typeof schema>> = {
  schema,
  checkStructure: () => [],
  // `where:` and `let:` as a derivation writes them: the learner may copy them into the answer.
  details: (question, lang) => [
    ...(question.where ? [`where: ${question.where}`] : []),
    ...question.let.map((definition) => `let: ${definition}`),
    labelled('details.start', question.start, lang),
    labelled('details.goal', question.goalRelation ? `${question.goalRelation} = ${question.goal}` : question.goal, lang),
  ],
  jsonExtras: () => ({}),
  answerInput: 'lines',
  howToAnswer: (_question, lang) => word(lang, 'howTo'),
  words,
  grader: async () => {
    math = await import('../grading/evaluator.js');
    return derivationGrader;
  },
  skeleton: `    prompt:
      en: For a positive example with pₜ = σ(x), derive dCE/dx from CE = −log pₜ.
      zh: 对正样本，pₜ = σ(x)，由 CE = −log pₜ 推导 dCE/dx。
    explanation:
      en: dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1.
      zh: dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1。
    where: "x in [-6, 6]"
    let: pt = sigmoid(x)         # names the learner may use for sub-expressions
    start: -log(pt)
    goal: pt - 1
    goalRelation: d/dx           # the goal is the derivative of start
    model: |                     # one step per line: "d/dx = ..." differentiates, "= ..." rewrites
      -log(pt)
      d/dx = -(1/pt)*pt*(1-pt)
      = pt - 1
    wrongAnswers:                # each must fail at some step
      - |
        d/dx = -1/pt`,
};

/** The goal and a model derivation, as shown after the answer. */
function derivationExpected(question: DerivationQuestion, lang: Lang): string {
  const goal = question.goalRelation ? `${question.goalRelation}: ${math.pretty(question.goal)}` : math.pretty(question.goal);
  return `${goal}\n${word(lang, 'modelDerivation')}\n${question.model}`;
}

/** The question's `where:` and `let:` lines, put before every derivation it checks. */
function header(question: DerivationQuestion): string[] {
  return [...(question.where ? [`where: ${question.where}`] : []), ...question.let.map((definition) => `let: ${definition}`)];
}

/** Steps one per line; a first line that starts with `=` or `d/d` continues from the question's start. */
function continuesFromStart(answer: string): boolean {
  const first = answer
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .find((line) => line !== '' && !/^(where|let)\s*:/i.test(line));
  return first !== undefined && /^(=|d\s*\/\s*d)/.test(first);
}

/** Is `claim` equal to `reference` (with the question's domains, lets and parameters)? */
function compare(question: DerivationQuestion, params: Record<string, number>, reference: string, claim: string) {
  const document = [...header(question), reference, `= ${claim}`].join('\n');
  const result = math.checkDerivation(document, { fixed: params });
  if (!result.ok) return { equal: false, step: undefined };
  const step = result.value.steps[1];
  return { equal: result.value.ok, step };
}

/**
 * Every step must hold (checked by the math core against the step before it), the first
 * must be the question's start and the last its goal, reached by the derivatives that
 * `goalRelation` names. A chain with a broken link proves nothing: it is wrong. A chain that
 * holds but lacks the work the question requires (`requires`) is partly right, with what is
 * missing said. A line that does not parse makes the answer invalid.
 */
function gradeDerivation(question: DerivationQuestion, instance: QuestionInstance, answer: string, lang: Lang): GradeResult {
  const say = messages(lang);
  const expected = derivationExpected(question, lang);
  if (!answer.trim()) return invalid(expected, word(lang, 'noSteps'));

  const prepend = continuesFromStart(answer);
  const head = header(question);
  const offset = head.length + (prepend ? 1 : 0);
  const document = [...head, ...(prepend ? [question.start] : []), answer].join('\n');
  const learnerLine = (line: number) => Math.max(0, line - offset);

  const checkpoints = question.requires.shows.map((checkpoint) => checkpoint.expr);
  const result = math.checkDerivation(document, { fixed: instance.params, checkpoints });
  if (!result.ok) {
    const line = result.error.line === undefined ? undefined : learnerLine(result.error.line);
    const problem = say.problem(result.error.said);
    return invalid(expected, line ? word(lang, 'stepInvalid', { line, message: problem }) : problem);
  }
  const hidden = Object.keys(instance.params);
  const steps = result.value.steps.map((step) => mark(step, learnerLine(step.line), hidden, lang));
  const details = { steps };

  const unreadable = steps.find((step) => step.status === 'invalid');
  if (unreadable) return { ...invalid(expected, word(lang, 'stepInvalid', { line: unreadable.line, message: unreadable.message ?? '' })), details };

  const problems: string[] = [];
  for (const step of steps) if (step.status === 'wrong') problems.push(word(lang, 'stepWrong', { line: step.line, detail: step.message ?? '' }));

  const first = result.value.steps[0]!;
  if (!prepend) {
    const start = compare(question, instance.params, question.start, first.expression);
    if (!start.equal) problems.push(word(lang, 'startMismatch', { line: learnerLine(first.line), start: math.pretty(question.start), detail: differenceText(start.step, hidden, lang) }));
  }

  const last = result.value.steps[result.value.steps.length - 1]!;
  const goal = compare(question, instance.params, question.goal, last.expression);
  if (!goal.equal) problems.push(word(lang, 'goalMismatch', { line: learnerLine(last.line), goal: math.pretty(question.goal), detail: differenceText(goal.step, hidden, lang) }));

  const wanted = question.goalRelation ? [question.goalRelation.slice(3)] : [];
  if (!sameList(last.differentiatedBy, wanted)) {
    const describe = (variables: string[]) =>
      variables.length > 0 ? word(lang, 'derivativeOf', { variables: variables.join(word(lang, 'derivativeThen')) }) : word(lang, 'rewriteOnly');
    problems.push(word(lang, 'relationMismatch', { wanted: describe(wanted), got: describe(last.differentiatedBy) }));
  }

  if (problems.length > 0) return { verdict: 'wrong', correct: false, score: 0, expected, feedback: problems.join('\n'), details };
  const reached = `${word(lang, 'stepsHold')} ${word(lang, 'goalReached')}`;
  const gaps = missingWork(question, result.value, { prepend, learnerLine, wanted, lang });
  if (gaps.length > 0) {
    return { verdict: 'partial', correct: false, score: PARTIAL_SCORE, expected, feedback: [reached, word(lang, 'derivationIncomplete'), ...gaps.map((gap) => `- ${gap}`)].join('\n'), details };
  }
  return { verdict: 'correct', correct: true, score: 1, expected, feedback: reached, details };
}

/** Credit for a derivation that holds and reaches the goal without the work the question asks for. */
const PARTIAL_SCORE = 0.5;

interface Reading {
  prepend: boolean;
  learnerLine: (line: number) => number;
  /** The variables the goal is a derivative by. */
  wanted: string[];
  lang: Lang;
}

/**
 * What the question's requirements find missing from a derivation whose steps all hold and
 * reach the goal: too few steps that do work (a restatement of the line before, or anything
 * after the goal is written, does not count), or a checkpoint no counted step at the goal's
 * level shows.
 */
function missingWork(question: DerivationQuestion, report: DerivationReport, reading: Reading): string[] {
  const { lang } = reading;
  const stepLine = (line: number) => (line === 0 ? word(lang, 'theStart') : word(lang, 'line', { line }));
  const startForm = math.formKeyOf(question.start);
  const goalForm = math.formKeyOf(question.goal);
  const counted: DerivationStep[] = [];
  const restated: string[] = [];
  let previous = startForm;
  let previousLabel = stepLine(0);
  let goalLine: number | undefined;
  report.steps.forEach((step, index) => {
    if (goalLine !== undefined) return;
    const line = reading.learnerLine(step.line);
    if (index === 0 && (reading.prepend || step.form === startForm)) {
      previousLabel = stepLine(line);
      return;
    }
    // Taking a derivative is always a step; a rewrite is one when its written form changes.
    if (step.relation.startsWith('d/d') || step.form !== previous) counted.push(step);
    else restated.push(word(lang, 'restates', { line, previous: previousLabel }));
    previous = step.form;
    previousLabel = stepLine(line);
    if (step.form === goalForm && sameList(step.differentiatedBy, reading.wanted)) goalLine = line;
  });

  const gaps: string[] = [];
  const { steps: required, shows } = question.requires;
  if (counted.length < required) {
    gaps.push(word(lang, counted.length === 1 ? 'tooFewStepsOne' : 'tooFewStepsMany', { counted: counted.length, required }));
    if (goalLine !== undefined && counted.length <= 1) gaps.push(word(lang, 'goalStated', { line: goalLine }));
    gaps.push(...restated);
  }
  const countedLines = new Set(counted.filter((step) => sameList(step.differentiatedBy, reading.wanted)).map((step) => step.line));
  shows.forEach((checkpoint, index) => {
    if (!report.checkpoints[index]!.some((line) => countedLines.has(line))) gaps.push(word(lang, 'notShown', { what: checkpoint.what[lang] }));
  });
  return gaps;
}

function differenceText(step: DerivationStep | undefined, hidden: string[], lang: Lang): string {
  if (!step) return '';
  const counterexample = step.counterexample;
  if (counterexample) return math.describeDifference(counterexample, counterexample.b, counterexample.a, hidden, lang, [counterexample.shown.b, counterexample.shown.a]);
  return step.said ? tSaid(lang, step.said) : '';
}

/** A step with the learner's line number; a wrong step's message is the localized difference. */
function mark(step: DerivationStep, line: number, hidden: string[], lang: Lang): DerivationStepMark {
  const message = step.status === 'wrong' ? differenceText(step, hidden, lang) : step.said && tSaid(lang, step.said);
  return {
    line,
    relation: step.relation,
    expression: step.expression,
    status: step.status,
    ...(message === undefined ? {} : { message }),
    ...(step.counterexample === undefined ? {} : { counterexample: step.counterexample }),
  };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

const derivationGrader: KindGrader<DerivationQuestion> = {
  grade: (question, { instance, answer, lang }) => gradeDerivation(question, instance, answer, lang),
  answerKey: (question, _instance, lang) => ({
    data: {
      where: question.where ?? null,
      let: question.let,
      start: question.start,
      goal: question.goal,
      goalRelation: question.goalRelation ?? null,
      model: question.model,
    },
    text: derivationExpected(question, lang),
  }),
  checkAnswerKey: checkDerivationKey,
};

/** The model derivation grades correct (meeting `requires`) for every parameter set; every wrong one grades wrong. */
function checkDerivationKey(question: DerivationQuestion): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (question.where) {
    const domains = math.parseDomains(question.where);
    if (!domains.ok) return [{ path: ['where'], message: domains.error.said }];
  }
  const checkpoints = checkCheckpoints(question);
  issues.push(...checkpoints.issues);
  // An unreadable checkpoint would fail every grading below for the same reason.
  if (!checkpoints.readable) return issues;
  for (const set of setsOf(question, MAX_SYMBOLIC_SETS)) {
    const instance = { ...math.instantiate(question, null), params: set };
    const model = gradeDerivation(question, instance, question.model, 'en');
    if (model.verdict === 'partial') {
      const gaps = (lang: Lang) => gradeDerivation(question, instance, question.model, lang).feedback.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2)).join(' ');
      issues.push({ path: ['requires'], message: packProblem('modelShort', { gaps: feedbackInBoth(gaps) }) });
      break;
    }
    if (!model.correct) {
      const reason = feedbackInBoth((lang) => gradeDerivation(question, instance, question.model, lang).feedback.split('\n')[0] ?? '');
      issues.push({ path: ['model'], message: Object.keys(set).length > 0 ? packProblem('modelFailsFor', { set: describeSet(set), reason }) : packProblem('modelFails', { reason }) });
      break;
    }
  }
  const instance = math.instantiate(question, null);
  question.wrongAnswers.forEach((wrong, index) => {
    const result = gradeDerivation(question, instance, wrong, 'en');
    if (result.correct) issues.push({ path: ['wrongAnswers', index], message: { key: 'pack.gradesCorrect' } });
    else if (result.verdict === 'partial') issues.push({ path: ['wrongAnswers', index], message: packProblem('gradesPartly') });
    else if (result.verdict === 'invalid') issues.push({ path: ['wrongAnswers', index], message: { key: 'pack.cannotBeGraded', params: { reason: feedbackInBoth((lang) => gradeDerivation(question, instance, wrong, lang).feedback) } } });
  });
  return issues;
}

/**
 * Each checkpoint must read as an expression of the question's names, and must not be shown
 * by the start or the goal themselves: then it could not tell a derivation from a restated goal.
 */
function checkCheckpoints(question: DerivationQuestion): { issues: FieldIssue[]; readable: boolean } {
  const issues: FieldIssue[] = [];
  const checkpoints = question.requires.shows.map((checkpoint) => checkpoint.expr);
  if (checkpoints.length === 0) return { issues, readable: true };
  const header = [...(question.where ? [`where: ${question.where}`] : []), ...question.let.map((definition) => `let: ${definition}`)];
  const params = setsOf(question, 1)[0] ?? {};
  for (const [field, source] of [['start', question.start], ['goal', question.goal]] as const) {
    const report = math.checkDerivation([...header, source].join('\n'), { fixed: params, checkpoints });
    if (!report.ok) {
      const { said } = report.error;
      const index = said.key === 'steps.checkpoint' ? checkpoints.indexOf(String(said.params?.['source'])) : -1;
      issues.push({ path: index >= 0 ? ['requires', 'shows', index, 'expr'] : ['requires'], message: said });
      return { issues, readable: false };
    }
    report.value.checkpoints.forEach((lines, index) => {
      if (lines.length > 0) {
        issues.push({ path: ['requires', 'shows', index, 'expr'], message: packProblem('checkpointShown', { field }) });
      }
    });
  }
  return { issues, readable: true };
}
