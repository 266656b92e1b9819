import type { Lang } from '../i18n.js';
import type { QuestionInstance } from '../bank/types.js';

/**
 * What the learner gave, in the line-protocol form of the CLI contract:
 * option letters (`b`, `a,c`), a number or expression, derivation steps joined by
 * newlines, free text, or code-review line numbers (`41,44`).
 */
export interface GradeInput {
  instance: QuestionInstance;
  answer: string;
  /** The learner's own 1–4 grade, for free-response questions. */
  selfGrade?: 1 | 2 | 3 | 4;
  lang: Lang;
}

/**
 * correct / partial / wrong are verdicts; `invalid` means the answer could not be read
 * (it does not parse, names an unknown option...) and does not count as wrong.
 */
export type Verdict = 'correct' | 'partial' | 'wrong' | 'invalid';

export interface DerivationStepMark {
  /** 1-based line of the learner's answer. */
  line: number;
  relation: string;
  expression: string;
  status: 'ok' | 'wrong' | 'invalid';
  message?: string;
  counterexample?: { point: Record<string, number>; a: number | null; b: number | null; shown?: { a: string; b: string } };
}

export interface GradeResult {
  verdict: Verdict;
  /** True only for a fully correct answer. */
  correct: boolean;
  /** Credit in [0, 1] (partial credit for multiple choice and code review). */
  score: number;
  /** The expected answer, as shown to the learner. */
  expected: string;
  /** What was right or wrong: the counterexample, what was missed, the tolerance... */
  feedback: string;
  /** Per-kind detail an interface may show: marked derivation steps, chosen/missed options or lines. */
  details?: {
    steps?: DerivationStepMark[];
    missed?: string[];
    extra?: string[];
    /** A free answer: each key point found or not, with the matched words, and the grade suggested. */
    keyPoints?: { point: string; found: boolean; phrase: string | null }[];
    suggestedGrade?: 1 | 2 | 3 | 4;
  };
}
