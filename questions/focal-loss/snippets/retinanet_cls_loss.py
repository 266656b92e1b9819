import torch
import torch.nn.functional as F


def retinanet_cls_loss(logits, targets, valid, alpha=0.25, gamma=2.0):
    """Classification loss of one image, normalised by its foreground anchors.

    logits:  (num_anchors, K) raw scores, one sigmoid per class
    targets: (num_anchors, K) one-hot; all zeros for a background anchor
    valid:   (num_anchors,) bool; False for anchors in the ignored IoU band
    """
    logits = logits[valid]
    targets = targets[valid].float()

    p = torch.sigmoid(logits)
    ce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    alpha_t = alpha * (1 - targets) + (1 - alpha) * targets
    loss = alpha_t * (1 - p_t) ** gamma * ce

    num_fg = targets.sum()
    return loss.sum() / num_fg
