"""Box means over the pixels inside a picture, which the gate's context and the colour
clean-up's guided filter both take."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def box_mean(x: torch.Tensor, reach: int) -> torch.Tensor:
    """Mean over a (2·reach + 1)² box around each pixel, of the pixels inside the image (by
    running sums: the cost does not grow with the box)."""
    return _running_mean(_running_mean(x, reach, 2), reach, 3)


def _running_mean(x: torch.Tensor, reach: int, dim: int) -> torch.Tensor:
    n = x.shape[dim]
    along = (lambda a, b: (a, b, 0, 0)) if dim == 3 else (lambda a, b: (0, 0, a, b))
    # the running sums after a 0, their ends repeated: a box is the difference of two slices
    sums = F.pad(F.pad(x.cumsum(dim), along(1, 0)), along(reach, reach), mode="replicate")
    at = torch.arange(n, device=x.device)
    hi, lo = (at + reach + 1).clamp(max=n), (at - reach).clamp(min=0)
    count = (hi - lo).to(x.dtype).view((1, 1, n, 1) if dim == 2 else (1, 1, 1, n))
    return (sums.narrow(dim, 2 * reach + 1, n) - sums.narrow(dim, 0, n)) / count
