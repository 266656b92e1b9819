import * as z from 'zod/mini';
import type { FieldIssue } from '../bank/issues.js';
import { common, localizedSchema, text } from '../bank/schema.js';
import type { QuestionBase } from '../bank/types.js';
import type { Localized } from '../i18n.js';
import type { KindSpec } from './spec.js';
import { t } from '../words/index.js';

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

/** A snippet from the pack folder; the learner names the lines that are wrong. */
export const codeReviewKind: KindSpec<CodeReviewQuestion, z.infer<typeof schema>> = {
  schema,
  snippetOf: (raw) => raw.snippet,
  checkStructure: (raw, context) => checkCodeLines(raw.bugs, raw.decoys, context.snippetLines),
  details: (question) => [`${question.snippet}:`, ...numberedCode(question.code)],
  jsonExtras: (question) => ({ code: question.code }),
  answerInput: 'line',
  howToAnswer: (_question, lang) => t(lang, 'howTo.code-review'),
  grader: async () => (await import('../grading/code-review.js')).codeReviewGrader,
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
