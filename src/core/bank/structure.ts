import type { Localized } from '../i18n.js';
import type { Said } from '../words/index.js';
import type { FieldIssue } from './issues.js';
import { gridSize } from './params.js';
import { questionPlaceholders } from './placeholders.js';
import type { RawQuestion } from '../kinds/specs.js';
import type { ParamSpec } from './types.js';

// Structural checks that the schema cannot express but need no evaluator: the answer key
// has the right shape, lines exist, placeholders name parameters. Deep checks that evaluate
// expressions live in validate.ts; the checks of one kind in its module, src/core/kinds/.

export interface CommonContext {
  /** The pack's topics, or null when pack.yaml itself is broken. */
  topics: Record<string, Localized> | null;
}

/** The checks every kind shares: the topic, the parameters and the placeholders; each kind adds its own (KindSpec.checkStructure). */
export function checkStructure(question: RawQuestion, context: CommonContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (context.topics && !Object.hasOwn(context.topics, question.topic)) {
    issues.push({ path: ['topic'], message: unknownTopic(question.topic, context.topics) });
  }
  if ('params' in question && question.params) issues.push(...checkParams(question.params));
  issues.push(...checkPlaceholders(question));
  return issues;
}

export function unknownTopic(topic: string, topics: Record<string, Localized>): Said {
  return { key: 'pack.unknownTopic', params: { topic, topics: Object.keys(topics).join(', ') } };
}

function checkParams(params: Record<string, ParamSpec>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [name, spec] of Object.entries(params)) {
    if ('values' in spec) continue;
    if (spec.max < spec.min) {
      issues.push({ path: ['params', name, 'max'], message: { key: 'pack.maxBelowMin', params: { max: spec.max, min: spec.min } } });
      continue;
    }
    const steps = (spec.max - spec.min) / spec.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-6) {
      issues.push({ path: ['params', name, 'max'], message: { key: 'pack.maxOffGrid', params: { max: spec.max, min: spec.min, step: spec.step } } });
    }
    if (gridSize(spec) > 1_000_000) issues.push({ path: ['params', name, 'step'], message: { key: 'pack.gridTooLarge' } });
  }
  return issues;
}

/** `{name}` must name a parameter; `{=expr}` needs parameters (a fixed value is simply written out). */
function checkPlaceholders(question: RawQuestion): FieldIssue[] {
  const params = 'params' in question && question.params ? Object.keys(question.params) : [];
  const issues: FieldIssue[] = [];
  for (const { placeholder, path } of questionPlaceholders(question)) {
    if (placeholder.type === 'name' && !params.includes(placeholder.name)) {
      const known: Said = params.length > 0 ? { key: 'pack.paramsAre', params: { names: params.join(', ') } } : { key: 'pack.noParams' };
      issues.push({ path, message: { key: 'pack.placeholderUnknown', params: { name: placeholder.name, known } } });
    }
    if (placeholder.type === 'expression' && params.length === 0) {
      issues.push({ path, message: { key: 'pack.placeholderNeedsParams', params: { source: placeholder.source } } });
    }
  }
  return issues;
}
