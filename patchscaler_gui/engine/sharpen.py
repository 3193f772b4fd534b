"""Edge contrast for the clean-up coarse stage: a luma unsharp mask, applied where pixels
are decoded.

The clean-up GRM removes noise and JPEG blocks and softens edges with them (model card).
Where a model stores ``architecture.sharpen`` (an amount ``a``, calibrated by ``train
calibrate`` on what people see, above a PSNR floor), every picture made with clean-up on
gets ``Y − G_σ * Y`` (the luma's band above a Gaussian of σ = 1 output px) × ``a`` added to
R, G and B: the edges the networks drew get more contrast, the colour stays (as the
diffusion's :func:`codec.luma_only` change), flat regions stay flat. It adds no texture.

It is applied to the output latent, not to the coarse result the denoiser conditions on
(the denoiser would undo part of it, unevenly from patch to patch), so the sampler
sharpens where it decodes (:class:`events.Shown`): a box of output reads
:data:`REACH` latent px around it, and the pixels a group changes reach that far beyond its
windows. The image's outer edge is repeated.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec

SIGMA = 1.0  # output px
RADIUS = 3  # output px: the Gaussian cut at 3σ
REACH = 1  # latent px (4 output px) of context a sharpened pixel reads: ≥ RADIUS / SCALE
BAND = 64  # latent rows sharpened at a time (bounds the decoded luma's memory)


def _weights() -> list[float]:
    x = torch.arange(-RADIUS, RADIUS + 1, dtype=torch.float64)
    k = torch.exp(-(x**2) / (2 * SIGMA**2))
    return (k / k.sum()).tolist()


def _blur_1d(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Gaussian along ``dim`` (the edge repeated) as a sum of shifted copies in a fixed
    order: every pixel's value is the same whatever crop it is computed in (a convolution
    may round differently with the size, and a picture's boxes must match the whole)."""
    n = x.shape[dim]
    pad = F.pad(x, (RADIUS, RADIUS, 0, 0) if dim == -1 else (0, 0, RADIUS, RADIUS),
                mode="replicate")
    out = torch.zeros_like(x)
    for i, w in enumerate(_weights()):
        out += w * pad.narrow(dim, i, n)
    return out


def _high_band(luma: torch.Tensor) -> torch.Tensor:
    """(B, 1, H, W) → the luma minus its Gaussian blur (the edge repeated)."""
    return luma - _blur_1d(_blur_1d(luma, -1), -2)


def sharpen_latent(latent: torch.Tensor, amount: float) -> torch.Tensor:
    """(B, 48, h, w) latent → the same with its luma high band × ``amount`` added to every
    colour (a new tensor; ``amount`` 0 returns a copy). Computed in bands of :data:`BAND`
    latent rows with :data:`REACH` rows of context, the same values as all at once."""
    out = latent.float().clone()
    if amount == 0.0:
        return out
    h = latent.shape[-2]
    per = codec.SCALE * codec.SCALE
    for top in range(0, h, BAND):
        t0, t1 = max(top - REACH, 0), min(top + BAND + REACH, h)
        # the luma in latent units (2 Y − 1: the high band of a pixel change d is 2 d, as
        # in the latent), made from the 16 channels of each colour before the shuffle
        luma = codec.latent_luma(latent[:, :, t0:t1].float())
        band = _high_band(F.pixel_shuffle(luma, codec.SCALE))
        add = F.pixel_unshuffle(band, codec.SCALE)[:, :, top - t0 : top - t0 + BAND] * amount
        stop = top + add.shape[-2]
        for c in range(3):
            out[:, per * c : per * (c + 1), top:stop] += add
    return out
