"""What the canvas paints, made on the worker thread: the engine's events as display frames.

:func:`frames` turns the events of :func:`pipeline.upscale_picture` into frames whose pixels
are already in QImage.Format_RGB32's bytes, so the main thread only blits them. A tiled job's
pixels (every tile's coarse result and groups) are cut to the part of the image that tile
owns; the blended result replaces the canvas at the end. ``Progress`` is throttled to about
30 frames a second (the last one always comes).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Generator
from dataclasses import dataclass

import numpy as np

from patchscaler_gui.engine.drive import relay
from patchscaler_gui.engine.grouping import PatchPlan
from patchscaler_gui.engine.pipeline import PipelineEvent, Result, TileEvent
from patchscaler_gui.engine.sampler import (
    CoarseProgress,
    CoarseReady,
    GroupDone,
    Progress,
    State,
    StepTimed,
)

STEP_INTERVAL = 1 / 30
# QImage.Format_RGB32 in memory: 0xffRRGGBB words, so B, G, R, 255 on little-endian machines
RGB32_LAYOUT = "bgrx" if sys.byteorder == "little" else "xrgb"


def to_rgb32(pixels: np.ndarray) -> np.ndarray:
    """(h, w, 3) RGB (float in [0, 1], uint8 or uint16) → (h, w, 4) uint8 in
    QImage.Format_RGB32's byte order (:data:`RGB32_LAYOUT`)."""
    if pixels.dtype == np.uint8:
        rgb = pixels
    elif pixels.dtype == np.uint16:
        rgb = (pixels >> 8).astype(np.uint8)
    else:
        rgb = np.clip(pixels * 255.0 + 0.5, 0, 255).astype(np.uint8)
    out = np.empty((*pixels.shape[:2], 4), np.uint8)
    for k, name in enumerate(RGB32_LAYOUT):
        out[..., k] = 255 if name == "x" else rgb[..., "rgb".index(name)]
    return out


@dataclass(frozen=True)
class CoarseShown:
    """The coarse stage of a new image ended: its cache, the plan the engine made, and
    the coarse result to show."""

    state: State
    difficulty: np.ndarray  # (rows, cols)
    plan: PatchPlan
    coarse: np.ndarray  # (4H, 4W, 4) uint8, RGB32


@dataclass(frozen=True)
class GroupPainted:
    group: int
    patches: np.ndarray  # (rows, cols) bool: the patches this group just sampled
    start: int
    budget: int
    boxes: np.ndarray  # (k, 4) output-pixel boxes (top, left, bottom, right)
    tiles: list[np.ndarray]  # (bh, bw, 4) uint8 each, RGB32


@dataclass(frozen=True)
class RegionPainted:
    """Pixels of a tiled job: RGB32 ``tiles`` at output-pixel ``boxes``."""

    boxes: np.ndarray  # (k, 4) top, left, bottom, right
    tiles: list[np.ndarray]


@dataclass(frozen=True)
class Finished:
    result: Result
    seconds: float  # the whole job, wall time
    rgb32: np.ndarray | None  # a tiled job's whole result, to replace the canvas


Frame = CoarseProgress | CoarseShown | StepTimed | Progress | GroupPainted | RegionPainted


def frames(events: Generator[PipelineEvent, None, Result], tiled: bool, new: bool
           ) -> Generator[Frame, None, Finished]:
    """The display frames of a job's events; ``tiled``: a photo kept in tiles (no cache,
    no heatmap: pixels only); ``new``: the coarse stage is new (else nothing shows it)."""
    started = time.perf_counter()
    last = [0.0]

    def convert(event: PipelineEvent) -> Frame | None:
        if isinstance(event, Progress):
            now = time.perf_counter()
            if now - last[0] < STEP_INTERVAL and \
                    event.patch_steps_done < event.patch_steps_total:
                return None
            last[0] = now
            return event
        if isinstance(event, TileEvent):
            return _region(event.event, event.origin, event.core)
        if isinstance(event, CoarseReady | GroupDone) and tiled:
            return _region(event, (0, 0), (0, 0, 1 << 30, 1 << 30))
        if isinstance(event, CoarseReady):
            if not new:
                return None
            return CoarseShown(event.state, event.difficulty, event.plan,
                               event.coarse_u8(RGB32_LAYOUT))
        if isinstance(event, GroupDone):
            return GroupPainted(event.group, event.patches, event.start, event.budget,
                                event.boxes, [to_rgb32(t) for t in event.pixels])
        return event

    converted: Generator[Frame, None, Result] = relay(events, convert)
    result = yield from converted
    rgb32 = to_rgb32(result.picture.pixels) if result.tiled or tiled else None
    return Finished(result, time.perf_counter() - started, rgb32)


def _region(event: CoarseReady | GroupDone, origin: tuple[int, int],
            core: tuple[int, int, int, int]) -> RegionPainted:
    """A tile's coarse result or group as RGB32 boxes in image coordinates, cut to the
    tile's ``core`` (beyond it the next tile paints, and the final blend decides)."""
    oy, ox = origin
    if isinstance(event, CoarseReady):
        coarse = event.coarse_u8()
        boxes, pixels = np.array([[0, 0, *coarse.shape[:2]]]), [coarse]
    else:
        boxes, pixels = event.boxes, event.pixels
    out_boxes, out_tiles = [], []
    for (t, l, b, r), px in zip(boxes.tolist(), pixels, strict=True):
        t, l, b, r = t + oy, l + ox, b + oy, r + ox
        ct, cl, cb, cr = max(t, core[0]), max(l, core[1]), min(b, core[2]), min(r, core[3])
        if ct < cb and cl < cr:
            out_boxes.append((ct, cl, cb, cr))
            out_tiles.append(to_rgb32(px[ct - t : cb - t, cl - l : cr - l]))
    return RegionPainted(np.array(out_boxes, dtype=np.int64).reshape(-1, 4), out_tiles)
