// Question instances written as data, as the bank would hand them to the interface:
// the content is the deck's own (shortened), so the views are tested on realistic text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeReviewQuestion } from '../../src/core/kinds/code-review.js';
import type { DerivationQuestion } from '../../src/core/kinds/derivation.js';
import type { FreeQuestion } from '../../src/core/kinds/free.js';
import type { MultipleQuestion } from '../../src/core/kinds/multiple.js';
import type { NumericQuestion } from '../../src/core/kinds/numeric.js';
import type { SingleQuestion } from '../../src/core/kinds/single.js';

const base = { source: 'paper §3.2', tags: [] as string[], pack: 'focal-loss', file: '/deck/questions.yaml' };
const text = (en: string, zh: string) => ({ en, zh });

export const numeric: NumericQuestion = {
  ...base,
  id: 'numbers-ratio-pt0968',
  topic: 'numbers',
  kind: 'numeric',
  difficulty: 1,
  prompt: text(
    'With γ = 2 and α ignored, an example has pₜ = 0.968. By what factor is its focal loss smaller than its cross entropy?',
    '取 γ = 2、忽略 α，某样本的 pₜ = 0.968。它的焦点损失比交叉熵小多少倍？',
  ),
  hint: text('FL / CE is the modulating factor (1 − pₜ)^γ.', 'FL / CE 就是调制因子 (1 − pₜ)^γ。'),
  explanation: text('FL/CE = (1 − pₜ)^γ = 0.032² = 0.001024, so about 977× smaller.', 'FL/CE = (1 − pₜ)^γ = 0.032² = 0.001024，约小 977 倍。'),
  answer: '1/(1-0.968)^2',
  tolerance: { relative: 0.01 },
  wrongAnswers: ['(1-0.968)^2'],
};

const options = [
  { text: text('γ = 0', 'γ = 0'), correct: true },
  { text: text('pₜ = 0.5', 'pₜ = 0.5'), correct: false, why: text('At pₜ = 0.5 the factor is 0.5^γ, not 1.', 'pₜ = 0.5 时因子为 0.5^γ，不是 1。') },
  { text: text('α = 1', 'α = 1'), correct: false, why: text('α does not touch the modulating factor.', 'α 不影响调制因子。') },
];

export const single: SingleQuestion = {
  ...base,
  id: 'alpha-gamma-rare-class',
  topic: 'alpha-gamma',
  kind: 'single',
  difficulty: 2,
  prompt: text('Which change makes FL equal to α-balanced CE?', '哪种改动使 FL 等于 α 平衡交叉熵？'),
  explanation: text('With γ = 0 the modulating factor is 1.', 'γ = 0 时调制因子为 1。'),
  options,
};

export const multiple: MultipleQuestion = {
  ...base,
  id: 'limits-which-vanish',
  topic: 'limits',
  kind: 'multiple',
  difficulty: 2,
  prompt: text('Which statements hold as pₜ → 1?', 'pₜ → 1 时哪些说法成立？'),
  explanation: text('The factor and the loss both vanish.', '调制因子和损失都趋于零。'),
  options: [
    { text: text('(1 − pₜ)^γ → 0', '(1 − pₜ)^γ → 0'), correct: true },
    { text: text('FL → 0 faster than CE', 'FL 比 CE 更快趋于 0'), correct: true },
    { text: text('FL → αₜ·CE', 'FL → αₜ·CE'), correct: false, why: text('That is the pₜ → 0 limit.', '那是 pₜ → 0 的极限。') },
  ],
};

export const derivation: DerivationQuestion = {
  ...base,
  id: 'gradients-ce-logit',
  topic: 'gradients',
  kind: 'derivation',
  difficulty: 1,
  source: 'paper appendix B',
  prompt: text('Starting from CE = −log pₜ, derive dCE/dx and reach pₜ − 1.', '从 CE = −log pₜ 出发求 dCE/dx，推到 pₜ − 1。'),
  explanation: text('By the chain rule dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1.', '由链式法则 dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1。'),
  where: 'x in [-6, 6]',
  let: ['pt = sigmoid(x)'],
  start: '-log(pt)',
  goal: 'pt - 1',
  goalRelation: 'd/dx',
  model: '-log(pt)\nd/dx = -(1/pt)*pt*(1-pt)\n= pt - 1',
  wrongAnswers: [],
  requires: { steps: 2, shows: [] },
};

export const free: FreeQuestion = {
  ...base,
  id: 'motivation-why-one-stage',
  topic: 'motivation',
  kind: 'free',
  difficulty: 2,
  prompt: text('Explain why one-stage detectors needed focal loss.', '解释单阶段检测器为什么需要焦点损失。'),
  explanation: text('Easy negatives dominate the summed loss.', '大量易分负样本主导了总损失。'),
  model: text('About 100k candidate locations, few positives; easy negatives dominate.', '约 10 万个候选位置，正样本很少；易分负样本占主导。'),
  keyPoints: [
    { ...text('~100k candidates, few positives', '约 10 万候选，正样本少'), match: { en: ['100k|100,000'], zh: ['10 ?万'] } },
    { ...text('FL down-weights easy examples', 'FL 降低易分样本的权重'), match: { en: ['down-?weight', 'easy'], zh: ['降低', '易分'] } },
  ],
};

export const snippet = readFileSync(
  fileURLToPath(new URL('../../questions/focal-loss/snippets/multiclass_focal_loss.py', import.meta.url)),
  'utf8',
);

export const codeReview: CodeReviewQuestion = {
  ...base,
  id: 'code-review-softmax-axis',
  topic: 'code-review',
  kind: 'code-review',
  difficulty: 2,
  source: 'seed article §二',
  prompt: text('Which line normalises the probabilities over the wrong axis?', '哪一行在错误的维度上做了概率归一化？'),
  explanation: text('Always pass dim explicitly: here dim=1.', '务必显式指定 dim，这里应为 dim=1。'),
  snippet: 'snippets/multiclass_focal_loss.py',
  code: snippet,
  bugs: [{ line: 41, why: text('F.log_softmax(logits) has no dim.', 'F.log_softmax(logits) 没有指定 dim。') }],
  decoys: [{ line: 38, why: text('scatter_ along dim 1 is the class axis.', 'scatter_ 沿 dim 1 即类别维。') }],
};

/** A question without parameters as the bank asks it. */
export { plainInstance as instanceOf } from '../../src/core/bank/instance.js';
