"""What a picture may cost: the refusals before any work, and the memory of one tile.

:func:`check_size` refuses, from the input's header before it is decoded, an output above
the pixel limit, one wider than its format holds, a file name that is too long or a folder
that cannot be written; :func:`check_limits` adds the free space of the target's disk.

Memory is bounded (DESIGN.md §2 "Large images"): when the sampler's working set for the
whole image would exceed ``Limits.memory``, the image runs in overlapping tiles
(:func:`plan_tiles`, then :func:`tiling.upscale_tiles`). On a GPU the tile's state (coarse
latent, mosaic, windows) lives on the device, so a tile is also bounded by the device's
free memory (``DEVICE_BYTES_PER_LR_PIXEL``).
"""

from __future__ import annotations

import math
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from patchscaler_gui.engine import tiling
from patchscaler_gui.engine.deblock import JpegSource
from patchscaler_gui.engine.device import free_memory
from patchscaler_gui.engine.errors import LimitError, OutputError
from patchscaler_gui.engine.imageio import Picture, check_side, estimate_bytes
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.engine.publish import check_name, existing_folder
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text

# Peak bytes the sampler holds per LR pixel of a tile (latent, confidence, mosaic, decoded
# coarse and result, merge temporaries): about 1800 measured (peak RSS growth from 512² to
# 1024² LR pixels, tiny and full-size models alike), rounded up.
BYTES_PER_LR_PIXEL = 2048
# Bytes a tile keeps on a GPU per LR pixel (float32 coarse latent 192, mosaic sum 192 and
# weight, the windows a GUI run keeps ≈ 300, input and confidence), rounded up; a share of
# the device's free memory bounds the tile, the rest is for the denoiser's batches.
DEVICE_BYTES_PER_LR_PIXEL = 1024
DEVICE_SHARE = 0.5


@dataclass(frozen=True)
class Limits:
    """Refusal thresholds and the memory budget of one tile."""

    max_output_pixels: int = 400_000_000
    memory: int = 2048 << 20  # bytes the sampler may hold at once
    disk_headroom: int = 64 << 20  # free space to leave on the target's disk


def check_size(size: tuple[int, int], limits: Limits, target: Path | None = None,
               fmt: str = "PNG", scale: int = SCALE) -> None:
    """What can be checked from an (H, W) input's header alone, before decoding it: the
    pixel limit of the ×4 result the model computes and, with ``target``, the format's
    largest side for the file saved at ×``scale``, the file name's length and whether the
    folder can be written. Raises LimitError or OutputError."""
    h, w = (n * SCALE for n in size)
    if h * w > limits.max_output_pixels:
        raise LimitError(Text(QT_TRANSLATE_NOOP(
            "Engine", "the output would be %1×%2 = %3 MP, above the limit of %4 MP; crop or "
            "downscale the input, or raise the limit (--max-megapixels)."), str(w), str(h),
            f"{h * w / 1e6:.0f}", f"{limits.max_output_pixels / 1e6:.0f}"))
    if target is None:
        return
    check_side(target, fmt, (size[0] * scale, size[1] * scale))
    check_name(target)
    folder = existing_folder(target)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the folder is read-only; choose another output folder."), folder))


def check_limits(picture: Picture, limits: Limits, target: Path | None = None,
                 fmt: str = "PNG", scale: int = SCALE) -> None:
    """Raise LimitError (or OutputError) when the ×4 output of ``picture`` exceeds a limit
    (:func:`check_size`) or, with ``target``, its file at ×``scale`` would not fit on that
    disk."""
    size = picture.pixels.shape[:2]
    check_size((size[0], size[1]), limits, target, fmt, scale)
    if target is None:
        return
    h, w = size[0] * scale, size[1] * scale
    need = estimate_bytes((h, w), (1 if picture.gray else 3) + (picture.alpha is not None),
                          picture.bits, fmt)
    free = shutil.disk_usage(existing_folder(target)).free
    if need + limits.disk_headroom > free:
        raise LimitError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the output needs about %2 MiB but only %3 MiB are free on that "
            "disk; free some space or choose another folder."), target, round(need / 2**20),
            round(free / 2**20)))


def untiled_bytes(model: PatchScaler, size: tuple[int, int]) -> int:
    """About what the sampler holds for an (H, W) LR image run in one piece."""
    p = model.config.patch
    return math.ceil(size[0] / p) * p * math.ceil(size[1] / p) * p * BYTES_PER_LR_PIXEL


def _device_pixels(model: PatchScaler) -> int | None:
    """LR pixels a tile may hold on the model's GPU (None on the CPU)."""
    device = next(model.parameters()).device
    if device.type == "cpu":
        return None
    return int(free_memory(device) * DEVICE_SHARE) // DEVICE_BYTES_PER_LR_PIXEL


def fits_device(model: PatchScaler, size: tuple[int, int]) -> bool:
    """Whether an (H, W) LR image's whole state fits the model's GPU (always on the CPU)."""
    pixels = _device_pixels(model)
    return pixels is None or untiled_bytes(model, size) // BYTES_PER_LR_PIXEL <= pixels


def tile_pixels(model: PatchScaler, limits: Limits) -> int:
    """LR pixels one tile may hold: the memory budget, and on a GPU its free memory."""
    pixels = limits.memory // BYTES_PER_LR_PIXEL
    device = _device_pixels(model)
    return pixels if device is None else min(pixels, device)


def plan_tiles(model: PatchScaler, size: tuple[int, int], limits: Limits,
               pixels: int | None = None, jpeg: JpegSource | None = None
               ) -> list[tiling.Tile]:
    """The tiles for an (H, W) LR image; one tile when it fits the memory budget
    (``pixels``: LR pixels per tile, default :func:`tile_pixels`; ``jpeg``: the JPEG file
    the picture came from, whose deblocker widens the tiles' margins)."""
    cfg = model.config
    p = cfg.patch
    pixels = tile_pixels(model, limits) if pixels is None else pixels
    if untiled_bytes(model, size) // BYTES_PER_LR_PIXEL <= pixels:
        return tiling.plan(size, p, 0, math.ceil(max(size) / p) * p)  # the whole image
    context = tiling.margin(p, cfg.halo, model.coarse_radius(jpeg))
    side = int(math.sqrt(pixels)) // p * p
    return tiling.plan(size, p, context, max(side, 2 * context + p))
