"""Luma mottle clean-up for the gated coarse stage: each LR pixel's mean luma moved toward
its self-guided filter, the detail within it kept.

On degraded inputs the clean-up GRM leaves the LR photo's noise as faint blotches of 4 output
px and more (the realistic crop sheet's skies). Where the gate sees degradation (its α → 1),
each LR pixel's mean luma (the mean of its 4×4 output pixels) is moved by α toward He et al.'s
guided filter of the means with themselves as the guide: within a box of ``2·radius + 1`` LR
px a variation below about √``eps`` is flattened, an edge above it kept. The change, capped at
``limit``, is upsampled bilinearly and added to R, G and B alike, so the colour stays and the
variation within each LR pixel (the fine band NIQE and the HF ratio read, and the sharpening
works on) is the coarse result's. Smoothing the whole luma instead, fine band and all, bought
PSNR-Y and cost NIQE (model card, Limitations); this keeps both. Where α is small (clean
photos) the luma hardly changes. Measured in the model card (Architecture, Limitations).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec
from patchscaler_gui.engine.boxes import box_mean
from patchscaler_gui.engine.codec import LUMA

BAND = 64  # latent rows updated at a time (bounds the output-resolution temporaries)


@dataclass(frozen=True)
class MottleConfig:
    radius: int = 1  # LR px: half the side of the guided filter's boxes
    eps: float = 2e-3  # its regulariser, in units of pixel values in [0, 1] squared
    limit: float = 0.1  # the largest change of a pixel's luma, in pixel values

    @property
    def receptive_radius(self) -> int:
        """LR px of the coarse result a pixel's luma reads: two boxes and the bilinear."""
        return 2 * self.radius + 1


def clean(y0: torch.Tensor, alpha: torch.Tensor, config: MottleConfig) -> torch.Tensor:
    """(N, 48, h, w) coarse latent and the gate's (N, 1, h, w) α → the latent with its LR
    mean luma moved by α toward its self-guided filter (in place, and returned)."""
    r, g, b = (p.mean(1, keepdim=True, dtype=torch.float32) for p in codec.planes(y0))
    y = LUMA[0] * r + LUMA[1] * g + LUMA[2] * b
    means = box_mean(torch.cat([y, y * y], 1), config.radius)
    mean, var = means[:, :1], means[:, 1:] - means[:, :1] ** 2
    slope = var / (var + 4.0 * config.eps)  # 4 × eps: latent units are twice pixel values
    coeffs = box_mean(torch.cat([slope, mean - slope * mean], 1), config.radius)
    limit = 2.0 * config.limit
    change = (coeffs[:, :1] * y + coeffs[:, 1:] - y).clamp(-limit, limit) * alpha.float()
    padded = F.pad(change, (1, 1, 1, 1), mode="replicate")
    weights = codec.bilinear_weights().to(change)
    for top in range(0, y0.shape[2], BAND):
        stop = min(top + BAND, y0.shape[2])
        up = F.conv2d(padded[:, :, top : stop + 2], weights).to(y0.dtype)
        for plane in codec.planes(y0[:, :, top:stop]):
            plane.add_(up)
    return y0
