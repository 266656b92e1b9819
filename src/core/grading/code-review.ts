import type { Lang } from '../i18n.js';
import type { CodeLine, CodeReviewQuestion } from '../kinds/code-review.js';
import type { KindGrader } from '../kinds/spec.js';
import { messages } from './messages.js';
import { invalid, scored } from './result.js';
import type { GradeResult } from './types.js';

export type LineParse = { ok: true; lines: number[] } | { ok: false; message: string };

/** Reads line numbers: `41,44`, `41 44`, `L41`, ranges `41-44`; each must be a line of the snippet. */
export function parseLineNumbers(answer: string, total: number, lang: Lang): LineParse {
  const say = messages(lang);
  const cleaned = answer
    .replace(/\b(?:lines?|l)\s*#?\s*(?=\d)/gi, '')
    .replace(/\s*[-–—~]\s*/g, '-')
    .trim();
  if (!cleaned) return { ok: false, message: say.noLine };
  const lines = new Set<number>();
  for (const token of cleaned.split(/[\s,;、，；]+/).filter(Boolean)) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(token);
    if (!match) return { ok: false, message: `${say.notALine(token)} ${say.noLine}` };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    const [low, high] = from <= to ? [from, to] : [to, from];
    for (const line of [low, high]) if (line < 1 || line > total) return { ok: false, message: say.lineOutside(line, total) };
    for (let line = low; line <= high; line++) lines.add(line);
  }
  return { ok: true, lines: [...lines].sort((a, b) => a - b) };
}

/** The snippet's line `line` (1-based), trimmed, in backticks; empty for a blank line. */
export function codeAt(code: string, line: number): string {
  const text = code.split('\n')[line - 1]?.trim() ?? '';
  return text ? `\`${text}\`` : '';
}

/**
 * Precision and recall of the named lines against the bugs; the score is their F1, so
 * naming every line of the snippet earns little. Correct only for exactly the bug set.
 */
export function gradeCodeReview(question: CodeReviewQuestion, answer: string, lang: Lang): GradeResult {
  const say = messages(lang);
  const bugLines = question.bugs.map((bug) => bug.line).sort((a, b) => a - b);
  const expected = say.lines(bugLines);
  const total = question.code.split('\n').length - (question.code.endsWith('\n') ? 1 : 0);
  const parsed = parseLineNumbers(answer, total, lang);
  if (!parsed.ok) return invalid(expected, parsed.message);

  const named = new Set(parsed.lines);
  const found = question.bugs.filter((bug) => named.has(bug.line));
  const missed = question.bugs.filter((bug) => !named.has(bug.line));
  const extra = parsed.lines.filter((line) => !bugLines.includes(line));
  const precision = parsed.lines.length === 0 ? 0 : found.length / parsed.lines.length;
  const recall = found.length / question.bugs.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

  const feedback = [
    ...found.map((bug) => say.bugFound(bug.line, codeAt(question.code, bug.line), bug.why[lang])),
    ...extra.map((line) => {
      const decoy = question.decoys.find((entry) => entry.line === line);
      return say.notABug(line, codeAt(question.code, line), decoy ? decoy.why[lang] : null);
    }),
    ...missed.map((bug) => say.bugMissed(bug.line, codeAt(question.code, bug.line), bug.why[lang])),
  ];
  if (f1 < 1) feedback.push(say.codeScore(ratio(found.length, parsed.lines.length), ratio(found.length, question.bugs.length), f1.toFixed(2)));
  return scored(f1 >= 1 ? 1 : f1, expected, feedback.join('\n'), {
    missed: missed.map((bug) => String(bug.line)),
    extra: extra.map(String),
  });
}

function ratio(part: number, whole: number): string {
  return `${part}/${whole}`;
}

export const codeReviewGrader: KindGrader<CodeReviewQuestion> = {
  grade: (question, { answer, lang }) => gradeCodeReview(question, answer, lang),
  answerKey: (question, _instance, lang) => {
    const describe = (entry: CodeLine) => ({ line: entry.line, code: codeAt(question.code, entry.line).replace(/^`|`$/g, ''), why: entry.why[lang] });
    const bugs = [...question.bugs].sort((a, b) => a.line - b.line);
    return {
      data: { snippet: question.snippet, bugs: bugs.map(describe), decoys: question.decoys.map(describe) },
      text: [messages(lang).lines(bugs.map((bug) => bug.line)), ...bugs.map((bug) => `${bug.line}: ${bug.why[lang]}`)].join('\n'),
    };
  },
  checkAnswerKey: () => [],
};
