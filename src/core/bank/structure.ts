import type { Localized } from '../i18n.js';
import type { FieldIssue } from './issues.js';
import { compilePattern, PatternError } from './match-pattern.js';
import { gridSize } from './params.js';
import { questionPlaceholders } from './placeholders.js';
import type { RawQuestion } from './schema.js';
import type { CodeLine, ParamSpec } from './types.js';

// Structural checks that the schema cannot express but need no evaluator: the answer key
// has the right shape, lines exist, placeholders name parameters. Deep checks that evaluate
// expressions live in validate.ts.

export interface StructureContext {
  /** The pack's topics, or null when pack.yaml itself is broken. */
  topics: Record<string, Localized> | null;
  /** Number of lines of the question's snippet, or null when it could not be read. */
  snippetLines: number | null;
}

export function checkStructure(question: RawQuestion, context: StructureContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (context.topics && !Object.hasOwn(context.topics, question.topic)) {
    issues.push({ path: ['topic'], message: unknownTopic(question.topic, context.topics) });
  }
  switch (question.kind) {
    case 'single': {
      const correct = question.options.filter((option) => option.correct).length;
      if (correct !== 1) {
        issues.push({ path: ['options'], message: `a single-choice question needs exactly one correct option (found ${correct})` });
      }
      break;
    }
    case 'multiple':
      if (!question.options.some((option) => option.correct)) {
        issues.push({ path: ['options'], message: 'a multiple-choice question needs at least one correct option' });
      }
      break;
    case 'code-review':
      issues.push(...checkCodeLines(question.bugs, question.decoys, context.snippetLines));
      break;
    case 'free':
      issues.push(...checkMatchPatterns(question.keyPoints));
      break;
    default:
      break;
  }
  if ('params' in question && question.params) issues.push(...checkParams(question.params));
  issues.push(...checkPlaceholders(question));
  return issues;
}

export function unknownTopic(topic: string, topics: Record<string, Localized>): string {
  return `unknown topic "${topic}" (pack.yaml lists ${Object.keys(topics).join(', ')})`;
}

/** Every key point's patterns must be in the bounded subset the grader accepts. */
function checkMatchPatterns(keyPoints: { match: { en: string[]; zh: string[] } }[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  keyPoints.forEach((point, index) => {
    for (const lang of ['en', 'zh'] as const) {
      point.match[lang].forEach((pattern, at) => {
        try {
          compilePattern(pattern);
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          issues.push({ path: ['keyPoints', index, 'match', lang, at], message: `pattern "${pattern}", at character ${error.offset + 1}: ${error.message}` });
        }
      });
    }
  });
  return issues;
}

function checkCodeLines(bugs: CodeLine[], decoys: CodeLine[], snippetLines: number | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const bugLines = new Set<number>();
  for (const [field, lines] of [['bugs', bugs], ['decoys', decoys]] as const) {
    const seen = new Set<number>();
    lines.forEach((entry, index) => {
      if (snippetLines !== null && entry.line > snippetLines) {
        issues.push({ path: [field, index, 'line'], message: `line ${entry.line} is outside the snippet (${snippetLines} lines)` });
      }
      if (seen.has(entry.line)) issues.push({ path: [field, index, 'line'], message: `line ${entry.line} is listed twice` });
      if (field === 'decoys' && bugLines.has(entry.line)) {
        issues.push({ path: [field, index, 'line'], message: `line ${entry.line} is both a bug and a decoy` });
      }
      seen.add(entry.line);
      if (field === 'bugs') bugLines.add(entry.line);
    });
  }
  return issues;
}

function checkParams(params: Record<string, ParamSpec>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [name, spec] of Object.entries(params)) {
    if ('values' in spec) continue;
    if (spec.max < spec.min) {
      issues.push({ path: ['params', name, 'max'], message: `max ${spec.max} is below min ${spec.min}` });
      continue;
    }
    const steps = (spec.max - spec.min) / spec.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-6) {
      issues.push({ path: ['params', name, 'max'], message: `max ${spec.max} is not on the grid ${spec.min} + k·${spec.step}` });
    }
    if (gridSize(spec) > 1_000_000) issues.push({ path: ['params', name, 'step'], message: 'the grid has more than a million points' });
  }
  return issues;
}

/** `{name}` must name a parameter; `{=expr}` needs parameters (a fixed value is simply written out). */
function checkPlaceholders(question: RawQuestion): FieldIssue[] {
  const params = 'params' in question && question.params ? Object.keys(question.params) : [];
  const issues: FieldIssue[] = [];
  for (const { placeholder, path } of questionPlaceholders(question)) {
    if (placeholder.type === 'name' && !params.includes(placeholder.name)) {
      const known = params.length > 0 ? `params: ${params.join(', ')}` : 'the question has no params';
      issues.push({ path, message: `placeholder {${placeholder.name}} names no parameter (${known})` });
    }
    if (placeholder.type === 'expression' && params.length === 0) {
      issues.push({ path, message: `placeholder {=${placeholder.source}} needs params; in a question without params write the value` });
    }
  }
  return issues;
}
