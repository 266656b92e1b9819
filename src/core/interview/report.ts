import { letterIndex } from '../kinds/letters.js';
import type { QuestionInstance } from '../bank/types.js';
import type { GradeResult, Verdict } from '../grading/types.js';
import { localize, type Lang } from '../i18n.js';
import { drillCommandForStage, STAGES, type StageId } from './stages.js';
import { t } from '../words/index.js';

/** One answer given in a stage. */
export interface StageAnswer {
  questionId: string;
  /** correct, partial, wrong, or skipped (nothing said). */
  verdict: Exclude<Verdict, 'invalid'> | 'skipped';
  score: number;
  /** From the question shown to the answer given. */
  ms: number;
  followUp: boolean;
  /** What the answer missed (a key point, the expected answer), or null. */
  missed: string | null;
}

export interface StageReport {
  stage: StageId;
  /** The stage's name in the session's language. */
  name: string;
  /** Questions answered (or skipped) in the stage: 0 when the interview ended before it. */
  questions: number;
  correct: number;
  /** Seconds spent on the stage's questions. */
  seconds: number;
  /** The first thing an answer of the stage missed, or null. */
  missed: string | null;
  verdicts: StageAnswer['verdict'][];
  /**
   * The stage's credit in [0, 1]: the first answer's score, or with a follow-up the mean of the
   * two (wrong, then right after the follow-up: 0.5). A stage not reached scores 0.
   */
  score: number;
  /** A question of the stage was asked. */
  reached: boolean;
}

export interface InterviewReport {
  /** The time the interview was given, in minutes. */
  minutes: number;
  /** Sum of the stage scores, out of maxScore (one per stage). */
  score: number;
  maxScore: number;
  /** Seconds from the first question to the end. */
  seconds: number;
  /** Time ran out before every stage was asked. */
  timeUp: boolean;
  stages: StageReport[];
  /** The two weakest stages reached (lowest score first, below full marks), with the drill that practises each. */
  weakest: { stage: StageId; name: string; command: string }[];
}

/** `reached`: a question of the stage was asked (answered or not). */
export function stageReport(stage: StageId, answers: readonly StageAnswer[], reached: boolean, lang: Lang): StageReport {
  const first = answers[0];
  const followUp = answers[1];
  const score = !first ? 0 : followUp ? (first.score + followUp.score) / 2 : first.score;
  return {
    stage,
    name: stageName(stage, lang),
    questions: answers.length,
    correct: answers.filter((answer) => answer.verdict === 'correct').length,
    seconds: Math.round(answers.reduce((sum, answer) => sum + answer.ms, 0) / 1000),
    missed: answers.find((answer) => answer.missed !== null)?.missed ?? null,
    verdicts: answers.map((answer) => answer.verdict),
    score,
    reached: reached || answers.length > 0,
  };
}

export function interviewReport(minutes: number, stages: StageReport[], seconds: number, timeUp: boolean, lang: Lang): InterviewReport {
  const weakest = stages
    .filter((stage) => stage.questions > 0 && stage.score < 1)
    .sort((a, b) => a.score - b.score || STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage))
    .slice(0, 2)
    .map((stage) => ({ stage: stage.stage, name: stageName(stage.stage, lang), command: drillCommandForStage(STAGES[STAGE_ORDER.indexOf(stage.stage)]!) }));
  return {
    minutes,
    score: round(stages.reduce((sum, stage) => sum + stage.score, 0)),
    maxScore: stages.length,
    seconds: Math.round(seconds),
    timeUp,
    stages: stages.map((stage) => ({ ...stage, score: round(stage.score) })),
    weakest,
  };
}

const STAGE_ORDER = STAGES.map((stage) => stage.id);

function stageName(stage: StageId, lang: Lang): string {
  return localize(STAGES[STAGE_ORDER.indexOf(stage)]!.name, lang);
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * What an answer that was not right missed, in a few words: the first key point a free answer
 * did not cover, the first bug line or right option not named, else the expected answer.
 */
export function missedPoint(instance: QuestionInstance, result: GradeResult, lang: Lang): string | null {
  if (result.verdict === 'correct') return null;
  const question = instance.question;
  const keyPoint = result.details?.keyPoints?.find((point) => !point.found);
  if (keyPoint) return keyPoint.point;
  const missed = result.details?.missed?.[0];
  if (question.kind === 'code-review' && missed !== undefined) {
    const bug = question.bugs.find((candidate) => String(candidate.line) === missed);
    if (bug) return t(lang, 'details.bug', { line: bug.line, why: localize(bug.why, lang) });
  }
  if ((question.kind === 'single' || question.kind === 'multiple') && missed !== undefined) {
    const option = question.options[letterIndex(missed)];
    if (option) return localize(option.text, lang);
  }
  const expected = result.expected.split('\n')[0]?.trim();
  return expected ? expected : null;
}
