"""Colour noise clean-up for the gated coarse stage: its chroma moved toward a guided filter.

The diffusion changes luma only, so an output's colour is its coarse result's. On degraded
inputs the clean-up GRM leaves coloured blotches in it: the LR photo's colour noise and JPEG
chroma blocks, each 4 output px or more. Where the gate sees degradation (its α → 1), each
colour difference (B − Y and R − Y) is moved by α toward He et al.'s guided filter of it with
the luma as the guide (a colour that is a linear function of the luma within a box of
``2·radius + 1`` LR px, which keeps colour edges where the luma has them), computed at LR
resolution on each LR pixel's mean of its 4×4 output pixels, its coefficients then
upsampled bilinearly to the output pixels (He & Sun's fast guided filter). The change is
capped at ``limit``: colour noise is faint, while a small saturated detail that the luma
does not explain (a red comb on a brown hen) would move far, and so loses no more than
that of its colour. The luma stays as it was, so PSNR-Y, NIQE and the HF ratio do not move;
where α is small (clean photos) the colour hardly changes. Measured in the model card
(Architecture, Limitations).
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
class ChromaConfig:
    radius: int = 2  # LR px: half the side of the guided filter's boxes
    eps: float = 1e-4  # its regulariser, in units of pixel values in [0, 1] squared
    limit: float = 0.02  # the largest change of a colour difference, in pixel values

    @property
    def receptive_radius(self) -> int:
        """LR px of the coarse result a pixel's colour reads: two boxes and the bilinear."""
        return 2 * self.radius + 1


def _coefficients(y0: torch.Tensor, config: ChromaConfig) -> torch.Tensor:
    """At LR resolution, from each LR pixel's mean colour: the box-averaged slope and offset
    of B − Y and R − Y as linear functions of Y, (N, 4, h, w): the slopes, then the offsets."""
    r, g, b = (p.mean(1, keepdim=True, dtype=torch.float32) for p in codec.planes(y0))
    y = LUMA[0] * r + LUMA[1] * g + LUMA[2] * b
    d = torch.cat([b - y, r - y], 1)
    means = box_mean(torch.cat([y, d, y * y, y * d], 1), config.radius)
    mean_y, mean_d, mean_yy, mean_yd = means[:, :1], means[:, 1:3], means[:, 3:4], means[:, 4:]
    # 4 × eps: latent units are twice pixel values
    slope = (mean_yd - mean_y * mean_d) / (mean_yy - mean_y * mean_y + 4.0 * config.eps)
    return box_mean(torch.cat([slope, mean_d - slope * mean_y], 1), config.radius)


def clean(y0: torch.Tensor, alpha: torch.Tensor, config: ChromaConfig) -> torch.Tensor:
    """(N, 48, h, w) coarse latent and the gate's (N, 1, h, w) α → the latent with its colour
    differences moved by α toward their guided filter (in place, and returned)."""
    coeffs = F.pad(_coefficients(y0, config), (1, 1, 1, 1), mode="replicate")
    weights = codec.bilinear_weights().repeat(4, 1, 1, 1).to(coeffs)
    limit = 2.0 * config.limit  # latent units are twice pixel values
    n, _, h, w = y0.shape
    for top in range(0, h, BAND):
        stop = min(top + BAND, h)
        rows = y0[:, :, top:stop]
        band = rows.float()
        r, _, b = codec.planes(band)
        y = codec.latent_luma(band)
        # the band's coefficients at its output pixels: (N, 4, 16, rows, w)
        up = F.conv2d(coeffs[:, :, top : stop + 2], weights, groups=4).view(
            n, 4, codec.SCALE**2, stop - top, w)
        weight = alpha[:, :, top:stop].float()
        # colour noise is faint; a colour feature that the luma does not explain is not
        db = (y + up[:, 0] * y + up[:, 2] - b).clamp(-limit, limit)
        dr = (y + up[:, 1] * y + up[:, 3] - r).clamp(-limit, limit)
        b2 = b + weight * db
        r2 = r + weight * dr
        g2 = (y - LUMA[0] * r2 - LUMA[2] * b2) / LUMA[1]
        for plane, new in zip(codec.planes(rows), (r2, g2, b2), strict=True):
            plane.copy_(new)
    return y0
