import { relative, isAbsolute } from 'node:path';
import { InputError, type Said } from '../errors.js';

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
  message: string;
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** `questions/focal-loss/numbers.yaml:12:5  fl-ratio-pt0968  tolerance: must be positive` */
export function formatProblem(problem: Problem, cwd?: string): string {
  const where = [displayPath(problem.file, cwd), problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const field = problem.path ? `${problem.path}: ` : '';
  return `${where}  ${problem.id ?? '-'}  ${field}${problem.message}`;
}

/** Turns the first problems of a broken pack into the error the CLI reports with exit 2. */
export function problemsError(problems: Problem[], shown = 5): InputError {
  const lines = problems.slice(0, shown).map((problem) => `  ${formatProblem(problem)}`);
  const more: Said | '' = problems.length > shown ? { key: 'error.packProblemsMore', params: { n: problems.length - shown } } : '';
  const listed = lines.join('\n');
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
