import type { ReactElement } from 'react';
import type { Kind, Question, QuestionInstance } from '../../core/bank/types.js';
import type { GradeResult } from '../../core/grading/types.js';
import { ChoiceMarks } from '../feedback/choice-marks.js';
import { DerivationMarks } from '../feedback/derivation-marks.js';
import type { KeyContext } from '../keys/keymap.js';
import { ChoiceView } from './choice/choice-view.js';
import { CodeReviewView } from './code-review/code-review-view.js';
import { DerivationGiven, DerivationView, derivationGivenRows } from './derivation/derivation-view.js';
import type { SelfGrade } from './free/free-state.js';
import { FreeView } from './free/free-view.js';
import { FormulaView } from './formula/formula-view.js';
import type { KindInputProps } from './kind-input-props.js';
import type { Ui } from '../ui-context.js';

export interface QuestionInputProps<Q extends { kind: string } = Question> extends KindInputProps<Q, (answer: string, selfGrade?: SelfGrade) => void> {
  /** Rows left for the input area (the code listing scrolls within them). */
  height?: number | undefined;
}

/** What the feedback shows of a kind besides the verdict and the grader's words. */
export interface KindMarksProps<Q extends { kind: string } = Question> {
  question: Q;
  answer: string;
  result: GradeResult;
}

/** A kind in the Ink interface: its input area, the keys it uses, and its marks in the feedback. */
export interface KindView<Q extends { kind: string }> {
  Input(props: QuestionInputProps<Q>): ReactElement;
  /** The key contexts the input uses, for the key help. */
  keyContexts: KeyContext[];
  /** Options or steps marked right and wrong; null when the grader's words say it all. */
  Marks(props: KindMarksProps<Q>): ReactElement | null;
  /** Whether the feedback of a wrong answer repeats the expected one (not when it was shown before grading). */
  expectedInFeedback: boolean;
  /**
   * What the question gives besides its prompt (a derivation's start and goal): part of the
   * question, so it is shown under the prompt and scrolls with it on a short terminal; and
   * the rows it takes at a width.
   */
  Given?: { View(props: { question: Q }): ReactElement; rows(question: Q, columns: number, s: Ui['s']): number };
}

const noMarks = () => null;
// The code listing, the choice options, the derivation's steps and the free answer's model answer scroll within `height`; the other inputs take what they need.

/** One view per kind of the question union `Q`: every kind must have one. */
export type ViewRegistry<Q extends { kind: string } = Question> = { readonly [K in Q['kind']]: KindView<Extract<Q, { kind: K }>> };

/** Every kind's view: a kind without one does not compile (the core side is src/core/kinds/). */
export const KIND_VIEWS: ViewRegistry = {
  single: { Input: (props) => <ChoiceView {...props} />, keyContexts: ['choice'], Marks: ChoiceMarks, expectedInFeedback: true },
  multiple: { Input: (props) => <ChoiceView {...props} />, keyContexts: ['choice'], Marks: ChoiceMarks, expectedInFeedback: true },
  numeric: { Input: ({ height: _height, ...props }) => <FormulaView {...props} />, keyContexts: ['field'], Marks: noMarks, expectedInFeedback: true },
  expression: { Input: ({ height: _height, ...props }) => <FormulaView {...props} />, keyContexts: ['field'], Marks: noMarks, expectedInFeedback: true },
  derivation: {
    Input: (props) => <DerivationView {...props} />,
    keyContexts: ['editor'],
    Marks: ({ result }) => (result.details?.steps ? <DerivationMarks steps={result.details.steps} /> : null),
    expectedInFeedback: true,
    Given: { View: DerivationGiven, rows: derivationGivenRows },
  },
  free: { Input: (props) => <FreeView {...props} />, keyContexts: ['field', 'selfGrade'], Marks: noMarks, expectedInFeedback: false },
  'code-review': { Input: (props) => <CodeReviewView {...props} />, keyContexts: ['lines'], Marks: noMarks, expectedInFeedback: true },
};

/** The view of a question's kind, typed for that question. */
export function viewOf<Q extends Question>(question: Q): KindView<Q> {
  // The registry pairs each kind with its view; TypeScript cannot follow a union through an index.
  return KIND_VIEWS[question.kind] as unknown as KindView<Q>;
}

/** The input area of a question's kind. */
export function QuestionInput(props: QuestionInputProps) {
  const { Input } = viewOf(props.question);
  return <Input {...props} />;
}

/** What the question gives besides its prompt, if its kind has such a part. */
export function QuestionGiven({ question }: { question: Question }) {
  const { Given } = viewOf(question);
  return Given ? <Given.View question={question} /> : null;
}

/** The rows QuestionGiven takes at a width. */
export function questionGivenRows(question: Question, columns: number, s: Ui['s']): number {
  return viewOf(question).Given?.rows(question, columns, s) ?? 0;
}

/** What only some kinds have to show after an answer: options, marked steps. */
export function KindMarks({ instance, answer, result }: { instance: QuestionInstance; answer: string; result: GradeResult }) {
  const { Marks } = viewOf(instance.question);
  return <Marks question={instance.question} answer={answer} result={result} />;
}

/** The key contexts a kind's input uses, for the key help. */
export function keyContextsOf(kind: Kind): KeyContext[] {
  return KIND_VIEWS[kind].keyContexts;
}
