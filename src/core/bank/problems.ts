import { relative, isAbsolute } from 'node:path';
import { InputError, type Said } from '../errors.js';
import type { Lang } from '../i18n.js';
import { tSaid } from '../words/index.js';

/**
 * One thing wrong with a pack: where it is (file, line, question id, field path) and what.
 * Validation collects every problem of a run instead of stopping at the first.
 */
export interface Problem {
  /** Absolute path of the file the problem is in. */
  file: string;
  line?: number;
  column?: number;
  /** The question's id, when the problem belongs to one question. */
  id?: string;
  /** Field path inside the question (or the file when there is no id), e.g. `options[1].text.zh`. */
  path?: string;
  /** What is wrong, said in the reader's language when shown (JSON output says it in English). */
  message: Said;
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** `questions/focal-loss/numbers.yaml:12:5  fl-ratio-pt0968  tolerance: must be positive`, the message in `lang`. */
export function formatProblem(problem: Problem, lang: Lang, cwd?: string): string {
  const where = [displayPath(problem.file, cwd), problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const field = problem.path ? `${problem.path}: ` : '';
  return `${where}  ${problem.id ?? '-'}  ${field}${tSaid(lang, problem.message)}`;
}

/** A problem as `questions validate --json` writes it: the message in English, like all JSON output. */
export function problemJson(problem: Problem): Omit<Problem, 'message'> & { message: string } {
  return { ...problem, message: tSaid('en', problem.message) };
}

/** Turns the first problems of a broken pack into the error the CLI reports with exit 2. */
export function problemsError(problems: Problem[], shown = 5): InputError {
  const linesIn = (lang: Lang) => problems.slice(0, shown).map((problem) => `  ${formatProblem(problem, lang)}`).join('\n');
  const more: Said | '' = problems.length > shown ? { key: 'error.packProblemsMore', params: { n: problems.length - shown } } : '';
  // The error is said later, in a language not known here: the few lines are ready in both.
  const listed = { en: linesIn('en'), zh: linesIn('zh') };
  return new InputError(
    problems.length === 1 ? { key: 'error.packProblems.one', params: { lines: listed, more } } : { key: 'error.packProblems.many', params: { n: problems.length, lines: listed, more } },
  );
}

/** Sorts problems by file, then position, keeping the order found for ties. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        a.problem.file.localeCompare(b.problem.file) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
