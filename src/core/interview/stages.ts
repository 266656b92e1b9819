import type { Kind, Question } from '../bank/types.js';
import type { Localized } from '../i18n.js';

/**
 * The stages of a mock interview, in the order an interviewer moves through focal loss: why it
 * exists, what it is, its two knobs, how it behaves at the extremes, a derivation, numbers, a
 * code review of the multi-class snippet, and its relatives. Each stage asks from deck topics
 * (and kinds); `drill` is the `focal drill` selection that practises the same questions.
 */
export interface Stage {
  id: StageId;
  name: Localized;
  topics?: readonly string[];
  kinds?: readonly Kind[];
  /** Kinds left to another stage (the derivations of `definitions` and `limits` belong to the derivation stage). */
  notKinds?: readonly Kind[];
}

export const STAGE_IDS = ['motivation', 'definition', 'alpha-gamma', 'limits', 'derivation', 'numbers', 'code-review', 'relatives'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const STAGES: readonly Stage[] = [
  { id: 'motivation', name: { en: 'motivation', zh: '动机' }, topics: ['motivation'] },
  { id: 'definition', name: { en: 'definition', zh: '定义' }, topics: ['definitions'], notKinds: ['derivation'] },
  { id: 'alpha-gamma', name: { en: 'α vs γ', zh: 'α 与 γ' }, topics: ['alpha-gamma'] },
  { id: 'limits', name: { en: 'limits', zh: '极限行为' }, topics: ['limits'], notKinds: ['derivation'] },
  { id: 'derivation', name: { en: 'derivation', zh: '推导' }, kinds: ['derivation'] },
  { id: 'numbers', name: { en: 'numbers', zh: '数值计算' }, topics: ['numbers'] },
  { id: 'code-review', name: { en: 'code review', zh: '代码审查' }, topics: ['code-review'], kinds: ['code-review'] },
  { id: 'relatives', name: { en: 'relatives', zh: '相关损失' }, topics: ['relatives'] },
];

/** The questions of `questions` a stage may ask. */
export function stageQuestions(stage: Stage, questions: readonly Question[]): Question[] {
  return questions.filter(
    (question) =>
      (!stage.topics || stage.topics.includes(question.topic)) &&
      (!stage.kinds || stage.kinds.includes(question.kind)) &&
      !stage.notKinds?.includes(question.kind),
  );
}

/** The `focal drill` command that practises a stage's questions. */
export function drillCommandForStage(stage: Stage): string {
  const words = ['focal', 'drill', '--mode', 'weak'];
  for (const topic of stage.topics ?? []) words.push('--topic', topic);
  for (const kind of stage.kinds ?? []) words.push('--kind', kind);
  return words.join(' ');
}
