import type { Lang } from '../i18n.js';
import { optionLetter as letter } from '../kinds/letters.js';
import { t, type Said, type WordKey, type WordParams } from '../words/index.js';

/** The graders' sentences: the words are in the catalog (src/core/words/grading.ts); here, which word and its plural. */
export interface Messages {
  listJoin(items: string[]): string;
  /** A problem the math core found (a catalog word), with the column it is at when known. */
  problem(said: Said, column?: number): string;
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
  /** An option and why it is right or wrong: `b) … — because …`. */
  why(option: string, why: string): string;
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

function build(lang: Lang): Messages {
  const say = (key: WordKey, params?: WordParams) => t(lang, key, params);
  const list = (items: string[]) => items.join(say('grading.listSeparator'));
  const plural = (count: number) => (count === 1 ? 'one' : 'many');
  return {
    listJoin: list,
    problem: (said, column) => (column === undefined ? t(lang, said.key, said.params) : say('expr.atColumn', { message: said, column })),
    empty: say('grading.empty'),
    noOption: (count) => say('grading.noOption', { last: letter(count - 1) }),
    notALetter: (token) => say('grading.notALetter', { token }),
    chooseOne: (letters) => say('grading.chooseOne', { letters: list(letters) }),
    noLine: say('grading.noLine'),
    notALine: (token) => say('grading.notALine', { token }),
    lineOutside: (line, total) => say('grading.lineOutside', { line, total }),
    rightChoice: (option) => say('grading.rightChoice', { option }),
    wrongChoice: (option) => say('grading.wrongChoice', { option }),
    answerIs: (option) => say('grading.answerIs', { option }),
    allFound: say('grading.allFound'),
    missedOption: (option) => say('grading.missedOption', { option }),
    wrongPick: (option) => say('grading.wrongPick', { option }),
    why: (option, why) => say('grading.why', { option, why }),
    tolerance: (description) => say('grading.tolerance', { description: `${description[0]!.toUpperCase()}${description.slice(1)}` }),
    yours: (value) => say('grading.yours', { value }),
    notANumber: say('grading.notANumber'),
    unknownName: (names, allowed) =>
      allowed.length > 0
        ? say(`grading.unknownName.${plural(names.length)}`, { names: list(names), allowed: list(allowed) })
        : say(`grading.unknownName.noVariables.${plural(names.length)}`, { names: list(names) }),
    noVariables: say('grading.noVariables'),
    equivalent: say('grading.equivalent'),
    differsAt: (point, yours, expected) => say('grading.differsAt', { point, yours, expected }),
    notShownEqual: say('grading.notShownEqual'),
    undefinedValue: say('grading.undefinedValue'),
    noSteps: say('grading.noSteps'),
    stepLine: (line) => (line === 0 ? say('grading.theStart') : say('grading.line', { line })),
    stepInvalid: (line, message) => say('grading.stepInvalid', { line, message }),
    stepWrong: (line, detail) => say('grading.stepWrong', { line, detail }),
    stepsHold: say('grading.stepsHold'),
    startMismatch: (line, start, detail) => say('grading.startMismatch', { line, start, detail }),
    goalMismatch: (line, goal, detail) => say('grading.goalMismatch', { line, goal, detail }),
    relationMismatch: (wanted, got) => say('grading.relationMismatch', { wanted, got }),
    derivativeOf: (variables) => say('grading.derivativeOf', { variables: variables.join(say('grading.derivativeThen')) }),
    rewriteOnly: say('grading.rewriteOnly'),
    goalReached: say('grading.goalReached'),
    derivationIncomplete: say('grading.derivationIncomplete'),
    tooFewSteps: (counted, required) => say(`grading.tooFewSteps.${plural(counted)}`, { counted, required }),
    goalStated: (line) => say('grading.goalStated', { line }),
    restates: (line, previous) => say('grading.restates', { line, previous }),
    notShown: (what) => say('grading.notShown', { what }),
    modelDerivation: say('grading.modelDerivation'),
    startLabel: say('grading.startLabel'),
    needsSelfGrade: say('grading.needsSelfGrade'),
    selfGraded: (grade) => say('grading.selfGraded', { grade }),
    compareKeyPoints: say('grading.compareKeyPoints'),
    keyPoints: say('grading.keyPoints'),
    coverage: (found, total, suggested) => say('grading.coverage', { found, total, suggested }),
    bugFound: (line, code, why) => say('grading.bugFound', { line, code, why }),
    notABug: (line, code, why) => (why ? say('grading.notABugWhy', { line, code, why }) : say('grading.notABug', { line, code })),
    bugMissed: (line, code, why) => say('grading.bugMissed', { line, code, why }),
    codeScore: (precision, recall, f1) => say('grading.codeScore', { precision, recall, f1 }),
    lines: (lines) => say(`grading.lines.${plural(lines.length)}`, { lines: list(lines.map(String)) }),
  };
}

const BUILT: Partial<Record<Lang, Messages>> = {};

export function messages(lang: Lang): Messages {
  return (BUILT[lang] ??= build(lang));
}
