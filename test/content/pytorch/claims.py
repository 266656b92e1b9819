"""Runs the code the deck shows as working (or as broken) under PyTorch and reports what it measured.

Input on stdin (JSON): the snippet's text, the fix-free model's code lines, the fix-choice options.
Output on stdout (JSON): the measurements test/content/pytorch-claims.test.ts compares with the texts.
"""
import json
import math
import sys
import warnings

import torch
import torch.nn.functional as F

warnings.filterwarnings("ignore")  # log_softmax without dim warns; that is the bug being measured
torch.set_default_dtype(torch.float32)
request = json.load(sys.stdin)
snippet_lines = request["snippet"].split("\n")
out = {}


def module_with_forward_tail(tail_lines, first_replaced_line):
    """The snippet's class with forward() cut before `first_replaced_line` (1-based) and `tail_lines` appended."""
    head = snippet_lines[: first_replaced_line - 1]
    body = "\n".join(head + ["        " + line for line in tail_lines])
    scope = {}
    exec(compile(body, "snippet", "exec"), scope)
    return scope["FocalLoss"]


def snippet_module():
    scope = {}
    exec(compile(request["snippet"], "snippet", "exec"), scope)
    return scope["FocalLoss"]


def seed0_input(shape=(4, 5, 3)):
    torch.manual_seed(0)
    logits = torch.randn(*shape)
    labels = torch.randint(0, shape[1], (shape[0],) + tuple(shape[2:]))
    return logits, labels


def reference_fl(logits, labels, gamma, alpha=None):
    """Per-position softmax focal loss written independently (float64, explicit loops over the class axis)."""
    z = logits.double()
    log_p = z - torch.logsumexp(z, dim=1, keepdim=True)
    logpt = torch.stack([log_p[b, labels[b, s], s] for b in range(z.shape[0]) for s in range(z.shape[2])])
    pt = logpt.exp()
    loss = -((1 - pt) ** gamma) * logpt
    if alpha is not None:
        weights = torch.tensor([alpha[int(labels[b, s])] for b in range(z.shape[0]) for s in range(z.shape[2])], dtype=torch.float64)
        loss = weights * loss
    return loss.mean().item()


def perfect_input(labels, classes=5):
    return torch.full((labels.shape[0], classes, labels.shape[1]), -20.0).scatter_(1, labels.unsqueeze(1), 20.0)


def checks(make):
    """The three tests the fix-free model recommends, plus scalar and per-class α, run on `make(gamma, alpha)`."""
    logits, labels = seed0_input()
    result = {}
    try:
        result["gamma0_vs_ce"] = abs(make(0, 1)(logits, labels).item() - F.cross_entropy(logits, labels).item())
        perfect_labels = torch.tensor([[4, 1, 1], [0, 2, 4], [4, 3, 4], [3, 4, 3]])
        result["perfect"] = abs(make(2, 1)(perfect_input(perfect_labels), perfect_labels).item())
        result["gamma2"] = make(2, 1)(logits, labels).item()
        result["gamma2_reference"] = reference_fl(logits, labels, 2)
        result["ce"] = F.cross_entropy(logits, labels).item()
        result["scalar_alpha_0_25"] = make(2, 0.25)(logits, labels).item()
        weights = [0.1, 0.2, 0.3, 0.25, 0.9]
        result["per_class"] = make(2, weights)(logits, labels).item()
        result["per_class_reference"] = reference_fl(logits, labels, 2, weights)
        result["int32_labels"] = make(2, 1)(logits, labels.int()).item()
    except Exception as error:  # a crash is a finding, reported as such
        result["error"] = f"{type(error).__name__}: {error}"
    return result


# 1. The fix-free model, run as the rewrite of forward() from line 36 on (the constructor keeps alpha = 1).
model = module_with_forward_tail(request["model"], 36)
out["model"] = checks(lambda gamma, alpha: model(gamma=gamma, alpha=alpha))
# The same model with pt left as the log-probability: the bug its tests must catch.
buggy_lines = [line.replace("pt = logpt.exp()", "pt = logpt") for line in request["model"]]
assert buggy_lines != request["model"], "the model computes pt = logpt.exp()"
buggy = module_with_forward_tail(buggy_lines, 36)
out["model_logpt_bug"] = checks(lambda gamma, alpha: buggy(gamma=gamma, alpha=alpha))

# 2. The fix-choice options, each replacing lines 41-44 (line 45 on is kept: fl.mean() or fl.sum()).
out["fix_options"] = []
for option in request["fixOptions"]:
    statements = [part.strip() for part in option.split(";")]
    # Lines 45-48 as the snippet has them: mean or sum of fl.
    tail = statements + ["if self.size_average:", "    return fl.mean()", "else:", "    return fl.sum()"]
    cls = module_with_forward_tail(tail, 41)
    out["fix_options"].append(checks(lambda gamma, alpha: cls(gamma=gamma, alpha=alpha if not isinstance(alpha, list) else 1)))

# 3. The snippet as written, on the seed-0 input: γ = 0 vs cross entropy, the softmax axis, a perfect prediction.
Snippet = snippet_module()
logits, labels = seed0_input()
out["snippet_gamma0"] = Snippet(gamma=0)(logits, labels).item()
out["cross_entropy"] = F.cross_entropy(logits, labels).item()
sums = torch.exp(F.log_softmax(logits, dim=0)).sum(dim=1)
out["class_axis_sums"] = [sums.min().item(), sums.max().item(), sums.mean().item()]
out["seed0_labels"] = labels.tolist()
perfect_labels = torch.tensor([[4, 1, 1], [0, 2, 4], [4, 3, 4], [3, 4, 3]])
perfect = perfect_input(perfect_labels)
out["perfect_as_written"] = Snippet()(perfect, perfect_labels).item()
onehot = torch.zeros(4, 5, 3).scatter_(1, perfect_labels.unsqueeze(1), 1)
log_p0 = F.log_softmax(perfect, dim=0)
out["perfect_masked_batch_axis"] = (-((1 - onehot * log_p0) ** 2) * log_p0 * onehot).mean().item()

# 4. 4-D input: lines 22-29 with the squeezes removed, against the per-pixel cross entropy.
torch.manual_seed(0)
logits4 = torch.randn(1, 5, 1, 3)
labels4 = torch.randint(0, 5, (1, 1, 3))
reshape_lines = [line.replace(".squeeze()", "") for line in snippet_lines[21:29]]
scope = {"torch": torch}
exec("def reshape(logits, labels):\n" + "\n".join(line[4:] for line in reshape_lines) + "\n    return logits, labels\n", scope)
flat_logits, flat_labels = scope["reshape"](logits4, labels4)
out["reshaped_ce"] = F.cross_entropy(flat_logits, flat_labels).item()
out["per_pixel_ce"] = F.cross_entropy(logits4, labels4).item()
B, C, H, W = logits4.shape
out["permute_fix_ce"] = F.cross_entropy(logits4.permute(0, 3, 1, 2).reshape(-1, C, H), flat_labels).item()
after28 = logits4.contiguous().view(B, C, H, -1).transpose(2, 3)
out["line29_fix_ce"] = F.cross_entropy(after28.permute(0, 2, 1, 3).reshape(-1, C, H), flat_labels).item()

# 5. gather vs the one-hot product when a logit is -inf.
z = torch.tensor([[2.0, float("-inf"), 0.5]])
target = torch.tensor([0])
log_p = F.log_softmax(z, dim=1)
out["gather_with_inf"] = log_p.gather(1, target.unsqueeze(1)).squeeze(1).item()
out["onehot_with_inf_is_nan"] = math.isnan((F.one_hot(target, 3) * log_p).sum(dim=1).item())

# 6. Which lines change the γ = 0 result (code-review-gamma0-not-ce) and the reduction (code-review-reduction):
# the snippet with a chosen set of lines fixed in the smallest way, the loss masked by multiplying with
# label_onehot so that fl keeps its shape (batch, classes, seq).
MINIMAL_FIXES = {
    41: ("log_p = F.log_softmax(logits)", "log_p = F.log_softmax(logits, dim=1)"),
    42: ("pt = label_onehot * log_p", "pt = label_onehot * log_p.exp()"),
    44: ("fl = -self.alpha * (sub_pt)**self.gamma * log_p", "fl = -self.alpha * (sub_pt)**self.gamma * log_p * label_onehot"),
    46: ("return fl.mean()", "return fl.sum(dim=1).mean()"),
}


def snippet_with_fixes(lines):
    text = snippet_lines[:]
    for line in lines:
        old, new = MINIMAL_FIXES[line]
        assert old in text[line - 1], (line, text[line - 1])
        text[line - 1] = text[line - 1].replace(old, new)
    scope = {}
    exec(compile("\n".join(text), "snippet", "exec"), scope)
    return scope["FocalLoss"]


logits, labels = seed0_input()
ce = F.cross_entropy(logits, labels).item()
out["gamma0_with_fixes"] = {
    ",".join(str(line) for line in fixed): snippet_with_fixes(fixed)(gamma=0)(logits, labels).item() - ce
    for fixed in ([41, 44, 46], [41, 42, 44, 46], [44, 46], [41, 46], [41, 44], [41, 42, 44])
}
out["gamma0_ce"] = ce
# Lines 41-44 fixed (class axis, pt a probability, masked), line 46 left: the mean also divides by C.
out["reduction_41_to_44"] = snippet_with_fixes([41, 42, 44])(gamma=2)(logits, labels).item()
out["reduction_all"] = snippet_with_fixes([41, 42, 44, 46])(gamma=2)(logits, labels).item()
out["reduction_reference"] = reference_fl(logits, labels, 2)

# 7. int32 labels (code-review-device-dtype): the snippet raises in scatter_; .long() on line 37 fixes it.
def error_of(call):
    try:
        call()
    except Exception as error:  # the error is what is measured
        import traceback
        frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "snippet"]
        return {"type": type(error).__name__, "message": str(error), "line": frames[-1].lineno if frames else None}
    return None


int32_labels = labels.int()
out["int32_as_written"] = error_of(lambda: Snippet()(logits, int32_labels))
LINE37 = snippet_lines[36]
long_lines = snippet_lines[:36] + [LINE37.replace("labels.unsqueeze(1)", "labels.unsqueeze(1).long()")] + snippet_lines[37:]
assert long_lines[36] != LINE37
scope = {}
exec(compile("\n".join(long_lines), "snippet", "exec"), scope)
out["int32_line37_long"] = scope["FocalLoss"]()(logits, int32_labels).item()
out["int64_as_written"] = Snippet()(logits, labels).item()

# 8. 4-D inputs with a size-1 seq axis (code-review-squeeze): where the snippet as written fails.
out["squeeze_errors"] = []
for logits_shape, labels_shape in (((1, 5, 1, 3), (1, 1, 3)), ((2, 5, 1, 1), (2, 1, 1))):
    torch.manual_seed(0)
    x4 = torch.randn(*logits_shape)
    y4 = torch.randint(0, 5, labels_shape)
    out["squeeze_errors"].append(error_of(lambda: Snippet()(x4, y4)))

print(json.dumps(out))
