"""File-level pipeline shared by the CLI and the GUI: picture in, picture out.

The RGB pixels go through the sampler. The alpha channel, when there is one, goes through
the model's coarse stage (the GRM, the learned ×4 of the colour) on its own, so its edges
are upscaled rather than stretched, and is re-attached.

Memory is bounded (DESIGN.md §2 "Large images"): when the sampler's working set for the
whole image would exceed ``Limits.memory``, the image runs in overlapping tiles
(``tiling``) blended into one preallocated uint8/uint16 output; the returned picture (and
the summary's ``image``) then hold those integer pixels. In tiled runs the sampler's
``CoarseReady`` and ``GroupDone`` events arrive wrapped in :class:`TileEvent` (their
coordinates are the tile's), and ``Progress`` counts patch-steps over the whole image (the
total is re-estimated as tiles finish); each tile plans its own groups from the same
:class:`GroupPlan`. A run that re-samples (a cached ``state`` and its :class:`PatchPlan`,
the GUI) is never tiled. Tiled or not, :func:`upscale_picture` returns one
:class:`Result`.

On a GPU the tile's state (coarse latent, mosaic, windows) lives on the device, so a tile
is also bounded by the device's free memory (``DEVICE_BYTES_PER_LR_PIXEL``). When even one
patch per denoiser call runs out of memory (:mod:`memory`), the image starts again in tiles
of half the area, until no smaller tile exists: then ``NotEnoughMemory``.

:func:`check_size` refuses, from the input's header before it is decoded, an output above
the pixel limit, one wider than its format holds, a file name that is too long or a folder
that cannot be written; :func:`check_limits` adds the free space of the target's disk.
"""

from __future__ import annotations

import math
import os
import shutil
import time
from collections.abc import Generator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from patchscaler_gui.engine import memory, tiling
from patchscaler_gui.engine.device import free_memory
from patchscaler_gui.engine.drive import relay
from patchscaler_gui.engine.errors import LimitError, ModelError, OutputError
from patchscaler_gui.engine.grouping import GroupPlan, PatchPlan
from patchscaler_gui.engine.imageio import Picture, all_finite, check_side, estimate_bytes
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.engine.publish import check_name, existing_folder
from patchscaler_gui.engine.sampler import (
    CoarseReady,
    Event,
    GroupDone,
    Progress,
    Settings,
    State,
    Summary,
    coarse_stage,
    upscale,
)
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


@dataclass(frozen=True)
class TileEvent:
    """A sampler event of one tile of a large image, in the tile's output coordinates."""

    index: int
    count: int
    origin: tuple[int, int]  # output-pixel (top, left) of the tile's region in the image
    core: tuple[int, int, int, int]  # output-pixel box (top, left, bottom, right) it owns
    event: CoarseReady | GroupDone


PipelineEvent = Event | TileEvent


@dataclass(frozen=True)
class Result:
    """What a picture's run returns, tiled or not."""

    picture: Picture  # the output: float pixels, or uint8/uint16 after a tiled run
    summary: Summary
    tiled: bool  # whether it ran in tiles (then no event painted the whole image)


def check_size(size: tuple[int, int], limits: Limits, target: Path | None = None,
               fmt: str = "PNG") -> None:
    """What can be checked from an (H, W) input's header alone, before decoding it: the
    output's pixel limit and, with ``target``, the format's largest side, the file name's
    length and whether the folder can be written. Raises LimitError or OutputError."""
    h, w = (n * SCALE for n in size)
    if h * w > limits.max_output_pixels:
        raise LimitError(Text(QT_TRANSLATE_NOOP(
            "Engine", "the output would be %1×%2 = %3 MP, above the limit of %4 MP; crop or "
            "downscale the input, or raise the limit (--max-megapixels)."), str(w), str(h),
            f"{h * w / 1e6:.0f}", f"{limits.max_output_pixels / 1e6:.0f}"))
    if target is None:
        return
    check_side(target, fmt, (h, w))
    check_name(target)
    folder = existing_folder(target)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the folder is read-only; choose another output folder."), folder))


def check_limits(picture: Picture, limits: Limits, target: Path | None = None,
                 fmt: str = "PNG") -> None:
    """Raise LimitError (or OutputError) when the ×4 output of ``picture`` exceeds a limit
    (:func:`check_size`) or, with ``target``, the free space of its disk."""
    size = picture.pixels.shape[:2]
    check_size((size[0], size[1]), limits, target, fmt)
    if target is None:
        return
    h, w = size[0] * SCALE, size[1] * SCALE
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
               pixels: int | None = None) -> list[tiling.Tile]:
    """The tiles for an (H, W) LR image; one tile when it fits the memory budget
    (``pixels``: LR pixels per tile, default :func:`tile_pixels`)."""
    cfg = model.config
    p = cfg.patch
    pixels = tile_pixels(model, limits) if pixels is None else pixels
    if untiled_bytes(model, size) // BYTES_PER_LR_PIXEL <= pixels:
        return tiling.plan(size, p, 0, math.ceil(max(size) / p) * p)  # the whole image
    context = tiling.margin(p, cfg.halo, model.grm.receptive_radius)
    side = int(math.sqrt(pixels)) // p * p
    return tiling.plan(size, p, context, max(side, 2 * context + p))


def upscale_alpha(model: PatchScaler, alpha: np.ndarray, fit: memory.Fit | None = None
                  ) -> np.ndarray:
    """(H, W) alpha in [0, 1] → (4H, 4W) through the GRM (as grey), clamped."""
    grey = np.repeat(np.ascontiguousarray(alpha, dtype=np.float32)[..., None], 3, axis=2)
    up = coarse_stage(model, grey, fit=fit).image()
    return np.clip(up.mean(axis=2), 0.0, 1.0)


def _largest(tiles: list[tiling.Tile]) -> int:
    return max(t.size[0] * t.size[1] for t in tiles)


def upscale_picture(
    model: PatchScaler, picture: Picture, plan: GroupPlan | PatchPlan | None = None,
    settings: Settings | None = None, *, state: State | None = None,
    limits: Limits | None = None, fit: memory.Fit | None = None,
) -> Generator[PipelineEvent, None, Result]:
    """Stream the events for ``picture``; return the output picture and the summary.

    ``plan`` and ``state`` as in :func:`sampler.upscale`; ``fit``: the run's batch and
    tile sizes (default: from the memory free)."""
    limits, settings = limits or Limits(), settings or Settings()
    check_limits(picture, limits)
    fit = fit or memory.plan(model, settings.batch, settings.grm_tile)
    size = (picture.pixels.shape[0], picture.pixels.shape[1])
    pixels = tile_pixels(model, limits)
    resample = state is not None or isinstance(plan, PatchPlan)
    while True:
        tiles = [] if resample else plan_tiles(model, size, limits, pixels)
        try:
            if len(tiles) > 1 and not isinstance(plan, PatchPlan):
                return (yield from _tiled(model, picture, plan, settings, tiles, fit))
            summary = yield from upscale(model, picture.pixels, plan, settings, state=state,
                                         fit=fit)
            alpha = None if picture.alpha is None else upscale_alpha(model, picture.alpha,
                                                                     fit)
            check_finite(summary.image, alpha)
            return Result(replace(picture, pixels=summary.image, alpha=alpha), summary, False)
        except memory.NotEnoughMemory:
            if not tiles:
                raise
            pixels = _largest(tiles) // 2
            if _largest(plan_tiles(model, size, limits, pixels)) >= _largest(tiles):
                raise  # no smaller tile exists
        memory.release(fit.device)
        fit.split_image()
        fit.batch = settings.batch or memory.batch_for(model, fit.device)
        fit.grm_tile = settings.grm_tile or memory.grm_tile_for(model, fit.device)


def check_finite(*images: np.ndarray | None) -> None:
    """Raise ModelError when a result holds NaN or infinity (a broken model): such pixels
    would be written as black, silently."""
    if not all_finite(*images):
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "The model produced invalid values (NaN or infinity) for this image, so "
            "nothing was written: its weights or schedule are broken. Reinstall the model or "
            "choose another one.")))


class _Tally:
    """Patch-steps over the whole image, the total estimated from the tiles so far."""

    def __init__(self, tiles: list[tiling.Tile]) -> None:
        self.area_left = sum(t.size[0] * t.size[1] for t in tiles)
        self.area_seen = 0
        self.base = 0  # patch-steps of finished tiles
        self.tile_total = self.tile_done = 0

    def start(self, tile: tiling.Tile) -> None:
        area = tile.size[0] * tile.size[1]
        self.area_seen += area
        self.area_left -= area
        self.tile_total = self.tile_done = 0

    def progress(self, event: Progress) -> Progress:
        self.tile_total, self.tile_done = event.patch_steps_total, event.patch_steps_done
        known = self.base + self.tile_total
        total = known + round(known * self.area_left / self.area_seen)
        return replace(event, patch_steps_done=self.base + self.tile_done,
                       patch_steps_total=total)

    def finish(self) -> None:
        self.base += self.tile_done


def _tile_events(gen: Generator[Event, None, Summary], index: int, count: int,
                 tile: tiling.Tile, tally: _Tally) -> Generator[PipelineEvent, None, Summary]:
    """A tile's events for the whole image: Progress over the image, the rest wrapped."""
    origin = (tile.rows.start * SCALE, tile.cols.start * SCALE)
    core = (tile.rows.core_start * SCALE, tile.cols.core_start * SCALE,
            tile.rows.core_stop * SCALE, tile.cols.core_stop * SCALE)

    def convert(event: Event) -> PipelineEvent:
        if isinstance(event, Progress):
            return tally.progress(event)
        if isinstance(event, CoarseReady | GroupDone):
            return TileEvent(index, count, origin, core, event)
        return event
    converted: Generator[PipelineEvent, None, Summary] = relay(gen, convert)
    return (yield from converted)


def _tiled(model: PatchScaler, picture: Picture, plan: GroupPlan | None, settings: Settings,
           tiles: list[tiling.Tile], fit: memory.Fit) -> Generator[PipelineEvent, None, Result]:
    started = time.perf_counter()
    h, w = picture.pixels.shape[:2]
    dtype = np.uint16 if picture.bits == 16 else np.uint8
    out = np.empty((h * SCALE, w * SCALE, 3), dtype)
    alpha = None if picture.alpha is None else np.empty((h * SCALE, w * SCALE), dtype)
    band = model.config.patch * SCALE
    settings = replace(settings, keep_windows=False)
    tally = _Tally(tiles)
    timings: dict[str, float] = {}
    counts: dict[str, int] = {"tiles": len(tiles)}
    for k, tile in enumerate(tiles):
        region = (slice(tile.rows.start, tile.rows.stop), slice(tile.cols.start, tile.cols.stop))
        tally.start(tile)
        origin = (tile.rows.start // model.config.patch, tile.cols.start // model.config.patch)
        tile_settings = replace(settings, patch_origin=origin)
        summary = yield from _tile_events(upscale(model, picture.pixels[region], plan,
                                                  tile_settings, fit=fit),
                                          k, len(tiles), tile, tally)
        tally.finish()
        check_finite(summary.image)
        tiling.blend(out, tile, summary.image, (h, w), SCALE, band)
        for key, value in summary.timings.items():
            timings[key] = timings.get(key, 0.0) + value
        for key, n in summary.counts.items():
            counts[key] = counts.get(key, 0) + n
        del summary
        if alpha is not None and picture.alpha is not None:
            up = upscale_alpha(model, picture.alpha[region], fit)
            check_finite(up)
            tiling.blend(alpha, tile, up, (h, w), SCALE, band)
    timings["total"] = time.perf_counter() - started
    return Result(replace(picture, pixels=out, alpha=alpha), Summary(out, timings, counts),
                  True)
