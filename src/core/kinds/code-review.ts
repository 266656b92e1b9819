import * as z from 'zod/mini';
import type { FieldIssue } from '../bank/issues.js';
import { common, localizedSchema, text } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import type { Lang, Localized } from '../i18n.js';
import { invalid, scored } from '../grading/result.js';
import type { GradeResult } from '../grading/types.js';
import type { KindGrader, KindSpec } from './spec.js';
import { ownSaid, ownWords } from '../words/own.js';

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
  noLine: { en: 'Give line numbers, e.g. 41,44.', zh: '请给出行号，例如 41,44。' },
  notALine: { en: '"{token}" is not a line number.', zh: '"{token}" 不是行号。' },
  lineOutside: { en: 'There is no line {line}: the snippet has {total} lines.', zh: '没有第 {line} 行：代码只有 {total} 行。' },
  bugFound: { en: '✓ line {line} {code}: {why}', zh: '✓ 第 {line} 行 {code}：{why}' },
  notABug: { en: '✗ line {line} {code} is not one of them.', zh: '✗ 第 {line} 行 {code} 不在答案之列。' },
  notABugWhy: { en: '✗ line {line} {code} is not one of them: {why}', zh: '✗ 第 {line} 行 {code} 不在答案之列：{why}' },
  bugMissed: { en: 'missed line {line} {code}: {why}', zh: '漏掉第 {line} 行 {code}：{why}' },
  codeScore: { en: 'Precision {precision}, recall {recall}; score = F1 = {f1}.', zh: '精确率 {precision}，召回率 {recall}；得分 = F1 = {f1}。' },
  linesOne: { en: 'line {lines}', zh: '第 {lines} 行' },
  linesMany: { en: 'lines {lines}', zh: '第 {lines} 行' },
  // problems of a pack (questions validate)
  keyLineOutside: { en: 'line {line} is outside the snippet ({lines} lines)', zh: '第 {line} 行超出了代码片段（共 {lines} 行）' },
  lineTwice: { en: 'line {line} is listed twice', zh: '第 {line} 行列出了两次' },
  bugAndDecoy: { en: 'line {line} is both a bug and a decoy', zh: '第 {line} 行既是错误又是干扰项' },
};
const word = ownWords(words);
const packProblem = ownSaid(words);

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
        issues.push({ path: [field, index, 'line'], message: packProblem('keyLineOutside', { line: entry.line, lines: snippetLines }) });
      }
      if (seen.has(entry.line)) issues.push({ path: [field, index, 'line'], message: packProblem('lineTwice', { line: entry.line }) });
      if (field === 'decoys' && bugLines.has(entry.line)) {
        issues.push({ path: [field, index, 'line'], message: packProblem('bugAndDecoy', { line: entry.line }) });
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
  const noLine = word(lang, 'noLine');
  const cleaned = answer
    .replace(/\b(?:lines?|l)\s*#?\s*(?=\d)/gi, '')
    .replace(/\s*[-–—~]\s*/g, '-')
    .trim();
  if (!cleaned) return { ok: false, message: noLine };
  const lines = new Set<number>();
  for (const token of cleaned.split(/[\s,;、，；]+/).filter(Boolean)) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(token);
    if (!match) return { ok: false, message: `${word(lang, 'notALine', { token })} ${noLine}` };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    const [low, high] = from <= to ? [from, to] : [to, from];
    for (const line of [low, high]) if (line < 1 || line > total) return { ok: false, message: word(lang, 'lineOutside', { line, total }) };
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
  const bugLines = question.bugs.map((bug) => bug.line).sort((a, b) => a - b);
  const expected = linesText(bugLines, lang);
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
    ...found.map((bug) => word(lang, 'bugFound', { line: bug.line, code: codeAt(question.code, bug.line), why: bug.why[lang] })),
    ...extra.map((line) => {
      const decoy = question.decoys.find((entry) => entry.line === line);
      const code = codeAt(question.code, line);
      return decoy ? word(lang, 'notABugWhy', { line, code, why: decoy.why[lang] }) : word(lang, 'notABug', { line, code });
    }),
    ...missed.map((bug) => word(lang, 'bugMissed', { line: bug.line, code: codeAt(question.code, bug.line), why: bug.why[lang] })),
  ];
  if (f1 < 1) feedback.push(word(lang, 'codeScore', { precision: ratio(found.length, parsed.lines.length), recall: ratio(found.length, question.bugs.length), f1: f1.toFixed(2) }));
  return scored(f1 >= 1 ? 1 : f1, expected, feedback.join('\n'), {
    missed: missed.map((bug) => String(bug.line)),
    extra: extra.map(String),
  });
}

/** `line 4`, `lines 4, 7`. */
function linesText(lines: number[], lang: Lang): string {
  return word(lang, lines.length === 1 ? 'linesOne' : 'linesMany', { lines: { join: lines.map(String), with: 'grading.listSeparator' } });
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
      text: [linesText(bugs.map((bug) => bug.line), lang), ...bugs.map((bug) => `${bug.line}: ${bug.why[lang]}`)].join('\n'),
    };
  },
  checkAnswerKey: () => [],
};
