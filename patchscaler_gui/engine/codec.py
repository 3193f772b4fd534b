"""Latent codec: pixel-unshuffle ×4 (space-to-depth).

An RGB image in [0, 1] of size (H, W) maps to a 48-channel latent of size (H/4, W/4) in
[-1, 1]. The map is exact, costs nothing and is local, so a latent patch decodes on its
own (DESIGN.md §2). A learned autoencoder could stand behind the same two functions.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

SCALE = 4
CHANNELS = 3 * SCALE * SCALE


def encode(image: torch.Tensor) -> torch.Tensor:
    """(B, 3, H, W) in [0, 1] with H, W multiples of 4 → (B, 48, H/4, W/4) in [-1, 1]."""
    if image.shape[-1] % SCALE or image.shape[-2] % SCALE:
        raise ValueError(f"image size {tuple(image.shape[-2:])} is not a multiple of {SCALE}")
    return F.pixel_unshuffle(image * 2.0 - 1.0, SCALE)


def decode(latent: torch.Tensor) -> torch.Tensor:
    """(B, 48, h, w) → (B, 3, 4h, 4w) in [0, 1] (not clamped: callers clamp for display)."""
    return (F.pixel_shuffle(latent, SCALE) + 1.0) * 0.5
