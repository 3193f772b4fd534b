"""A texture-statistics term for the denoiser (``train retune --gram W``): the L1 distance
between Gram matrices of rectified random-filter responses to the luma's high band.

Gram matrices of filter responses describe a texture without saying where its parts are
(Gatys et al. 2015); random filters stand in for a pretrained network, none being available
offline (Ustyuzhaninov et al. 2017). Unlike the mean squared error the term does not
reward a blurred average where detail is uncertain, and unlike the amplitude spectrum
(:func:`.stages.spectrum_l1`) it is not met by grain with the right energy. The output's
pixels come in 4×4 blocks, one latent pixel each, which a loss that asks for texture
without saying where otherwise fills with a 4-px mesh (model card, Limitations): so at full
and half resolution each phase of that block grid gets its own Gram matrix, and each is
matched to the target's over all phases, so statistics that depend on the phase cost.
Measured in the model card (Limitations, the thirty-sixth session): a fine-tune with it
gives more HF energy and a lower NIQE at some PSNR-Y; not used by the shipped model.
"""

from __future__ import annotations

import functools

import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec

SCALES = (1, 2, 4)  # resolutions the statistics are taken at (average-pooled by this)
FILTERS = 24  # random filters per scale
SIDE = 5  # their size, px
_SEED = 1234
_GAIN = 10.0  # the high band of a photo is small: brings the responses near unit scale
_BINOMIAL = (1.0, 4.0, 6.0, 4.0, 1.0)


@functools.cache
def filters() -> tuple[torch.Tensor, ...]:
    """Per scale, (FILTERS, 1, SIDE, SIDE) zero-mean unit-norm random filters (fixed)."""
    gen = torch.Generator().manual_seed(_SEED)
    out = []
    for _ in SCALES:
        f = torch.randn(FILTERS, 1, SIDE, SIDE, generator=gen)
        f = f - f.mean((2, 3), keepdim=True)
        out.append(f / f.flatten(1).norm(dim=1).view(-1, 1, 1, 1))
    return tuple(out)


def high_band(y: torch.Tensor) -> torch.Tensor:
    """(B, 1, H, W) luma less its 5×5 binomial blur (the edge repeated)."""
    k = torch.tensor(_BINOMIAL, dtype=y.dtype, device=y.device)
    k = (k[:, None] * k[None]) / k.sum() ** 2
    return y - F.conv2d(F.pad(y, (2, 2, 2, 2), mode="replicate"), k.view(1, 1, 5, 5))


def grams(features: torch.Tensor, period: int) -> torch.Tensor:
    """(B, C, H, W) responses → (B, period², C, C): one Gram matrix per phase of a
    ``period``-px grid (H and W multiples of it)."""
    b, c, h, w = features.shape
    f = features.view(b, c, h // period, period, w // period, period).permute(0, 3, 5, 1, 2, 4)
    f = f.reshape(b, period * period, c, -1)
    return f @ f.transpose(-1, -2) / f.shape[-1]


def gram_l1(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """The term for two (B, 48, h, w) latent batches: the mean over scales of the L1 between
    the prediction's per-phase Gram matrices and the target's over all phases."""
    lumas = [codec.decode_luma(latent) for latent in (pred, target)]
    total = pred.new_zeros(())
    for scale, f in zip(SCALES, filters(), strict=True):
        period = max(codec.SCALE // scale, 1)
        pair = []
        for y in lumas:
            y = y if scale == 1 else F.avg_pool2d(y, scale)
            pair.append(F.relu(F.conv2d(high_band(y) * _GAIN, f.to(y), padding=SIDE // 2)))
        total = total + (grams(pair[0], period) - grams(pair[1], 1)).abs().mean()
    return total / len(SCALES)
