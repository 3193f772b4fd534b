"""Edge contrast: a luma unsharp mask, applied where pixels are decoded.

The clean-up GRM removes noise and JPEG blocks and softens edges with them (model card).
A run's :class:`Sharpening` (each look stores its own, calibrated by ``train calibrate`` on
what people see, above a PSNR floor; the CLI and the app can set another) adds ``Y −
G_σ * Y`` (the luma's band above a Gaussian of σ output px) × ``amount`` to R, G and B:
the edges the networks drew get more contrast, the colour stays (as the diffusion's
:func:`codec.luma_only` change), flat regions stay flat. It adds no texture; a wider σ
lifts the wider edges that a blurred input leaves, a narrow one the finest band, grain
included.

It is applied to the output latent, not to the coarse result the denoiser conditions on
(the denoiser would undo part of it, unevenly from patch to patch), so the sampler
sharpens where it decodes (:class:`events.Shown`): a box of output reads
:attr:`Sharpening.reach` latent px around it, and the pixels a group changes reach that
far beyond its windows. The image's outer edge is repeated.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec
from patchscaler_gui.engine.choices import check_sharpening

BAND = 64  # latent rows sharpened at a time (bounds the decoded luma's memory)


@dataclass(frozen=True)
class Sharpening:
    """An unsharp mask: ``amount`` × the luma above a Gaussian of ``sigma`` output px (cut
    at 3σ). Amount 0 is none."""

    amount: float = 0.0
    sigma: float = 1.0

    def __post_init__(self) -> None:
        check_sharpening(self.amount, self.sigma)

    @property
    def radius(self) -> int:
        """Output px the Gaussian reads on each side."""
        return math.ceil(3 * self.sigma)

    @property
    def reach(self) -> int:
        """Latent px (4 output px each) of context a sharpened pixel reads; 0 when off."""
        return math.ceil(self.radius / codec.SCALE) if self.amount else 0

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Sharpening:
        return cls(amount=float(d["amount"]), sigma=float(d.get("sigma", 1.0)))


def _weights(s: Sharpening) -> list[float]:
    x = torch.arange(-s.radius, s.radius + 1, dtype=torch.float64)
    k = torch.exp(-(x**2) / (2 * s.sigma**2))
    return (k / k.sum()).tolist()


def _blur_1d(x: torch.Tensor, dim: int, s: Sharpening) -> torch.Tensor:
    """Gaussian along ``dim`` (the edge repeated) as a sum of shifted copies in a fixed
    order: every pixel's value is the same whatever crop it is computed in (a convolution
    may round differently with the size, and a picture's boxes must match the whole)."""
    n, r = x.shape[dim], s.radius
    pad = F.pad(x, (r, r, 0, 0) if dim == -1 else (0, 0, r, r), mode="replicate")
    out = torch.zeros_like(x)
    for i, w in enumerate(_weights(s)):
        out += w * pad.narrow(dim, i, n)
    return out


def _high_band(luma: torch.Tensor, s: Sharpening) -> torch.Tensor:
    """(B, 1, H, W) → the luma minus its Gaussian blur (the edge repeated)."""
    return luma - _blur_1d(_blur_1d(luma, -1, s), -2, s)


def sharpen_latent(latent: torch.Tensor, s: Sharpening) -> torch.Tensor:
    """(B, 48, h, w) latent → the same with its luma high band × ``s.amount`` added to every
    colour (a new tensor; amount 0 returns a copy). Computed in bands of :data:`BAND`
    latent rows with ``s.reach`` rows of context, the same values as all at once."""
    if s.amount == 0.0:
        return latent.float().clone()

    def add(t0: int, t1: int) -> torch.Tensor:
        # the luma in latent units (2 Y − 1: the high band of a pixel change d is 2 d, as
        # in the latent), made from the 16 channels of each colour before the shuffle
        luma = codec.latent_luma(latent[:, :, t0:t1].float())
        band = _high_band(F.pixel_shuffle(luma, codec.SCALE), s)
        return F.pixel_unshuffle(band, codec.SCALE) * s.amount

    return codec.with_luma_change(latent, add, s.reach, BAND)
