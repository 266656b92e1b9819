import type * as z from 'zod/mini';
import type { FieldIssue } from '../bank/issues.js';
import type { QuestionInstance } from '../bank/types.js';
import type { AnswerKey } from '../grading/answer-key.js';
import type { GradeInput, GradeResult } from '../grading/types.js';
import type * as EvaluatorModule from '../grading/evaluator.js';
import type { Lang, Localized } from '../i18n.js';
import { t, type WordKey } from '../words/index.js';

/**
 * How line mode reads an answer: one line; several lines ended by an empty one (on the
 * command line `;` separates them too); or one line followed by the learner's own 1–4 grade.
 */
export type AnswerInput = 'line' | 'lines' | 'self-graded';

/** What the structure checks of a question may look at besides the question. */
export interface StructureContext {
  /** Number of lines of the question's snippet, or null when it could not be read. */
  snippetLines: number | null;
}

/**
 * Everything about a question kind but its name (registered in src/core/kinds/index.ts) and
 * its Ink view (src/ui/kinds/question-input.tsx): the YAML it is written in, the checks of a
 * pack that need no evaluator, the texts shown with the prompt, how an answer is read, its
 * words and its grader. Each kind's module (src/core/kinds/<kind>.ts) exports one, so a
 * missing piece is a type error. Loading a pack loads the modules but never the expression
 * evaluator: `grader` loads it, and only the commands that grade, show an answer or validate
 * call it (src/core/grading/grade.ts). `Q` is the loaded question, `Raw` what its schema reads.
 */
export interface KindSpec<Q extends { kind: string }, Raw = unknown> {
  /** The YAML shape of the kind (a strict object with `kind: <name>`). */
  schema: z.ZodMiniType<Raw>;
  /** The file, inside the pack folder, the question's text refers to and that is read on load. */
  snippetOf?(raw: Raw): string;
  /** Structural checks the schema cannot express and that need no evaluator (the answer key's shape). */
  checkStructure(raw: Raw, context: StructureContext): FieldIssue[];
  /** What is shown with the prompt (options, numbered code, start and goal...), one line each: line mode, `questions show`, the Anki deck. */
  details(question: Q, lang: Lang): string[];
  /** Fields `questions show --json` adds for this kind. */
  jsonExtras(question: Q, lang: Lang): Record<string, unknown>;
  /** How line mode reads the answer. */
  answerInput: AnswerInput;
  /** How to answer, said in line mode under the question. */
  howToAnswer(question: Q, lang: Lang): string;
  /** The YAML of a commented example question after its common fields, for `questions new` (SNIPPET: the snippet's path). */
  skeleton: string;
  /** The kind's own words (how it is answered, its feedback), each in English and Chinese; said with `ownWords`. */
  words: Record<string, Localized>;
  /** The kind's grader, once what it needs is loaded: the expression evaluator (`await import('../grading/evaluator.js')`), which a pack's loading must not load. */
  grader(): Promise<KindGrader<Q>>;
}

/**
 * How a kind is graded: the parts of a kind that may need the expression evaluator (mathjs),
 * used only by the commands that grade, show answers or validate.
 */
export interface KindGrader<Q extends { kind: string }> {
  /** Grades one answer; pure and synchronous, so that the drill, `check` and validate agree. */
  grade(question: Q, input: GradeInput): GradeResult;
  /** The answer as data (for `questions show --json`) and as the text a learner reads. */
  answerKey(question: Q, instance: QuestionInstance, lang: Lang): AnswerKey;
  /** Deep checks of the answer key, for `questions validate`: they may evaluate and grade. */
  checkAnswerKey(question: Q): FieldIssue[];
}

/** What graders load with them: the expression evaluator and how its values are shown (src/core/grading/evaluator.ts). */
export type Evaluator = typeof EvaluatorModule;

/** A label and a value: `start: x`, `起点：x`. */
export function labelled(label: WordKey, value: string, lang: Lang): string {
  return t(lang, 'details.labelled', { label: { key: label }, value });
}
