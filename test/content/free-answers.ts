// Paraphrased answers to every free question of the deck, as learners would type them: a good
// answer per language, and answers that leave out named key points (0-based indices).

export interface FreeAnswers {
  good: { en: string[]; zh: string[] };
  missing: { omits: number[]; en: string; zh: string }[];
}

export const FREE_ANSWERS: Record<string, FreeAnswers> = {
  'motivation-why-one-stage-needed-fl': {
    good: {
      en: [
        'A one-stage detector scores every location densely, roughly 100k anchors per image, and only a handful contain objects. Most are easy background; each one has a tiny loss but added up they overwhelm the loss and the gradients. Two-stage detectors prune candidates with a proposal stage and sample a fixed 1:3 foreground/background ratio. Focal loss uses the (1 - pt)^gamma term to down-weight easy examples rather than throw them away, so RetinaNet gets the accuracy of two-stage detectors at one-stage speed.',
        'Dense detection means 100,000 candidate boxes with very few positives, a severe imbalance. The easy negatives each contribute little but collectively dominate training. R-CNN style detectors avoid this: the RPN filters candidates and minibatch sampling keeps a balanced ratio. Focal loss reduces the loss of well-classified examples instead of discarding them.',
      ],
      zh: [
        '单阶段检测器要对每个位置密集打分，每张图大约 10 万个锚框，而含有物体的极少，类别严重不平衡。大多数是易分背景，单个损失不大，但加起来就主导了损失和梯度。两阶段检测器先用候选框过滤，再按 1:3 的前景背景比例采样。焦点损失用调制因子降低易分样本的权重，而不是丢掉它们，RetinaNet 因此兼顾单阶段的速度和两阶段的精度。',
      ],
    },
    missing: [
      {
        omits: [2, 4],
        en: 'There are about 100k anchors per image and almost all are background, a big imbalance. The easy negatives add up and dominate the loss. Focal loss down-weights those easy examples with (1 - pt)^gamma.',
        zh: '每张图大约 10 万个锚框，几乎都是背景，类别极度不平衡。易分负样本累加起来主导了损失。焦点损失用 (1 − pₜ)^γ 降低易分样本的权重。',
      },
      {
        omits: [0, 3],
        en: 'The easy background examples together overwhelm the loss. Two-stage detectors filter candidates with region proposals first. RetinaNet is meant to be as accurate as two-stage detectors while staying fast.',
        zh: '易分背景样本加起来淹没了损失。两阶段检测器先用候选框过滤候选位置。RetinaNet 的目标是既有两阶段的精度，又保持速度快。',
      },
    ],
  },
  'alpha-gamma-explain-to-interviewer': {
    good: {
      en: [
        'Alpha is a fixed per-class weight: alpha on positives and 1 - alpha on negatives, so it balances the classes but treats easy and hard examples of a class alike. Gamma is the exponent of the modulating factor (1 - pt)^gamma, which down-weights easy, well-classified examples depending on the prediction. With gamma = 0 you get plain alpha-balanced cross entropy. They interact: because gamma already suppresses the easy negatives, the best alpha decreases as gamma grows, from 0.75 at gamma 0 to 0.25 at gamma 2 in Table 1b.',
        'α is a static weight for each class (α for foreground, 1 − α for background). γ focuses training: (1 − pₜ)^γ shrinks the loss of easy examples. γ = 0, it is just α-balanced CE. Since γ has already tamed the flood of easy negatives, you need less extra weight on positives, so the optimal α goes down as γ rises; that is why it ends at 0.25.',
      ],
      zh: [
        'α 是按类别的固定权重，正样本乘 α，负样本乘 1 − α，它只平衡正负两类。γ 出现在调制因子 (1 − pₜ)^γ 里，按预测降低易分样本的权重。γ = 0 时就是 α 平衡交叉熵。两者有交互：γ 已经压低了大量易分负样本，正样本不再需要那么大的权重，所以最佳 α 随 γ 增大而减小，γ = 2 时最佳 α 为 0.25，而 γ = 0 时是 0.75。',
      ],
    },
    missing: [
      {
        omits: [0, 3],
        en: 'Gamma controls the modulating factor (1 - pt)^gamma, which down-weights the easy examples. With gamma = 0 the loss is ordinary cross entropy.',
        zh: 'γ 控制调制因子 (1 − pₜ)^γ，用来降低易分样本的权重。γ = 0 时就是交叉熵。',
      },
      {
        omits: [2],
        en: 'Alpha is a constant per-class weight, alpha for positives and 1 - alpha for negatives. Gamma down-weights easy examples through (1 - pt)^gamma. The best alpha falls as gamma increases, 0.75 at first and 0.25 at gamma 2.',
        zh: 'α 是按类别的固定权重，正样本 α、负样本 1 − α。γ 通过 (1 − pₜ)^γ 降低易分样本的权重。最佳 α 随 γ 增大而下降，从 0.75 降到 0.25。',
      },
    ],
  },
  'retinanet-loss-normalisation-explain': {
    good: {
      en: [
        'RetinaNet computes the focal loss on all of the roughly 100k anchors, with no sampling, and sums it. Then it divides the sum by the number of anchors assigned to a ground-truth box, not the total anchor count. The easy negatives contribute almost nothing under focal loss, so averaging over every anchor would dilute the loss and make it depend on how many anchors there are. The prior initialisation with pi = 0.01 also keeps the background loss small from the start.',
      ],
      zh: [
        'RetinaNet 对全部约 10 万个锚框计算焦点损失并求和，不做采样。然后除以分配到真实框的锚框数，而不是锚框总数。焦点损失下易分负样本几乎不贡献损失，按所有锚框平均会把损失稀释得很小。另外先验初始化 π = 0.01 让背景损失一开始就很小。',
      ],
    },
    missing: [
      {
        omits: [3],
        en: 'The loss is summed over every anchor, without sampling, and normalised by the number of positive anchors, because the easy negatives contribute nearly zero and would only dilute an average over all anchors.',
        zh: '损失对所有锚框求和，不采样，再除以正样本锚框的个数；易分负样本几乎为零，按全部锚框平均只会稀释损失。',
      },
      {
        omits: [1, 2],
        en: 'All 100k anchors are used, no subsampling. The classification bias is initialised with a prior of 0.01 so that training starts stable.',
        zh: '所有锚框都参与，不采样。分类层偏置用先验 0.01 初始化，让训练一开始就稳定。',
      },
    ],
  },
  'results-fl-vs-ohem-explain': {
    good: {
      en: [
        'OHEM throws the easy examples away and trains only on the hardest ones, a hard selection. Focal loss keeps every example and scales its loss down smoothly with (1 - pt)^gamma, a weight that comes from the model’s own prediction, so there is no sampling step. In Table 1d focal loss reaches 36.0 AP against 32.8 for the best OHEM, about 3.2 AP better.',
      ],
      zh: [
        'OHEM 只选出最难的样本来训练，易分样本直接被丢弃。焦点损失保留全部样本，用 (1 − pₜ)^γ 平滑地降低易分样本的权重，这个权重来自模型自身的预测，不需要采样。表 1d 中焦点损失 36.0 AP，最好的 OHEM 是 32.8 AP。',
      ],
    },
    missing: [
      {
        omits: [3],
        en: 'OHEM discards easy examples and keeps only the hard ones; focal loss keeps them all and down-weights the easy ones, with a weight from the prediction itself and no sampling step.',
        zh: 'OHEM 丢弃易分样本，只保留难例；焦点损失保留所有样本并降低易分样本的权重，权重来自模型自身的预测，不需要采样。',
      },
      {
        omits: [0],
        en: 'Focal loss keeps all anchors and down-weights the easy ones via the modulating factor; in Table 1d it scores 36.0 AP versus 32.8.',
        zh: '焦点损失保留所有锚框，用调制因子降低易分样本的权重；表 1d 中它是 36.0 AP，对比 32.8。',
      },
    ],
  },
  'code-review-fix-free': {
    good: {
      en: [
        'Use F.log_softmax(logits, dim=1) so the softmax runs over the class axis. Take the target class log-probability with gather instead of multiplying by the one-hot, and set pt = logpt.exp(). The loss is -alpha[labels] * (1 - pt)**gamma * logpt with a per-class alpha tensor on the logits device. Reduce with mean over the batch·seq positions, not over classes. To test: gamma = 0 without alpha must equal F.cross_entropy, and a perfect prediction should give 0.',
      ],
      zh: [
        '改成 F.log_softmax(logits, dim=1)，在类别维上归一化。用 gather 按标签取出目标类别的对数概率，再 pt = exp(logpt)。损失为 −alpha[labels]·(1 − pt)^γ·logpt，alpha 是按类别的权重，放到 logits 的设备上。最后对所有样本位置取平均，不要连类别一起平均。验证：γ = 0 且不加 α 时应与 F.cross_entropy 相同，完美预测的损失应为 0。',
      ],
    },
    missing: [
      {
        omits: [4],
        en: 'Call log_softmax with dim=1, gather the target log-probability and exponentiate it for pt, weight by alpha[labels] per class, and take the mean over samples.',
        zh: 'log_softmax 加上 dim=1，用 gather 取目标类别的对数概率再取 exp 得到 pt，按类别用 alpha[labels] 加权，最后对样本取平均。',
      },
      {
        omits: [0, 1],
        en: 'Make alpha a per-class tensor indexed by the labels and average the loss over the samples; then check against F.cross_entropy with gamma = 0.',
        zh: '把 alpha 改成按类别的张量，用标签索引取出，损失对样本取平均；再在 γ = 0 时与交叉熵对比验证。',
      },
    ],
  },
  'definitions-explain-alpha-balanced-ce-not-enough': {
    good: {
      en: [
        'Alpha-balanced CE only applies a fixed class weight, alpha for positives and 1 - alpha for negatives. It has no notion of easy versus hard: every negative gets the same weight. In detection the real issue is that most of the ~100k negatives are easy, and together they still dominate the loss. Focal loss multiplies by (1 - pt)^gamma, a per-example weight from the prediction, which down-weights easy examples; gamma = 0 recovers alpha-balanced CE.',
      ],
      zh: [
        'α 平衡交叉熵只是按类别给固定权重，正样本 α，负样本 1 − α。它分不清易分样本和难分样本，同一类的样本权重都一样。而检测里约 10 万个负样本大多是易分背景，累加起来仍然主导损失。焦点损失再乘上 (1 − pₜ)^γ，按预测逐样本降低易分样本的权重。',
      ],
    },
    missing: [
      {
        omits: [1],
        en: 'Alpha is a fixed per-class weight. Most negatives are easy background and, summed over all anchors, dominate the loss. Focal loss adds (1 - pt)^gamma to down-weight easy examples.',
        zh: 'α 是按类别的固定权重。大多数负样本是易分背景，在所有锚框上累加后主导损失。焦点损失加上 (1 − pₜ)^γ 来降低易分样本的权重。',
      },
      {
        omits: [0, 3],
        en: 'It cannot distinguish easy examples from hard ones, and the easy negatives dominate the loss when summed over so many anchors.',
        zh: '它分不清易分样本和难分样本，而大量易分负样本累加后主导了损失。',
      },
    ],
  },
  'retinanet-explain-prior-initialisation': {
    good: {
      en: [
        'The last classification layer gets bias b = -log((1 - pi)/pi) with pi = 0.01, about -4.6, so every anchor starts by predicting foreground with probability 0.01. With a default init each anchor would start near 0.5, and the huge number of background anchors would produce a large loss that destabilises early training. It is only an initialisation trick, the loss is unchanged, and the paper notes that without it even standard cross entropy diverges.',
      ],
      zh: [
        '把分类层最后的偏置初始化为 b = −log((1 − π)/π)，π = 0.01，约为 −4.6，这样一开始每个锚框的前景概率约 0.01。若用默认初始化，每个锚框一开始都在 0.5 左右，大量背景锚框的损失很大，会让训练初期不稳定。它只改变初始化，不改变损失函数；论文指出没有它，普通交叉熵训练也会发散。',
      ],
    },
    missing: [
      {
        omits: [2, 3],
        en: 'The bias is initialised so that the prior probability of foreground is 0.01. Otherwise every background anchor starts near 0.5 and the large loss swamps training.',
        zh: '偏置按先验 0.01 初始化。否则每个背景锚框一开始在 0.5 附近，损失很大，淹没了训练。',
      },
      {
        omits: [1],
        en: 'Set the classifier bias from the prior pi = 0.01. It only changes the initialisation, not the loss, and without it training with cross entropy diverges.',
        zh: '用先验 π = 0.01 设置分类层偏置。它只改变初始化，不改变损失函数；没有它交叉熵训练会发散。',
      },
    ],
  },
  'alpha-gamma-explain-choosing-gamma': {
    good: {
      en: [
        'Gamma decides how quickly (1 - pt)^gamma pushes down the loss of easy examples; gamma 0 is cross entropy. The paper found gamma = 2 with alpha 0.25 best, 34.0 AP versus 31.1 for gamma 0. Going too large hurts: at gamma 5 AP drops to 32.2 because even fairly easy examples stop contributing. Results are robust between 0.5 and 5, so I would start from 2 and retune alpha.',
      ],
      zh: [
        'γ 决定 (1 − pₜ)^γ 压低易分样本损失的速度，γ = 0 就是交叉熵。论文中 γ = 2、α = 0.25 最好，34.0 AP，γ = 0 时只有 31.1。γ 太大反而变差：γ = 5 时降到 32.2。在 0.5 到 5 之间效果都比较稳健，所以我会用 2 作默认值，再调整 α。',
      ],
    },
    missing: [
      {
        omits: [2, 3],
        en: 'It controls how strongly easy examples are down-weighted. The best setting in the paper is gamma = 2 with alpha = 0.25, at 34.0 AP.',
        zh: '它控制易分样本被降低权重的程度。论文最佳设置是 γ = 2、α = 0.25，34.0 AP。',
      },
      {
        omits: [1],
        en: 'Gamma sets how fast easy examples are down-weighted. Too large is worse: gamma 5 drops to 32.2 AP. The detector is robust over a wide range, so retune alpha with it.',
        zh: 'γ 决定易分样本降权的速度。γ 太大反而变差，γ = 5 只有 32.2 AP。模型在很大范围内都比较稳健，调 γ 时重新调整 α。',
      },
    ],
  },
  'limits-explain-easy-vs-hard-examples': {
    good: {
      en: [
        'For an easy example pt is close to 1, so (1 - pt)^2 goes to zero: at pt = 0.9 it is 0.01, a hundred times less loss than CE. For a misclassified one pt is small, the factor is close to 1, and the loss is almost the same as cross entropy; for pt at most 0.5 the factor is at least 0.25, so it is reduced at most 4 times. So hard examples get relatively more weight and training focuses on them.',
      ],
      zh: [
        '易分样本 pₜ 接近 1，(1 − pₜ)² 趋于 0：pₜ = 0.9 时为 0.01，损失降为交叉熵的 1/100。分错的样本 pₜ 很小，因子接近 1，损失几乎就是交叉熵；pₜ ≤ 0.5 时因子至少 0.25，最多降为 1/4。所以难分样本的相对权重变大，训练聚焦在它们身上。',
      ],
    },
    missing: [
      {
        omits: [2, 3],
        en: 'When pt is near 1 the modulating factor is nearly zero, 0.01 at pt = 0.9. When pt is small the factor is about 1 and the loss is roughly plain cross entropy.',
        zh: 'pₜ 接近 1 时调制因子接近 0，pₜ = 0.9 时为 0.01。pₜ 很小时因子约为 1，损失基本就是交叉熵。',
      },
      {
        omits: [0],
        en: 'A misclassified example keeps almost all of its cross entropy: for pt below 0.5 the factor is at least 0.25, only 4 times smaller, so hard examples dominate training.',
        zh: '分错的样本几乎保留全部交叉熵：pₜ 小于 0.5 时因子至少为 0.25，最多降为 1/4，所以难分样本主导训练。',
      },
    ],
  },
  'code-review-explain-amplifier': {
    good: {
      en: [
        'label_onehot * log_p gives log-probabilities, which are negative, not probabilities. So 1 - pt is at least 1 and raising it to gamma amplifies the loss, more for worse predictions. The fix is to gather the target log-probability and use pt = exp(logpt). The usual checks pass anyway: at gamma 0 the factor is 1, and a perfect prediction has log pt = 0; comparing a gamma = 2 value with a reference implementation, or checking FL <= CE, would catch it.',
      ],
      zh: [
        'label_onehot * log_p 得到的是对数概率，是负数，不是概率。所以 1 − pt 大于等于 1，再取 γ 次方就放大了损失，预测越差放大越多。修正：用 gather 取目标的对数概率，pt = exp(logpt)。常用检查照样通过：γ = 0 时因子为 1，完美预测时 log pt = 0；应该检查 FL ≤ CE，或把 γ = 2 的结果与参考实现对比。',
      ],
    },
    missing: [
      {
        omits: [2, 3],
        en: 'pt there holds log-probabilities, which are at most 0, so the factor (1 - pt)^gamma is at least 1 and amplifies.',
        zh: '那里的 pt 存的是对数概率，不大于 0，所以 (1 − pt)^γ 至少为 1，起了放大作用。',
      },
      {
        omits: [1],
        en: 'The one-hot product yields log-probabilities. Gather the target log-probability and exponentiate it. Compare the value at gamma = 2 against a reference implementation.',
        zh: 'one-hot 乘积得到的是对数概率。应当用 gather 取出目标的对数概率再取 exp。把 γ = 2 的值与参考实现对比。',
      },
    ],
  },
  'relatives-explain-class-balanced-and-ghm': {
    good: {
      en: [
        'Class-balanced loss gives each class a static weight based on the effective number of samples, (1 - beta^n)/(1 - beta). Focal loss is dynamic and per example: (1 - pt)^gamma depends on the prediction. GHM weights examples by the inverse of the gradient density, so examples whose gradient norm is common get less weight. GHM therefore also down-weights very hard outliers like mislabelled boxes, while focal loss still gives them nearly full weight.',
      ],
      zh: [
        '类别平衡损失按有效样本数 (1 − β^n)/(1 − β) 给每个类别一个静态权重。焦点损失是动态的、逐样本的：(1 − pₜ)^γ 取决于预测。GHM 按梯度模长密度的倒数加权，梯度模长常见的样本权重小。所以 GHM 也会降低离群样本（比如标注错误）的权重，而焦点损失对它们几乎保留全部权重。',
      ],
    },
    missing: [
      {
        omits: [2, 3],
        en: 'Class-balanced loss uses a fixed weight per class from the effective number of samples, whereas focal loss weights each example dynamically from its prediction.',
        zh: '类别平衡损失按有效样本数给每个类别固定权重，而焦点损失按预测逐样本动态加权。',
      },
      {
        omits: [0],
        en: 'Focal loss weights every example by (1 - pt)^gamma from the prediction. GHM instead uses the density of the gradient norm, and also down-weights outliers such as label noise.',
        zh: '焦点损失按预测用 (1 − pₜ)^γ 给每个样本加权。GHM 则按梯度模长的密度加权，还会降低标注噪声这类离群样本的权重。',
      },
    ],
  },
  'calibration-explain-focal-calibration': {
    good: {
      en: ['Cross entropy keeps pushing correct predictions toward certainty, so the network overfits the likelihood and becomes overconfident. The (1 - pt)^gamma factor stops that push once an example is confidently right; Mukhoti et al. read it as KL minus an entropy term, a regulariser. They choose gamma per sample (FLSD-53) and get better calibration than CE. Afterwards I would still apply temperature scaling on a validation set.'],
      zh: ['交叉熵会一直把分对的样本推向确定，似然过拟合，网络变得过度自信。(1 − pₜ)^γ 在样本被自信分对后就停止这种推动，Mukhoti 等人把它看作 KL 减去一个熵项，相当于正则。他们逐样本选择 γ（FLSD-53），校准比交叉熵好。训练后我还会在验证集上做温度缩放。'],
    },
    missing: [
      { omits: [2, 3], en: 'Cross entropy makes networks overconfident by pushing correct examples toward certainty; the focal factor (1 - pt)^gamma stops that once an example is confidently right.', zh: '交叉熵把分对的样本推向确定，使网络过度自信；(1 − pₜ)^γ 在样本被自信分对后就停止这种推动。' },
    ],
  },
  'numerics-explain-nan-in-training': {
    good: {
      en: ['First, gamma < 1 with saturated float32 logits: the backward of (1 - pt)^gamma becomes inf times 0, so compute it in log space or use gamma >= 1. Second, dividing by the number of foreground anchors divides by zero on an image with no positives; use max(1, n). Third, compute from logits with logsigmoid or a with_logits loss. Fourth, in a softmax version gather the target log-probability instead of multiplying by a one-hot.'],
      zh: ['一是 γ < 1 且 float32 logit 饱和时，(1 − pₜ)^γ 的反向传播出现 inf 乘 0；改在对数空间计算或用 γ ≥ 1。二是按前景数归一化，在没有正样本的图上会除以零，用 max(1, n)。三是从 logit 出发，用 logsigmoid 或带 with_logits 的损失。四是 softmax 版本用 gather 取目标类别的对数概率，不要乘 one-hot。'],
    },
    missing: [
      { omits: [1, 3], en: 'With gamma < 1 and saturated logits the backward of the modulating factor gives NaN; compute from logits with logsigmoid.', zh: 'γ < 1 且 logit 饱和时调制因子的反向传播给出 NaN；从 logit 出发，用 logsigmoid 计算。' },
    ],
  },
  'failure-modes-explain-when-it-hurts': {
    good: {
      en: ['With label noise, a confidently wrong label gets the largest weight, so noise is amplified. Alpha = 0.25 is tied to gamma = 2 and RetinaNet; on another task you must retune alpha with gamma. If there is no flood of easy examples there may be nothing to gain, so compare with plain cross entropy as a baseline. And implementation bugs such as NaN at gamma < 1 or dividing by zero positives.'],
      zh: ['有标签噪声时，自信的错误标签得到最大的权重，噪声被放大。α = 0.25 与 γ = 2 和 RetinaNet 绑定，换任务要一起重调 α 和 γ。没有大量易分样本时可能没有收益，要和交叉熵对比。还有实现问题，比如 γ < 1 时的 NaN、除以零个正样本。'],
    },
    missing: [
      { omits: [0, 3], en: 'Alpha = 0.25 depends on gamma = 2, so retune it; and with balanced data there may be nothing to gain over a cross-entropy baseline.', zh: 'α = 0.25 取决于 γ = 2，需要重调；数据平衡时相对交叉熵基线可能没有收益。' },
    ],
  },
  'multiclass-why-k-sigmoids': {
    good: {
      en: ['There is no background logit: background simply means all K targets are 0. The paper defines a binary focal loss, and it is applied to each of the K outputs independently. The prior initialisation sets every class bias so all outputs start near 0.01. And the scores are independent, so multi-label is possible, while a softmax couples the classes through its normalisation.'],
      zh: ['没有背景 logit：背景就是 K 个目标全为 0。论文定义的是二分类焦点损失，直接用在 K 个输出中的每一个上。先验初始化把每个类别的偏置设好，所有输出都从 0.01 附近开始。各类得分相互独立，可以多标签；softmax 则通过归一化把各类耦合起来。'],
    },
    missing: [
      { omits: [2], en: 'Background is all K targets zero, so no background logit; the binary focal loss is applied to each output; the scores are independent rather than coupled by a softmax.', zh: '背景就是 K 个目标全为 0，没有背景 logit；二分类焦点损失用在每个输出上；各类得分相互独立，不像 softmax 那样耦合。' },
    ],
  },
  'relatives-explain-descendants': {
    good: {
      en: ['CornerNet and CenterNet add (1 - y)^beta to reduce the penalty of negatives near a Gaussian keypoint peak. GFL: QFL uses a continuous IoU target instead of 0/1, and DFL learns box edges as a distribution. ASL uses separate gamma+ and gamma- and a probability margin for easy negatives. PolyLoss views focal loss as the CE Taylor series shifted. Class-balanced focal loss replaces alpha by the effective number weight.'],
      zh: ['CornerNet/CenterNet 加上 (1 − y)^β，减轻高斯关键点峰值附近负样本的惩罚。GFL 中 QFL 用连续的 IoU 目标，DFL 把框边学成分布。ASL 对正负样本分别用 γ₊ 和 γ₋，再加概率偏移。PolyLoss 把焦点损失看成交叉熵泰勒级数的平移。类别平衡焦点损失用有效样本数代替 α。'],
    },
    missing: [
      { omits: [3, 4], en: 'CornerNet reduces the penalty near Gaussian keypoint peaks; QFL from GFL uses a continuous IoU target; ASL uses an asymmetric gamma for positives and negatives.', zh: 'CornerNet 减轻高斯关键点峰值附近的惩罚；GFL 的 QFL 用连续 IoU 目标；ASL 对正负样本使用不对称的 γ。' },
    ],
  },
  'results-explain-figure4': {
    good: {
      en: ['They took one fixed, converged model and recomputed the loss at several gamma values from the same predictions. About 10^7 negatives and 10^5 positives, each set normalised to sum to one and sorted. For positives the curves barely change with gamma. For negatives, as gamma grows the loss concentrates on a few hard ones and the easy negatives are discounted.'],
      zh: ['他们用同一个已收敛模型，在同一组预测上用不同的 γ 重新计算损失。约 10⁷ 个负样本和 10⁵ 个正样本，各自归一化到和为 1 并排序。正样本的曲线几乎不随 γ 变化。负样本随着 γ 增大，损失集中到少数难分样本上，易分负样本被削弱。'],
    },
    missing: [
      { omits: [0, 1], en: 'Positives barely change with gamma, while for negatives the loss concentrates on a handful of hard ones.', zh: '正样本几乎不随 γ 变化，负样本的损失则集中到少数难分样本上。' },
    ],
  },
  'results-explain-exact-form': {
    good: {
      en: ['Nothing magic: appendix A tries FL* = -log sigma(gamma x + beta)/gamma and gets 33.8 to 33.9 AP against 34.0 for FL. Figure 7 shows that settings which reduce the loss of well-classified examples work. A hinge loss on pt was unstable. So it is the property, smoothly down-weighting easy examples, not the exact formula.'],
      zh: ['没有特别之处：附录 A 试了 FL* = −log σ(γx + β)/γ，得到 33.8–33.9 AP，FL 为 34.0。图 7 表明能降低分类正确样本损失的设置都有效。在 pₜ 上用 hinge loss 则训练不稳定。所以重要的是性质，即平滑地降低易分样本的权重，而不是具体公式。'],
    },
    missing: [
      { omits: [2], en: 'Appendix A tries FL* and gets 33.8 AP, nearly the same; anything that reduces the loss of well-classified examples works, so it is the property that matters, not the exact formula.', zh: '附录 A 试了 FL*，得到 33.8 AP，几乎一样；能降低分类正确样本损失的设置都有效，重要的是性质而不是具体公式。' },
    ],
  },
};
