// Code a prompt quotes is run exactly as quoted, so the key holds for the code the learner reads
// (not only for a reference written beside it), and a mechanism the texts state is the one PyTorch shows.
// Needs /usr/bin/python3 with Debian's python3-torch; skipped cleanly where it is missing.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DECK, loadDeck } from './deck-helpers.js';

const PYTHON = '/usr/bin/python3';
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
/** Each test starts Python and imports torch: seconds each, more on a loaded machine. */
const TORCH_TIMEOUT = { timeout: 120_000 };

const { question, text } = loadDeck(['numerics', 'retinanet', 'multiclass']);
const mixedPrecision = 'numerics-mixed-precision';

/** Evaluates a PyTorch expression after `setup`, with torch, F and F.one_hot in scope; returns what it prints. */
function evaluate(setup: string, expression: string): string {
  const program = [
    'import torch',
    'import torch.nn.functional as F',
    'from torch.nn.functional import one_hot',
    setup,
    `print(float(${expression}))`,
  ].join('\n');
  const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`python failed on ${expression}: ${run.stderr}`);
  return run.stdout.trim();
}

describe.skipIf(!hasTorch)('code quoted in prompts, run as written', TORCH_TIMEOUT, () => {
  it('numerics-onehot-times-log-neg-inf: the quoted one-hot product returns NaN, the key, in both languages', () => {
    const q = question('numerics-onehot-times-log-neg-inf');
    const key = q.options!.find((option) => option.correct)!;
    expect(key.text.en).toMatch(/^NaN/);
    for (const lang of ['en', 'zh'] as const) {
      const quoted = /−\((?:F\.)?one_hot\(.*?\)\.sum\(\)/.exec(q.prompt[lang]);
      expect(quoted, `${lang} prompt quotes the one-hot product`).not.toBeNull();
      const expression = quoted![0].replace(/^−/, '-');
      const setup = "logits = torch.tensor([[0.0, float('-inf'), 1.0]])\ntarget = torch.tensor([0])";
      // F.one_hot without num_classes infers max(target) + 1 = 1 class, which broadcasts to every
      // class and returns inf: the prompt has to give the number of classes for NaN to be right.
      expect(evaluate(setup, expression), `${lang}: ${expression}`).toBe('nan');
    }
  });
});

/** Where torchvision's loss at γ = 0.5 on saturated float32 logits first makes a NaN, and its cross entropy there. */
function nanOrigin(): { failing: string; ce: number[] } {
  const program = `
import json, torch, torch.nn.functional as F
x = torch.tensor([20.0, 40.0, -20.0], requires_grad=True)
t = torch.tensor([1.0, 1.0, 0.0])
p = torch.sigmoid(x)
ce = F.binary_cross_entropy_with_logits(x, t, reduction="none")
p_t = p * t + (1 - p) * (1 - t)
loss = (0.25 * t + 0.75 * (1 - t)) * (ce * ((1 - p_t) ** 0.5))
try:
    with torch.autograd.detect_anomaly():
        loss.sum().backward()
    failing = "none"
except RuntimeError as error:
    failing = str(error).split("'")[1]
print(json.dumps({"failing": failing, "ce": ce.tolist()}))
`;
  const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { failing: string; ce: number[] };
}

describe.skipIf(!hasTorch)('the NaN at γ < 1 is explained by what PyTorch does', TORCH_TIMEOUT, () => {
  const explaining = [
    'numerics-nan-grad-half-gamma',
    'numerics-nan-grad-which-gamma',
    'numerics-review-nan-small-gamma',
    'numerics-explain-nan-in-training',
  ];

  it('the NaN first appears in the power’s backward, whose incoming gradient αₜ·CE is 0 in float32', () => {
    const measured = nanOrigin();
    expect(measured.failing).toBe('PowBackward0');
    expect(measured.ce).toEqual([0, 0, 0]);
  });

  it('the texts name that zero, not a zero sigmoid derivative (the negative at −20 has σ′ ≈ 2·10⁻⁹)', () => {
    for (const id of explaining) {
      const en = text(id, 'en');
      expect(en, id).not.toMatch(/d\(1 − pₜ\)\/dx = 0|zero derivative of the saturated sigmoid|sigmoid's zero derivative|zero sigmoid derivative/);
      expect(en, id).toMatch(/cross entropy[^.]*rounds to 0/);
      const zh = text(id, 'zh');
      expect(zh, id).not.toMatch(/d\(1 − pₜ\)\/dx = 0|sigmoid 的零导数|sigmoid 为零的导数|为零的 sigmoid 导数/);
      expect(zh, id).toMatch(/交叉熵[^。]*舍入为 0/);
    }
  });
});

describe.skipIf(!hasTorch)('float16 underflow of the modulating factor', TORCH_TIMEOUT, () => {
  it('a factor of 10⁻⁸ is 0 when pow runs in float16 and survives in float32, the type pow runs in under autocast', () => {
    const program = [
      'import torch',
      'u = torch.tensor(1e-4, dtype=torch.float16)',
      'print(float(u ** 2), float(u.float() ** 2))',
    ].join('\n');
    const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8', timeout: 60_000 });
    const [half, single] = run.stdout.trim().split(' ').map(Number);
    expect(half).toBe(0);
    expect(single).toBeCloseTo(1e-8, 10);
  });
});

describe('numerics-mixed-precision says where the factor underflows', () => {
  it('pow is on autocast’s float32 list, so the underflow of 10⁻⁸ is stated for float16 without autocast', () => {
    const en = text(mixedPrecision, 'en');
    expect(en).not.toMatch(/even a correct factor such as 10⁻⁸ would underflow/);
    expect(en).toMatch(/without autocast[^.]*10⁻⁸|10⁻⁸[^.]*without autocast/);
    const zh = text(mixedPrecision, 'zh');
    expect(zh).not.toMatch(/即便因子本身算对了，像 10⁻⁸ 这样的值也会下溢/);
    expect(zh).toMatch(/不用 autocast[^。]*下溢/);
  });
});

const hasTorchvision = spawnSync(PYTHON, ['-c', 'import torchvision'], { stdio: 'ignore' }).status === 0;

/** torchvision's RetinaNet, as built with its defaults: how its matcher labels anchors, and how its head normalises. */
function torchvisionRetinaNet(): { matches: number[]; bestLow: number[]; thresholds: number[]; reported: number; sums: number[] } {
  const program = `
import json, torch
from torchvision.models.detection import RetinaNet
from torchvision.ops import sigmoid_focal_loss

class Backbone(torch.nn.Module):
    out_channels = 8

    def forward(self, x):
        return x

model = RetinaNet(Backbone(), num_classes=3)
matcher = model.proposal_matcher
# IoU of 2 boxes (rows) with 4 anchors (columns).
iou = torch.tensor([
    [0.45, 0.70, 0.10, 0.00],  # box 0: best anchor 1; anchor 0 at 0.45 is no box's best
    [0.05, 0.10, 0.35, 0.45],  # box 1: best anchor 3 at 0.45; anchor 2 at 0.35
])
matches = matcher(iou).tolist()
best_low = matcher(torch.tensor([[0.30, 0.20]])).tolist()  # a box whose best anchor is below 0.4
# Two images: A without foreground, B with 2 foreground anchors of 5 (-1 background, -2 ignored).
torch.manual_seed(0)
logits = torch.randn(2, 5, 3)
matched = [torch.tensor([-1, -1, -2, -1, -1]), torch.tensor([0, -1, 1, -2, -1])]
targets = [{"labels": torch.tensor([1])}, {"labels": torch.tensor([2, 0])}]
reported = model.head.classification_head.compute_loss(targets, {"cls_logits": logits}, matched).item()

def image_sum(i):
    t = torch.zeros(5, 3)
    for a, m in enumerate(matched[i].tolist()):
        if m >= 0:
            t[a, targets[i]["labels"][m]] = 1.0
    valid = matched[i] != -2
    return sigmoid_focal_loss(logits[i][valid], t[valid], reduction="sum").item()

print(json.dumps({"matches": matches, "bestLow": best_low, "thresholds": [matcher.high_threshold, matcher.low_threshold],
                  "reported": reported, "sums": [image_sum(0), image_sum(1)]}))
`;
  const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReturnType<typeof torchvisionRetinaNet>;
}

describe.skipIf(!hasTorchvision)('torchvision’s RetinaNet, as the retinanet and numerics questions describe it', TORCH_TIMEOUT, () => {
  const measured = hasTorchvision ? torchvisionRetinaNet() : (undefined as unknown as ReturnType<typeof torchvisionRetinaNet>);

  it('retinanet-anchor-iou-045: IoU 0.45 is ignored unless the anchor is a box’s best, which is foreground at any IoU', () => {
    expect(measured.thresholds).toEqual([0.5, 0.4]);
    // −2: between the thresholds (ignored); −1: background; k ≥ 0: matched to box k (foreground).
    expect(measured.matches).toEqual([-2, 0, -1, 1]);
    expect(measured.bestLow).toEqual([0, -1]);
    const q = question('retinanet-anchor-iou-045');
    expect(q.options!.find((option) => option.correct)!.text.en).toMatch(/^Ignored/);
    expect(q.prompt.en).toMatch(/not the best-overlapping anchor of any box/);
    expect(q.prompt.zh).toMatch(/不是任何真实框的最佳匹配锚框/);
    for (const lang of ['en', 'zh'] as const) expect(q.explanation[lang]).toContain('Matcher(0.5, 0.4, allow_low_quality_matches=True)');
  });

  it('numerics-normaliser-torchvision: each image’s sum is divided by max(1, foreground anchors), then averaged over the images', () => {
    const [withoutForeground, withTwo] = measured.sums as [number, number];
    expect(measured.reported).toBeCloseTo((withoutForeground / 1 + withTwo / 2) / 2, 5);
    expect(text('numerics-normaliser-torchvision', 'en')).toMatch(/max\(1, number of foreground anchors\) and averages over the images/);
  });
});

/** Runs a Python program that prints one JSON value, with torch and F imported. */
function runJson<T>(program: string): T {
  const run = spawnSync(PYTHON, ['-c', `import json, torch\nimport torch.nn.functional as F\n${program}`], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

describe.skipIf(!hasTorch)('choice options written as PyTorch code, run as written', TORCH_TIMEOUT, () => {
  it('multiclass-gather-logpt: exactly the marked options give each sample’s log pₜ with shape (N,)', () => {
    const q = question('multiclass-gather-logpt');
    const expressions = q.options!.map((option) => option.text.en);
    const results = runJson<{ shape: number[]; equal: boolean }[]>(`
torch.manual_seed(0)
N, C = 4, 5
z = torch.randn(N, C, dtype=torch.float64)
target = torch.tensor([1, 4, 0, 4])
log_p = F.log_softmax(z, dim=1)
reference = torch.stack([log_p[i, target[i]] for i in range(N)])
out = []
for expression in json.loads(${JSON.stringify(JSON.stringify(expressions))}):
    value = eval(expression, {"torch": torch, "F": F, "log_p": log_p, "target": target, "C": C})
    out.append({"shape": list(value.shape), "equal": list(value.shape) == [N] and bool(torch.allclose(value, reference))})
print(json.dumps(out))
`);
    results.forEach((result, index) => expect(result.equal, expressions[index]).toBe(q.options![index]!.correct === true));
    // The reasons given for the wrong ones: the one-hot product stays (N, C), indexing by target gives (N, N).
    expect(results[expressions.indexOf('F.one_hot(target, C) * log_p')]!.shape).toEqual([4, 5]);
    expect(results[expressions.indexOf('log_p[:, target]')]!.shape).toEqual([4, 4]);
  });

  it('multiclass-gamma0-cross-entropy: only F.cross_entropy equals a γ = 0 softmax focal loss; nll_loss on logits is the mean of −z at the targets', () => {
    const q = question('multiclass-gamma0-cross-entropy');
    const expressions = q.options!.map((option) => option.text.en);
    const results = runJson<{ value: number; focal: number; minusLogit: number }[]>(`
torch.manual_seed(1)
N, C = 6, 4
z = torch.randn(N, C, dtype=torch.float64) * 2
t = torch.tensor([0, 3, 1, 1, 2, 0])
log_p = F.log_softmax(z, dim=1)
pt = log_p.gather(1, t.unsqueeze(1)).squeeze(1).exp()
focal = (-(1 - pt) ** 0 * pt.log()).mean().item()
minus_logit = (-z.gather(1, t.unsqueeze(1))).mean().item()
out = []
for expression in json.loads(${JSON.stringify(JSON.stringify(expressions))}):
    value = eval(expression, {"torch": torch, "F": F, "z": z, "t": t, "C": C}).item()
    out.append({"value": value, "focal": focal, "minusLogit": minus_logit})
print(json.dumps(out))
`);
    results.forEach((result, index) => {
      expect(Math.abs(result.value - result.focal) < 1e-12, expressions[index]).toBe(q.options![index]!.correct === true);
    });
    const nll = results[expressions.indexOf('F.nll_loss(z, t)')]!;
    expect(nll.value).toBeCloseTo(nll.minusLogit, 12);
  });

  it('numerics-log-space-modulating-factor: each option does what its text and reason say on logits [20, 40, −20] at γ = 0.5', () => {
    const q = question('numerics-log-space-modulating-factor');
    const optionFor = (fragment: string) => q.options!.find((option) => option.text.en.includes(fragment))!;
    expect(optionFor('torch.exp(γ · F.logsigmoid(−xₜ))').correct).toBe(true);
    for (const fragment of ['computed in float64', '.detach() ** γ', 'clipped to [−5, 5]']) expect(optionFor(fragment).correct, fragment).toBeUndefined();
    type Grads = Record<'plain' | 'float64' | 'logsigmoid' | 'detach' | 'clip' | 'clamped', { saturated: number[]; moderate: number[] }>;
    const grads = runJson<Grads>(`
def grads(variant, xs, dtype):
    x = torch.tensor(xs, dtype=dtype, requires_grad=True)
    t = torch.tensor([1.0, 1.0, 0.0], dtype=dtype)
    g = 0.5
    xin = x.clamp(-5, 5) if variant == "clip" else x
    xd = xin.double() if variant == "float64" else xin
    td = t.double() if variant == "float64" else t
    x_t = xd * (2 * td - 1)
    ce = F.binary_cross_entropy_with_logits(xd, td, reduction="none")
    if variant == "logsigmoid":
        factor = torch.exp(g * F.logsigmoid(-x_t))
    elif variant == "detach":
        factor = (1 - torch.sigmoid(x_t)).detach() ** g
    elif variant == "clamped":
        factor = (1 - torch.sigmoid(x_t)).clamp(min=1e-6) ** g
    else:
        factor = (1 - torch.sigmoid(x_t)) ** g
    (factor * ce).sum().backward()
    return [float(v) for v in x.grad.tolist()]

print(json.dumps({v: {"saturated": grads(v, [20.0, 40.0, -20.0], torch.float32), "moderate": grads(v, [0.5, -1.0, 2.0], torch.float64)}
                  for v in ["plain", "float64", "logsigmoid", "detach", "clip", "clamped"]}).replace("NaN", '"nan"'))
`);
    const finite = (values: unknown[]) => values.every((v) => typeof v === 'number' && Number.isFinite(v));
    expect(finite(grads.plain.saturated)).toBe(false);
    // float64: σ(40) still rounds to 1, and the NaN returns.
    expect(grads.float64.saturated[1]).toBe('nan');
    // The log-space factor: finite where the power is NaN, and the same gradients where nothing saturates.
    expect(finite(grads.logsigmoid.saturated)).toBe(true);
    grads.logsigmoid.moderate.forEach((g, i) => expect(g).toBeCloseTo(grads.plain.moderate[i]!, 12));
    // Detaching: finite, but a different gradient (the factor's own term is gone).
    expect(finite(grads.detach.saturated)).toBe(true);
    expect(Math.abs(grads.detach.moderate[0]! - grads.plain.moderate[0]!)).toBeGreaterThan(0.05);
    // Clipping the logits to [−5, 5]: every clipped example's gradient is 0.
    expect(grads.clip.saturated).toEqual([0, 0, 0]);
    // The explanation's other way out: clamping 1 − pₜ before the power avoids the NaN too.
    expect(finite(grads.clamped.saturated)).toBe(true);
  });
});

describe.skipIf(!hasTorch)('numerics-review-nan-small-gamma: the fixes its key names, applied to line 19 of the snippet', TORCH_TIMEOUT, () => {
  it('log space or a clamp before the power: finite gradients at γ = 0.5 on the saturated logits, the same loss elsewhere', () => {
    const why = question('numerics-review-nan-small-gamma').bugs!.find((bug) => bug.line === 19)!.why;
    for (const lang of ['en', 'zh'] as const) expect(why[lang]).toContain('torch.exp(gamma * F.logsigmoid(-x_t))');
    const measured = runJson<Record<'asWritten' | 'logSpace' | 'clamped', { saturatedGradFinite: boolean; moderate: number[] }>>(`
source = open(${JSON.stringify(`${DECK}snippets/retinanet_cls_loss.py`)}).read()
line19 = "    loss = alpha_t * (1 - p_t) ** gamma * ce"
assert source.split("\\n")[18] == line19
fixes = {
    "asWritten": line19,
    "logSpace": "    x_t = logits * (2 * targets - 1)\\n    loss = alpha_t * torch.exp(gamma * F.logsigmoid(-x_t)) * ce",
    "clamped": "    loss = alpha_t * (1 - p_t).clamp(min=1e-6) ** gamma * ce",
}
out = {}
for name, replacement in fixes.items():
    scope = {}
    exec(source.replace(line19, replacement), scope)
    fn = scope["retinanet_cls_loss"]
    valid = torch.ones(6, dtype=torch.bool)
    targets = torch.zeros(6, 3)
    targets[0, 1] = 1
    logits = torch.full((6, 3), -20.0)
    logits[0, 1] = 20.0
    logits.requires_grad_(True)
    fn(logits, targets, valid, gamma=0.5).backward()
    torch.manual_seed(0)
    moderate = torch.randn(6, 3)
    out[name] = {"saturatedGradFinite": bool(torch.isfinite(logits.grad).all()),
                 "moderate": [fn(moderate, targets, valid, gamma=g).item() for g in (0.5, 2.0)]}
print(json.dumps(out))
`);
    expect(measured.asWritten.saturatedGradFinite).toBe(false);
    for (const fix of ['logSpace', 'clamped'] as const) {
      expect(measured[fix].saturatedGradFinite, fix).toBe(true);
      measured[fix].moderate.forEach((loss, i) => expect(loss, fix).toBeCloseTo(measured.asWritten.moderate[i]!, 5));
    }
  });
});
