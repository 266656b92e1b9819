"""torchvision.ops.sigmoid_focal_loss, or its formula as torchvision writes it when torchvision is not importable.

Shared by the reference generator (focal_reference.py) and the deck's PyTorch measurements
(test/content/deeper-torch-reference.py). SOURCE says which one is in use.
"""
import torch
import torch.nn.functional as F

try:
    from torchvision.ops import sigmoid_focal_loss

    SOURCE = "torchvision"
except ImportError:
    SOURCE = "copy"

    def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2, reduction="none"):
        """torchvision/ops/focal_loss.py, verbatim."""
        p = torch.sigmoid(inputs)
        ce_loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
        p_t = p * targets + (1 - p) * (1 - targets)
        loss = ce_loss * ((1 - p_t) ** gamma)
        if alpha >= 0:
            alpha_t = alpha * targets + (1 - alpha) * (1 - targets)
            loss = alpha_t * loss
        if reduction == "mean":
            loss = loss.mean()
        elif reduction == "sum":
            loss = loss.sum()
        return loss
