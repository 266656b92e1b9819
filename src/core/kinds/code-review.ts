import * as z from 'zod/mini';
import type { FieldIssue } from '../bank/issues.js';
import { common, localizedSchema, text } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import type { Lang, Localized } from '../i18n.js';
import { messages } from '../grading/messages.js';
import { invalid, scored } from '../grading/result.js';
import type { GradeResult } from '../grading/types.js';
import type { KindGrader, KindSpec } from './spec.js';
import { ownWords } from '../words/index.js';

export interface CodeLine {
  line: number;
  why: Localized;
}

export interface CodeReviewQuestion extends QuestionBase {
  kind: 'code-review';
  /** File name of the snippet, relative to the pack folder. */
  snippet: string;
  /** The snippet's text, read when the pack is loaded. */
  code: string;
  /** The lines the question asks for, each with its explanation. */
  bugs: CodeLine[];
  /** Tempting lines that are not the answer, each with why not. */
  decoys: CodeLine[];
}

const codeLineSchema = z.strictObject({ line: z.int().check(z.minimum(1)), why: localizedSchema });

const schema = z.strictObject({
  ...common,
  kind: z.literal('code-review'),
  snippet: text,
  bugs: z.array(codeLineSchema).check(z.minLength(1)),
  decoys: z._default(z.array(codeLineSchema), []),
});

const words = {
  howTo: { en: 'Answer with line numbers, e.g. 27,28.', zh: '填行号，如 27,28。' },
};
const word = ownWords(words);

/** A snippet from the pack folder; the learner names the lines that are wrong. */
export const codeReviewKind: KindSpec<CodeReviewQuestion, z.infer<typeof schema>> = {
  schema,
  snippetOf: (raw) => raw.snippet,
  checkStructure: (raw, context) => checkCodeLines(raw.bugs, raw.decoys, context.snippetLines),
  details: (question) => [`${question.snippet}:`, ...numberedCode(question.code)],
  jsonExtras: (question) => ({ code: question.code }),
  answerInput: 'line',
  howToAnswer: (_question, lang) => word(lang, 'howTo'),
  words,
  grader: async () => codeReviewGrader,
  skeleton: `    prompt:
      en: Which lines of the snippet are wrong?
      zh: 代码片段的哪些行有错？
    explanation:
      en: Line 4 uses log10; cross entropy uses the natural log.
      zh: 第 4 行用了 log10；交叉熵用自然对数。
    snippet: SNIPPET             # a file inside the pack folder
    bugs:                        # the lines a learner must name
      - line: 4
        why: { en: math.log10 is not the natural log., zh: math.log10 不是自然对数。 }
    decoys:                      # lines that look wrong but are right
      - line: 7
        why: { en: The modulating factor is right., zh: 调制因子没错。 }`,
};

/** `  12 │ code`, numbered from 1 and right-aligned. */
function numberedCode(code: string): string[] {
  const lines = code.replace(/\n$/, '').split('\n');
  const width = String(lines.length).length;
  return lines.map((text, index) => `  ${String(index + 1).padStart(width)} │ ${text}`);
}

/** Every named line is inside the snippet, named once, and not both a bug and a decoy. */
function checkCodeLines(bugs: CodeLine[], decoys: CodeLine[], snippetLines: number | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const bugLines = new Set<number>();
  for (const [field, lines] of [['bugs', bugs], ['decoys', decoys]] as const) {
    const seen = new Set<number>();
    lines.forEach((entry, index) => {
      if (snippetLines !== null && entry.line > snippetLines) {
        issues.push({ path: [field, index, 'line'], message: { key: 'pack.lineOutside', params: { line: entry.line, lines: snippetLines } } });
      }
      if (seen.has(entry.line)) issues.push({ path: [field, index, 'line'], message: { key: 'pack.lineTwice', params: { line: entry.line } } });
      if (field === 'decoys' && bugLines.has(entry.line)) {
        issues.push({ path: [field, index, 'line'], message: { key: 'pack.bugAndDecoy', params: { line: entry.line } } });
      }
      seen.add(entry.line);
      if (field === 'bugs') bugLines.add(entry.line);
    });
  }
  return issues;
}

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
function codeAt(code: string, line: number): string {
  const text = code.split('\n')[line - 1]?.trim() ?? '';
  return text ? `\`${text}\`` : '';
}

/**
 * Precision and recall of the named lines against the bugs; the score is their F1, so
 * naming every line of the snippet earns little. Correct only for exactly the bug set.
 */
function gradeCodeReview(question: CodeReviewQuestion, answer: string, lang: Lang): GradeResult {
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

const codeReviewGrader: KindGrader<CodeReviewQuestion> = {
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
