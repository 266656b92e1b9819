"""Measures, under PyTorch, the behaviour the deeper focal-loss questions state.

Run by test/content/deeper-facts.test.ts when python3 can import torch; prints one JSON object.
The snippet under review is imported from the deck itself, so the facts are about that very code.
"""
import importlib.util
import json
import math
import pathlib
import sys
import torch
import torch.nn.functional as F

DECK = pathlib.Path(sys.argv[1])


sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts" / "reference"))
from torchvision_focal import SOURCE as focal_source, sigmoid_focal_loss  # noqa: E402


def saturated_grads(gamma):
    """Gradient of the summed loss for logits [20, 40, -20] with targets [1, 1, 0], float32."""
    x = torch.tensor([20.0, 40.0, -20.0], requires_grad=True)
    t = torch.tensor([1.0, 1.0, 0.0])
    loss = sigmoid_focal_loss(x, t, gamma=gamma, reduction="sum")
    loss.backward()
    return {"loss": loss.item(), "grad": [str(g) for g in x.grad.tolist()]}


def log_space_grads(gamma):
    """The fix: (1 - p_t)^gamma = exp(gamma * logsigmoid(-x_t)), never a power of an exact zero."""
    x = torch.tensor([20.0, 40.0, -20.0], requires_grad=True)
    t = torch.tensor([1.0, 1.0, 0.0])
    x_t = x * (2 * t - 1)
    ce = F.binary_cross_entropy_with_logits(x, t, reduction="none")
    loss = (torch.exp(gamma * F.logsigmoid(-x_t)) * ce).sum()
    loss.backward()
    return [str(g) for g in x.grad.tolist()]


def one_hot_vs_gather():
    logits = torch.tensor([[0.0, float("-inf"), 1.0]])
    log_p = F.log_softmax(logits, dim=1)
    one_hot = F.one_hot(torch.tensor([0]), 3).float()
    return {
        "oneHot": str(-(one_hot * log_p).sum().item()),
        "gather": -log_p.gather(1, torch.tensor([[0]])).item(),
    }


def softmax_focal_grads():
    z = torch.tensor([2.0, 0.0, -1.0], dtype=torch.float64, requires_grad=True)
    log_p = F.log_softmax(z, dim=0)
    p_t = log_p[0].exp()
    loss = -((1 - p_t) ** 2) * log_p[0]
    loss.backward()
    ce_z = torch.tensor([2.0, 0.0, -1.0], dtype=torch.float64, requires_grad=True)
    F.cross_entropy(ce_z.unsqueeze(0), torch.tensor([0])).backward()
    return {"focal": z.grad.tolist(), "ce": ce_z.grad.tolist()}


def load_snippet():
    spec = importlib.util.spec_from_file_location("retinanet_cls_loss", DECK / "snippets" / "retinanet_cls_loss.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.retinanet_cls_loss


def snippet_facts():
    fn = load_snippet()
    torch.manual_seed(0)
    logits = torch.randn(6, 3)
    valid = torch.tensor([True, True, True, True, False, True])
    background_only = torch.zeros(6, 3)
    no_fg = fn(logits, background_only, valid).item()

    targets = torch.zeros(6, 3)
    targets[0, 1] = 1
    targets[3, 2] = 1
    # Reference: torchvision's loss (alpha on positives) over valid anchors / number of foreground anchors.
    reference = (sigmoid_focal_loss(logits[valid], targets[valid], alpha=0.25, gamma=2.0, reduction="sum") / 2).item()
    as_written = fn(logits, targets, valid).item()
    swapped_back = fn(logits, targets, valid, alpha=0.75).item()

    saturated = torch.zeros(6, 3)
    saturated[0, 1] = 1
    sat_logits = torch.full((6, 3), -20.0)
    sat_logits[0, 1] = 20.0
    sat_logits.requires_grad_(True)
    loss = fn(sat_logits, saturated, valid, gamma=0.5)
    loss.backward()
    half_gamma = {"loss": loss.item(), "gradHasNan": bool(torch.isnan(sat_logits.grad).any().item())}
    sat_logits.grad = None
    fn(sat_logits, saturated, valid, gamma=2.0).backward()
    two_gamma_nan = bool(torch.isnan(sat_logits.grad).any().item())
    return {
        "noForeground": str(no_fg),
        "reference": reference,
        "asWritten": as_written,
        "alphaPassedAs0.75": swapped_back,
        "halfGamma": half_gamma,
        "twoGammaGradHasNan": two_gamma_nan,
    }


def float16_facts():
    return {
        "factor": torch.tensor((1 - 0.9999) ** 2, dtype=torch.float16).item(),
        "smallestSubnormal": torch.tensor(2.0 ** -24, dtype=torch.float16).item(),
        "nearOne": torch.tensor(0.9999, dtype=torch.float16).item(),
        "oneMinusNearOne": (1 - torch.tensor(0.9999, dtype=torch.float16)).item(),
    }


def float32_sigmoid_20():
    return 1.0 - torch.sigmoid(torch.tensor(20.0)).item()


print(
    json.dumps(
        {
            "torch": torch.__version__,
            "focalSource": focal_source,
            "saturated": {str(g): saturated_grads(g) for g in (0, 0.25, 0.5, 1, 2)},
            "logSpace": log_space_grads(0.5),
            "oneHotVsGather": one_hot_vs_gather(),
            "softmaxFocal": softmax_focal_grads(),
            "snippet": snippet_facts(),
            "float16": float16_facts(),
            "oneMinusSigmoid20": float32_sigmoid_20(),
        }
    )
)
