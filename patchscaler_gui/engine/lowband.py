"""Low-band consistency: the output changes the coarse result only where the LR cannot see.

The GRM's y0 is a mean-squared-error estimate; its low band (what survives a ×4 downscale)
is the best the networks know of the photo. The diffusion's few steps and the sharpening
move that band too: the denoiser through its 4×4 latent blocks, the unsharp mask through
its overshoot, which at σ 2 px reaches well below the LR's Nyquist frequency. So where the
output is decoded (:class:`events.Shown`, after the sharpening) its luma change from y0,
δ, loses the part a ×4 downscale keeps: the output is y0 + δ − U(D(δ)), with D the
antialiased bicubic ×4 downscale (Keys a = −0.5 stretched 4×, as ``F.interpolate`` with
``antialias=True``; the benchmark's clean inputs are made with it) and U the bicubic ×4
upscale (a = −0.75), both with the picture's edge repeated. What the diffusion and the
sharpening add that a downscale cannot see stays: texture and edge contrast. The colour
stays as it was (δ's luma is taken from every colour alike, as :func:`codec.luma_only`).

It is linear and local: a pixel reads :data:`REACH` latent px around it. D and U are sums
of shifted copies in a fixed order, so every pixel's value is the same whatever crop it is
computed in, as long as the crop holds that context (a picture's boxes match the whole).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec

REACH = 4  # latent px a pixel reads: U reads 2 LR px, each of which D makes from 16 px
BAND = 64  # latent rows at a time (bounds the decoded luma's memory)
_DOWN_TAPS = range(-6, 10)  # output px of LR px j's window, from 4 j: 16 of them


def _cubic(x: float, a: float) -> float:
    x = abs(x)
    if x < 1.0:
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0
    if x < 2.0:
        return (((x - 5.0) * x + 8.0) * x - 4.0) * a
    return 0.0


def _down_weights() -> list[float]:
    """The 16 weights of D along one axis (output px 4 j − 6 … 4 j + 9 for LR px j, whose
    centre is at 4 j + 1.5)."""
    w = [_cubic((o - 1.5) / codec.SCALE, -0.5) for o in _DOWN_TAPS]
    return [v / sum(w) for v in w]


def _up_weights() -> list[list[float]]:
    """For each of the 4 output px of an LR px j, the weights of LR px j − 2 … j + 2 under U
    (output px 4 j + p sits at LR coordinate j + (2 p − 3) / 8)."""
    return [[_cubic(k - (2 * p - 3) / 8, -0.75) for k in range(-2, 3)] for p in range(4)]


DOWN, UP = _down_weights(), _up_weights()


def _take(x: torch.Tensor, dim: int, start: int, n: int, step: int = 1) -> torch.Tensor:
    index = slice(start, start + n, step)
    return x[..., index] if dim == -1 else x[..., index, :]


def _pad(x: torch.Tensor, dim: int, before: int, after: int) -> torch.Tensor:
    pads = (before, after, 0, 0) if dim == -1 else (0, 0, before, after)
    return F.pad(x, pads, mode="replicate")


def down(x: torch.Tensor, dim: int) -> torch.Tensor:
    """(B, 1, H, W) → ×4 fewer px along ``dim`` (-1 or -2; its size a multiple of 4)."""
    n, first = x.shape[dim], _DOWN_TAPS[0]
    pad = _pad(x, dim, -first, _DOWN_TAPS[-1] - (codec.SCALE - 1))
    out = torch.zeros_like(_take(x, dim, 0, n, codec.SCALE))
    for o, w in zip(_DOWN_TAPS, DOWN, strict=True):
        out += w * _take(pad, dim, o - first, n, codec.SCALE)
    return out


def up(x: torch.Tensor, dim: int) -> torch.Tensor:
    """(B, 1, H, W) → ×4 more px along ``dim`` (-1 or -2)."""
    n = x.shape[dim]
    pad = _pad(x, dim, 2, 2)
    phases = []
    for weights in UP:
        out = torch.zeros_like(x)
        for k, w in enumerate(weights):
            if w:
                out += w * _take(pad, dim, k, n)
        phases.append(out)
    stacked = torch.stack(phases, dim=dim)  # (…, n, 4) or (…, n, 4, W)
    shape = list(x.shape)
    shape[dim] = n * codec.SCALE
    return stacked.reshape(shape)


def low_band(luma: torch.Tensor) -> torch.Tensor:
    """(B, 1, H, W) → U(D(luma)): what a ×4 downscale keeps of it, upscaled again (each
    pass in the order that reads the least: rows first down, columns first up)."""
    return up(up(down(down(luma, -2), -1), -1), -2)


def consistent(latent: torch.Tensor, coarse: torch.Tensor) -> torch.Tensor:
    """(B, 48, h, w) latent with its luma change from ``coarse`` (the same shape: y0 there)
    kept only above the ×4 downscale's band, as a new tensor. Computed in bands of
    :data:`BAND` latent rows with :data:`REACH` rows of context, the same values as all at
    once."""

    def take(t0: int, t1: int) -> torch.Tensor:
        change = codec.latent_luma(latent[:, :, t0:t1].float() - coarse[:, :, t0:t1].float())
        return -F.pixel_unshuffle(low_band(F.pixel_shuffle(change, codec.SCALE)), codec.SCALE)

    return codec.with_luma_change(latent, take, REACH, BAND)
