import type { Kind, Question } from '../../core/bank/types.js';
import type { KeyContext } from '../keys/keymap.js';
import { ChoiceView } from './choice/choice-view.js';
import { CodeReviewView } from './code-review/code-review-view.js';
import { DerivationView } from './derivation/derivation-view.js';
import type { SelfGrade } from './free/free-state.js';
import { FreeView } from './free/free-view.js';
import { FormulaView } from './formula/formula-view.js';
import type { KindInputProps } from './kind-input-props.js';

export interface QuestionInputProps extends KindInputProps<Question, (answer: string, selfGrade?: SelfGrade) => void> {
  /** Rows left for the input area (the code listing scrolls within them). */
  height?: number;
}

/** The input area of a question's kind. */
export function QuestionInput({ question, height, ...props }: QuestionInputProps) {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return <ChoiceView question={question} {...props} />;
    case 'numeric':
    case 'expression':
      return <FormulaView question={question} {...props} />;
    case 'derivation':
      return <DerivationView question={question} {...props} />;
    case 'code-review':
      return <CodeReviewView question={question} height={height} {...props} />;
    case 'free':
      return <FreeView question={question} {...props} />;
  }
}

/** The key contexts a kind's input uses, for the key help. */
export function keyContextsOf(kind: Kind): KeyContext[] {
  switch (kind) {
    case 'single':
    case 'multiple':
      return ['choice'];
    case 'code-review':
      return ['lines'];
    case 'derivation':
      return ['editor'];
    case 'free':
      return ['field', 'selfGrade'];
    default:
      return ['field'];
  }
}
