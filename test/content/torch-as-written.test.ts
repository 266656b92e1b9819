// Code a prompt quotes is run exactly as quoted, so the key holds for the code the learner reads
// (not only for a reference written beside it), and a mechanism the texts state is the one PyTorch shows.
// Needs /usr/bin/python3 with Debian's python3-torch; skipped cleanly where it is missing.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDeck } from './deck-helpers.js';

const PYTHON = '/usr/bin/python3';
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
/** Each test starts Python and imports torch: seconds each, more on a loaded machine. */
const TORCH_TIMEOUT = { timeout: 120_000 };

const { question, text } = loadDeck(['numerics', 'retinanet']);
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
