"""File-level pipeline shared by the CLI and the GUI: picture in, picture out.

The RGB pixels go through the sampler; the alpha channel, when there is one, is upscaled
on its own (bicubic ×4, clamped) and re-attached.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import replace

import numpy as np
import torch
import torch.nn.functional as F

from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.engine.sampler import Event, Settings, State, Summary, upscale


def upscale_alpha(alpha: np.ndarray) -> np.ndarray:
    """(H, W) alpha in [0, 1] → (4H, 4W), bicubic with antialiasing off, clamped."""
    a = torch.from_numpy(np.ascontiguousarray(alpha, dtype=np.float32))[None, None]
    up = F.interpolate(a, scale_factor=SCALE, mode="bicubic", align_corners=False)
    return up[0, 0].clamp(0.0, 1.0).numpy()


def upscale_picture(
    model: PatchScaler, picture: Picture, settings: Settings, state: State | None = None,
    select: np.ndarray | None = None,
) -> Generator[Event, None, tuple[Picture, Summary]]:
    """Stream the sampler's events for ``picture``; return the output picture and summary."""
    summary = yield from upscale(model, picture.pixels, settings, state=state, select=select)
    alpha = upscale_alpha(picture.alpha) if picture.alpha is not None else None
    return replace(picture, pixels=summary.image, alpha=alpha), summary
