import type { Kind } from '../core/bank/types.js';

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

const BODIES: Record<Kind, string> = {
  single: `    prompt:
      en: What does γ = 0 turn focal loss into?
      zh: γ = 0 时焦点损失变成什么？
    explanation:
      en: With γ = 0 the modulating factor (1 − pₜ)^γ is 1, so FL is the (α-balanced) cross entropy.
      zh: γ = 0 时调制因子 (1 − pₜ)^γ 等于 1，FL 就是（α 平衡的）交叉熵。
    options:                     # 2 to 26 options, exactly one correct: true for single
      - text: { en: cross entropy, zh: 交叉熵 }
        correct: true
      - text: { en: zero loss, zh: 零损失 }
        why: { en: "(1 − pₜ)⁰ = 1, not 0.", zh: "(1 − pₜ)⁰ = 1，不是 0。" }   # shown when this option is chosen`,
  multiple: `    prompt:
      en: Which of these does raising γ do? (choose all that apply)
      zh: 增大 γ 会怎样？（多选）
    explanation:
      en: The factor (1 − pₜ)^γ shrinks faster with γ the closer pₜ is to 1, and tends to 1 as pₜ → 0.
      zh: 调制因子 (1 − pₜ)^γ 在 pₜ 越接近 1 时随 γ 缩小得越快，pₜ → 0 时趋于 1。
    options:                     # every option marked correct: true must be chosen
      - text: { en: down-weights easy examples more, zh: 更多地降低易分样本的权重 }
        correct: true
      - text: { en: leaves the loss unchanged as pₜ → 0, zh: pₜ → 0 时损失不变 }
        correct: true
      - text: { en: raises the loss of every example, zh: 提高每个样本的损失 }
        why: { en: "(1 − pₜ)^γ ≤ 1, so the loss never grows.", zh: "(1 − pₜ)^γ ≤ 1，损失不会变大。" }`,
  numeric: `    params:                      # optional: drawn per attempt, written {name} in texts
      p: { values: [0.9, 0.95] }
    prompt:
      en: With γ = 2 and pₜ = {p}, by what factor is the focal loss smaller than the cross entropy?
      zh: 取 γ = 2、pₜ = {p}，焦点损失比交叉熵小多少倍？
    explanation:
      en: FL/CE = (1 − {p})² = {=(1-p)^2}, so the factor is {=1/(1-p)^2}.   # {=expr} is computed
      zh: FL/CE = (1 − {p})² = {=(1-p)^2}，倍数为 {=1/(1-p)^2}。
    answer: 1/(1-p)^2             # an expression, evaluated for each parameter set
    tolerance: { relative: 0.01 } # or absolute, sigfigs, decimals
    wrongAnswers: ["(1-p)^2"]     # plausible mistakes; validate checks they grade wrong`,
  expression: `    prompt:
      en: Write the focal loss of a positive example in terms of pt and gamma (no α).
      zh: 用 pt 和 gamma 写出正样本的焦点损失（不含 α）。
    explanation:
      en: FL = −(1 − pₜ)^γ log pₜ.
      zh: FL = −(1 − pₜ)^γ log pₜ。
    answer: -(1-pt)^gamma*log(pt)
    variables: [pt, gamma]       # the names an answer may use
    where: "pt in (0,1), gamma in [0,5]"   # where answers are compared
    wrongAnswers: ["-(1-pt)^gamma*log(1-pt)", "-pt^gamma*log(pt)"]`,
  derivation: `    prompt:
      en: For a positive example with pₜ = σ(x), derive dCE/dx from CE = −log pₜ.
      zh: 对正样本，pₜ = σ(x)，由 CE = −log pₜ 推导 dCE/dx。
    explanation:
      en: dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1.
      zh: dCE/dx = −(1/pₜ)·pₜ(1 − pₜ) = pₜ − 1。
    where: "x in [-6, 6]"
    let: pt = sigmoid(x)         # names the learner may use for sub-expressions
    start: -log(pt)
    goal: pt - 1
    goalRelation: d/dx           # the goal is the derivative of start
    model: |                     # one step per line: "d/dx = ..." differentiates, "= ..." rewrites
      -log(pt)
      d/dx = -(1/pt)*pt*(1-pt)
      = pt - 1
    wrongAnswers:                # each must fail at some step
      - |
        d/dx = -1/pt`,
  free: `    prompt:
      en: Explain to an interviewer why one-stage detectors need focal loss.
      zh: 向面试官解释单阶段检测器为什么需要焦点损失。
    explanation:
      en: About 100k anchors per image are mostly easy negatives, whose many small losses swamp the few hard examples.
      zh: 每张图约 10 万个锚框，大多是易分负样本，它们大量的小损失淹没了少数难样本。
    model:                       # a model answer, shown after the learner grades themselves
      en: Dense detectors evaluate ~100k anchors; the easy negatives dominate the summed loss, and FL down-weights them.
      zh: 密集检测器评估约 10 万个锚框；易分负样本主导总损失，FL 降低它们的权重。
    keyPoints:                   # what a good answer mentions
      - en: "~100k anchors, mostly easy negatives"
        zh: "约 10 万个锚框，大多是易分负样本"
        match:                   # every pattern of a language must be found (a bounded regex subset: no * or +)
          en: ['anchors?', 'easy (negatives?|background|examples?)']
          zh: ['锚框', '易分']
      - en: FL down-weights well-classified examples
        zh: FL 降低易分样本的权重
        match:
          en: ['down-?weight|lower\\w{0,3} (the )?weight|reduce\\w{0,2} (the )?weight']
          zh: ['降低.{0,10}权重|权重.{0,10}(降低|减小|变小)']`,
  'code-review': `    prompt:
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
  const body = BODIES[kind].replace('SNIPPET', snippet);
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
