import type { Kind } from '../core/bank/types.js';
import { specOfKind } from '../core/kinds/specs.js';

// `focal questions new`: a commented question of each kind that already validates, so an
// author edits a working example instead of starting from the format description.

/** `text` with its comment in the column the skeleton's comments share. */
const commented = (text: string, comment: string) => `${text.padEnd(32)} # ${comment}`;

const COMMON = (id: string, topic: string, kind: Kind, difficulty: number) =>
  [
    commented(`  - id: ${id}`, 'stable: progress is keyed on it'),
    commented(`    topic: ${topic}`, 'a topic named in pack.yaml'),
    `    kind: ${kind}`,
    commented(`    difficulty: ${difficulty}`, '1 easy, 2 medium, 3 hard'),
    commented('    source: paper §3.2', 'where a learner can look the answer up (paper section, file, page)'),
    '    tags: [gamma]',
  ].join('\n');

/** The snippet a code-review skeleton points at (line 4 is its bug). */
export const SKELETON_SNIPPET = `import math

def cross_entropy(p):
    return -math.log10(p)

def focal(p, gamma):
    return (1 - p) ** gamma * cross_entropy(p)
`;

/** A question file holding one commented question of `kind`. */
export function questionSkeleton(kind: Kind, topic: string, id: string, snippet: string): string {
  const difficulty = kind === 'derivation' ? 2 : 1;
  const body = specOfKind(kind).skeleton.replace('SNIPPET', snippet);
  return `# A new ${kind} question: edit it, then run "focal questions validate" on the pack.
# The format: docs/question-format.md in focal-drill. Every text has en and zh (zh falls back to en).
questions:
${COMMON(id, topic, kind, difficulty)}
${body}
`;
}

/** A minimal pack.yaml for a new pack with one topic. */
export function packSkeleton(id: string, topic: string): string {
  return `# A question pack: its id, title and topics. Question files are the other *.yaml files here.
id: ${id}
title: { en: ${id}, zh: ${id} }
topics:
  ${topic}: { en: ${topic}, zh: ${topic} }
`;
}
