#!/usr/bin/python3
"""Reference values for src/core/focal, computed independently of our TypeScript.

Writes test/fixtures/focal-reference.json. Run with the Debian python that has PyTorch:

    /usr/bin/python3 scripts/reference/focal_reference.py

Two independent references per case:
  * "torchvision" / "torch": what PyTorch 1.13 computes in float64: torchvision.ops.sigmoid_focal_loss
    for the binary loss, log_softmax + gather for the multi-class one, gradients by autograd.
    These formulas compute 1 - p_t by subtraction, so for easy examples (p_t near 1) they lose relative
    accuracy (about eps / (1 - p_t)); where 1 - p_t rounds to 0 they return 0 and the autograd gradient
    of (1 - p_t)**gamma can be NaN (stored as null).
  * "exact": mpmath at 60 significant digits from the definitions, with 1 - p_t computed as the
    probability of the other class(es) (no cancellation), rounded once to float64. Gradients are
    mpmath numerical derivatives (mp.diff) of the loss, not the closed form of appendix B; the script
    also asserts that the closed form agrees with them, as a check of the formula itself.
"""

import json
import math
import os
import sys
import mpmath as mp
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torchvision_focal import SOURCE, sigmoid_focal_loss  # noqa: E402

TORCHVISION = (
    "torchvision.ops.sigmoid_focal_loss"
    if SOURCE == "torchvision"
    else "torchvision's sigmoid_focal_loss formula, reimplemented (torchvision not importable)"
)

mp.mp.dps = 60
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "focal-reference.json")


def f64(value):
    """One rounding from mpmath to float64; NaN becomes null (JSON has no NaN)."""
    x = float(value)
    if math.isnan(x):
        return None
    if math.isinf(x):
        raise ValueError("infinite reference value: leave such cases out of the fixture")
    return x


def close(a, b, rel=mp.mpf("1e-30")):
    return abs(a - b) <= rel * max(abs(a), abs(b)) or a == b


# ---------------------------------------------------------------- binary, exact
def mp_alpha_t(alpha, target):
    if alpha < 0:
        return mp.mpf(1)
    return mp.mpf(alpha) if target == 1 else 1 - mp.mpf(alpha)


def mp_log_pt(pt, q):
    """log p_t from whichever of p_t, q = 1 - p_t is accurate: log1p keeps it exact when p_t is near 1."""
    return mp.log1p(-q) if q < 0.5 else mp.log(pt)


def mp_focal_from_pair(pt, q, gamma, alpha_t):
    """pt and q = 1 - pt given separately, both accurate."""
    ce = -mp_log_pt(pt, q)
    modulating = mp.mpf(1) if gamma == 0 else q ** mp.mpf(gamma)
    return alpha_t * modulating * ce, ce, modulating


def mp_binary_logit(x, target, alpha, gamma):
    xt = mp.mpf(x) if target == 1 else -mp.mpf(x)
    pt = 1 / (1 + mp.exp(-xt))
    q = 1 / (1 + mp.exp(xt))
    return mp_focal_from_pair(pt, q, gamma, mp_alpha_t(alpha, target)), pt, q


def appendix_b(pt, q, gamma, alpha_t, y):
    """dFL/dx = y (1 - p_t)^gamma (gamma p_t log p_t + p_t - 1), times alpha_t."""
    modulating = mp.mpf(1) if gamma == 0 else q ** mp.mpf(gamma)
    return y * alpha_t * modulating * (gamma * pt * mp_log_pt(pt, q) - q)


def binary_rows():
    logits = [-1000.0, -100.0, -30.0, -10.0, math.log(0.01 / 0.99), -2.0, -1.0, -0.5, -1e-8, 0.0,
              0.3, 1.0, 2.0, math.log(9.0), 5.0, 10.0, 30.0, 100.0, 1000.0]
    rows = []
    for x in logits:
        for target in (0, 1):
            for alpha in (0.25, 0.75, -1.0):
                for gamma in (0.0, 0.5, 1.0, 2.0, 5.0):
                    (loss, ce, modulating), pt, q = mp_binary_logit(x, target, alpha, gamma)
                    grad = mp.diff(lambda v: mp_binary_logit(v, target, alpha, gamma)[0][0], mp.mpf(x))
                    y = 1 if target == 1 else -1
                    closed = appendix_b(pt, q, gamma, mp_alpha_t(alpha, target), y)
                    assert close(grad, closed), ("appendix B disagrees", x, target, alpha, gamma, grad, closed)

                    xs = torch.tensor([x], dtype=torch.float64, requires_grad=True)
                    ts = torch.tensor([float(target)], dtype=torch.float64)
                    tv_loss = sigmoid_focal_loss(xs, ts, alpha=alpha, gamma=gamma, reduction="sum")
                    tv_loss.backward()
                    rows.append({
                        "logit": x, "target": target, "alpha": alpha, "gamma": gamma,
                        "exact": {
                            "loss": f64(loss), "ce": f64(ce), "pt": f64(pt), "one_minus_pt": f64(q),
                            "modulating": f64(modulating), "alpha_t": f64(mp_alpha_t(alpha, target)),
                            "grad_logit": f64(grad),
                        },
                        "torchvision": {"loss": f64(tv_loss.item()), "grad_logit": f64(xs.grad.item())},
                    })
    return rows


# ------------------------------------------------------- binary from p and p_t, exact
def probability_rows():
    """p = P(class 1) given directly; the gradient is still with respect to x = logit(p)."""
    ps = [0.0, 1e-300, 1e-20, 1e-8, 0.01, 0.1, 0.25, 0.5, 0.9, 0.968, 0.99, 1 - 1e-8, 1 - 2.0 ** -53, 1.0]
    rows = []
    for p in ps:
        for target in (0, 1):
            if (p == 0.0 and target == 1) or (p == 1.0 and target == 0):
                continue  # p_t = 0: CE is infinite (tested separately)
            for gamma in (0.0, 0.5, 2.0, 5.0):
                alpha = 0.25
                pm = mp.mpf(p)
                pt, q = (pm, 1 - pm) if target == 1 else (1 - pm, pm)
                loss, ce, modulating = mp_focal_from_pair(pt, q, gamma, mp_alpha_t(alpha, target))
                grad = appendix_b(pt, q, gamma, mp_alpha_t(alpha, target), 1 if target == 1 else -1)
                if 0 < p < 1:
                    x = mp.log(pm) - mp.log(1 - pm)
                    numeric = mp.diff(lambda v: mp_binary_logit(v, target, alpha, gamma)[0][0], x)
                    assert close(numeric, grad, mp.mpf("1e-25")), ("gradient via logit(p)", p, target, gamma)
                rows.append({
                    "p": p, "target": target, "alpha": alpha, "gamma": gamma,
                    "exact": {
                        "loss": f64(loss), "ce": f64(ce), "pt": f64(pt), "modulating": f64(modulating),
                        "alpha_t": f64(mp_alpha_t(alpha, target)), "grad_logit": f64(grad),
                    },
                })
    return rows


def pt_rows():
    pts = [1e-300, 1e-10, 0.01, 0.1, 0.25, 0.5, 0.9, 0.968, 0.999, 1 - 1e-12, 1.0]
    rows = []
    for pt in pts:
        for gamma in (0.0, 0.5, 1.0, 2.0, 5.0):
            pm = mp.mpf(pt)
            loss, ce, modulating = mp_focal_from_pair(pm, 1 - pm, gamma, mp.mpf(1))
            rows.append({"pt": pt, "gamma": gamma,
                         "exact": {"loss": f64(loss), "ce": f64(ce), "modulating": f64(modulating)}})
    return rows


# ------------------------------------------------------------- softmax multi-class
def mp_softmax_focal(z, c, alpha_c, gamma):
    z = [mp.mpf(v) for v in z]
    total = mp.fsum(mp.exp(v) for v in z)
    others = mp.fsum(mp.exp(v) for j, v in enumerate(z) if j != c)
    pt = mp.exp(z[c]) / total
    q = others / total  # 1 - p_t as the other classes' mass: no cancellation
    return mp_focal_from_pair(pt, q, gamma, mp.mpf(alpha_c)), pt, q


def torch_softmax_focal(z, c, alpha, gamma):
    logits = torch.tensor(z, dtype=torch.float64, requires_grad=True)
    log_p = F.log_softmax(logits, dim=0)
    log_pt = log_p.gather(0, torch.tensor([c])).squeeze()
    pt = log_pt.exp()
    alpha_c = alpha[c] if isinstance(alpha, list) else alpha
    loss = -alpha_c * (1 - pt) ** gamma * log_pt
    loss.backward()
    return loss.item(), [f64(g) for g in logits.grad.tolist()]


def softmax_rows():
    gen = torch.Generator().manual_seed(1708)  # arXiv 1708.02002
    random_logits = [[round(v, 6) for v in (torch.randn(5, generator=gen, dtype=torch.float64) * 3).tolist()]
                     for _ in range(3)]
    cases = [
        [2.0, 0.5, -1.0],
        [0.0, 0.0, 0.0, 0.0],
        [5.0, -5.0],
        [1000.0, 0.0, -1000.0],
        [-1000.0, 1000.0],
        [30.0, 29.5, -30.0],
        [1000.0, 1000.5, 999.0],
        [20.0, -20.0, -20.0, -20.0, -20.0],
        *random_logits,
    ]
    alphas = lambda k: [1.0, [round(0.1 + 0.8 * j / (k - 1), 6) for j in range(k)]]
    rows = []
    for z in cases:
        for c in range(len(z)):
            for alpha in alphas(len(z)):
                for gamma in (0.0, 0.5, 2.0, 5.0):
                    alpha_c = alpha[c] if isinstance(alpha, list) else alpha
                    (loss, ce, modulating), pt, q = mp_softmax_focal(z, c, alpha_c, gamma)
                    grads = []
                    for j in range(len(z)):
                        def along(v, j=j):
                            moved = list(z)
                            moved[j] = v
                            return mp_softmax_focal(moved, c, alpha_c, gamma)[0][0]
                        grads.append(f64(mp.diff(along, mp.mpf(z[j]))))
                    t_loss, t_grads = torch_softmax_focal(z, c, alpha, gamma)
                    rows.append({
                        "logits": z, "target": c, "alpha": alpha, "gamma": gamma,
                        "exact": {"loss": f64(loss), "ce": f64(ce), "pt": f64(pt), "one_minus_pt": f64(q),
                                  "modulating": f64(modulating), "alpha_t": f64(alpha_c), "grad_logits": grads},
                        "torch": {"loss": f64(t_loss), "grad_logits": t_grads},
                    })
    return rows


def to_json(fixture):
    """One case per line, so that a regenerated fixture diffs readably."""
    dump = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    parts = []
    for key, value in fixture.items():
        if isinstance(value, list):
            body = ",\n".join("    " + dump(row) for row in value)
            parts.append(f"  {dump(key)}: [\n{body}\n  ]")
        else:
            parts.append(f"  {dump(key)}: {dump(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main():
    import torchvision
    fixture = {
        "generator": "scripts/reference/focal_reference.py",
        "torch": torch.__version__,
        "torchvision": torchvision.__version__ if TORCHVISION.startswith("torchvision.ops") else None,
        "binary_reference": TORCHVISION,
        "mpmath": mp.__version__,
        "mp_dps": mp.mp.dps,
        "notes": __doc__.strip(),
        "binary": binary_rows(),
        "probability": probability_rows(),
        "pt": pt_rows(),
        "softmax": softmax_rows(),
    }
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(to_json(fixture))
    print(f"wrote {os.path.relpath(OUT)}: {len(fixture['binary'])} binary, {len(fixture['probability'])} probability, "
          f"{len(fixture['pt'])} pt, {len(fixture['softmax'])} softmax rows", file=sys.stderr)


if __name__ == "__main__":
    main()
