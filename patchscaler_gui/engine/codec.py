"""Latent codec: pixel-unshuffle ×4 (space-to-depth).

An RGB image in [0, 1] of size (H, W) maps to a 48-channel latent of size (H/4, W/4) in
[-1, 1]. The map is exact, costs nothing and is local, so a latent patch decodes on its
own (DESIGN.md §2). A learned autoencoder could stand behind the same two functions.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F

SCALE = 4
CHANNELS = 3 * SCALE * SCALE
LUMA = (0.299, 0.587, 0.114)  # BT.601 weights of R, G, B


def encode(image: torch.Tensor) -> torch.Tensor:
    """(B, 3, H, W) in [0, 1] with H, W multiples of 4 → (B, 48, H/4, W/4) in [-1, 1]."""
    if image.shape[-1] % SCALE or image.shape[-2] % SCALE:
        raise ValueError(f"image size {tuple(image.shape[-2:])} is not a multiple of {SCALE}")
    return F.pixel_unshuffle(image * 2.0 - 1.0, SCALE)


def decode(latent: torch.Tensor) -> torch.Tensor:
    """(B, 48, h, w) → (B, 3, 4h, 4w) in [0, 1] (not clamped: callers clamp for display)."""
    return (F.pixel_shuffle(latent, SCALE) + 1.0) * 0.5


def luma(rgb: torch.Tensor) -> torch.Tensor:
    """(B, 3, H, W) → (B, 1, H, W): BT.601 luma."""
    weights = torch.tensor(LUMA, device=rgb.device, dtype=rgb.dtype).view(1, 3, 1, 1)
    return rgb.mul(weights).sum(1, keepdim=True)


def decode_luma(latent: torch.Tensor) -> torch.Tensor:
    """(B, 48, h, w) → (B, 1, 4h, 4w): the decoded image's BT.601 luma, in [0, 1]."""
    return luma(decode(latent))


def luma_only(change: torch.Tensor) -> torch.Tensor:
    """(B, 48, h, w) latent change → the change of its BT.601 luma, added to all three colours.

    Adding the same amount to R, G and B moves Y by that amount and leaves Cb and Cr (which
    are scaled B − Y and R − Y) as they were: the result changes the luma as ``change`` does
    and the colour not at all.
    """
    y = latent_luma(change)
    return torch.cat([y, y, y], 1)


def with_luma_change(latent: torch.Tensor, change: Callable[[int, int], torch.Tensor],
                     reach: int, band: int) -> torch.Tensor:
    """(B, 48, h, w) latent with a luma change added to all three colours (as
    :func:`luma_only`), as a new float tensor. ``change(t0, t1)`` gives it for latent rows
    t0:t1, (B, 16, t1 − t0, w) in latent units, right for rows ``reach`` or more inside that
    span (or at the latent's edge); it is asked for ``band`` rows at a time with that much
    context, so the result is the same whatever the band (the filters that call this bound
    their output-resolution temporaries so)."""
    out = latent.float().clone()
    h, per = latent.shape[-2], SCALE * SCALE
    for top in range(0, h, band):
        t0, t1 = max(top - reach, 0), min(top + band + reach, h)
        add = change(t0, t1)[:, :, top - t0 : top - t0 + band]
        stop = top + add.shape[-2]
        for c in range(3):
            out[:, per * c : per * (c + 1), top:stop] += add
    return out


def planes(latent: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(B, 48, h, w) → its R, G and B parts, (B, 16, h, w) each (views)."""
    per = SCALE * SCALE
    return latent[:, :per], latent[:, per : 2 * per], latent[:, 2 * per :]


def latent_luma(latent: torch.Tensor) -> torch.Tensor:
    """(B, 48, h, w) → (B, 16, h, w): the BT.601 luma of each of the 16 pixels a latent
    pixel holds, in latent units (``pixel_shuffle`` of it is the image's 2 Y − 1)."""
    r, g, b = planes(latent)
    return LUMA[0] * r + LUMA[1] * g + LUMA[2] * b


def bilinear_weights() -> torch.Tensor:
    """(16, 1, 3, 3): the weights of an LR pixel and its 8 neighbours in each of its 16
    output pixels under ×4 bilinear upsampling (as ``F.interpolate`` with
    ``align_corners=False``, the picture's edge repeated), in pixel-unshuffle order: a
    convolution of the edge-padded LR plane with them gives the upsampled plane's latent."""
    along = torch.tensor([[0.375, 0.625, 0.0], [0.125, 0.875, 0.0],
                          [0.0, 0.875, 0.125], [0.0, 0.625, 0.375]])
    return (along[:, None, :, None] * along[None, :, None, :]).reshape(16, 1, 3, 3)


def decode_hwc(latent: torch.Tensor, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """(48, h, w) → (4h, 4w, 3) RGB in [0, 1], clamped and contiguous: ``decode`` and the
    move to channels-last in one copy (what image files and the app want).

    ``dtype=torch.uint8`` gives 8-bit values instead, rounded as ``round(255 · pixel)``
    (halves up) but quantised at latent size, before the 16× larger copy: what the app's
    canvas shows, at a quarter of the float path's memory traffic.
    """
    h, w = latent.shape[-2:]
    out = torch.empty((h, SCALE, w, SCALE, 3), dtype=dtype, device=latent.device)
    # one colour at a time: its 16 latent channels are scaled and clamped in a small buffer,
    # then (ry, rx, i, j) → (i, ry, j, rx), pixel (4i + ry, 4j + rx), with the cast to
    # ``dtype`` in the same copy; one 5-D permute of all three colours is ~5× slower (its
    # innermost step is a whole plane)
    per = SCALE * SCALE
    for c in range(3):
        plane = latent[per * c : per * (c + 1)].float()
        if dtype == torch.uint8:
            # (y + 1) · 127.5 is (y + 1) / 2 · 255 with the same single rounding; clamping
            # after the scaling equals clamping before it (both maps are monotonic); the
            # cast truncates, so + 0.5 rounds halves up
            plane = plane.add(1.0).mul_(127.5).add_(0.5).clamp_(0.5, 255.5)
        else:
            plane = plane.add(1.0).mul_(0.5).clamp_(0.0, 1.0)
        out[..., c] = plane.reshape(SCALE, SCALE, h, w).permute(2, 0, 3, 1)
    return out.reshape(h * SCALE, w * SCALE, 3)


def _bicubic_phases(a: float = -0.75) -> torch.Tensor:
    """(4, 5) taps: row r is the 1-D weight of LR pixels i-2..i+2 for HR pixel 4i+r.

    torch's bicubic (align_corners=False, A = -0.75) samples LR coordinate
    i + (2r - 3) / 8 for output 4i + r; edge pixels repeat, i.e. replicate padding.
    """

    def cubic(x: float) -> float:
        x = abs(x)
        if x <= 1:
            return ((a + 2) * x - (a + 3)) * x * x + 1
        return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a if x < 2 else 0.0

    taps = torch.zeros(SCALE, 5, dtype=torch.float64)
    for r in range(SCALE):
        pos = (2 * r - 3) / 8
        base = -1 if pos < 0 else 0  # floor of the sample position
        t = pos - base
        for k, dist in enumerate((t + 1, t, 1 - t, 2 - t)):
            taps[r, base + 1 + k] = cubic(dist)
    return taps


_PHASES = _bicubic_phases()
_KERNEL = (_PHASES[:, None, :, None] * _PHASES[None, :, None, :]).reshape(  # (ry, rx) → channel
    SCALE * SCALE, 1, 5, 5)


def bicubic_latent(lr: torch.Tensor) -> torch.Tensor:
    """``encode(bicubic ×4 of lr, clamped)`` as one fixed 5×5 convolution at LR size.

    Equal to upsampling with ``F.interpolate(mode="bicubic")`` and encoding, to float
    rounding, without ever building the 16× larger image.
    """
    weight = _KERNEL.repeat(lr.shape[1], 1, 1, 1).to(lr.device, lr.dtype) * 2.0
    bias = torch.full((weight.shape[0],), -1.0, dtype=lr.dtype, device=lr.device)
    padded = F.pad(lr, (2, 2, 2, 2), mode="replicate")
    # taps sum to 1, so this is 2·up − 1, clamped as encode(up.clamp(0, 1)) would be
    return F.conv2d(padded, weight, bias, groups=lr.shape[1]).clamp_(-1.0, 1.0)
