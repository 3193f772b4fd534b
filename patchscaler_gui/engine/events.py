"""What a run takes and streams: its settings, its events, and what it returns.

Data only: :mod:`sampler` makes these, :mod:`tiling` re-places them for a picture run in
tiles, and the CLI, the bench and the app read them. Pixels in events are 8-bit RGB,
``(h, w, 3)`` uint8, what a PNG of the result holds; the returned :class:`Summary` and
:class:`Result` keep the full precision.

A picture run in tiles yields the same events as a whole one, plus a
:class:`TileStarted` before each tile: the ``coarse`` of ``FirstLook`` and
``CoarseReady`` and ``GroupDone``'s pixels are then placed in the picture's output pixels
and cut to the part that tile owns (beyond it the next tile paints, and the final blend
decides), while the per-patch fields
(``difficulty``, ``plan``, ``boxes`` of ``CoarseReady``, ``patches`` of ``GroupDone``,
``state``) are the tile's own. ``Progress`` counts patch-steps over the whole picture.

The pixels of ``FirstLook``, ``CoarseReady`` and ``GroupDone`` are made on first use, on the
thread that asks first (:class:`Shown`): a run whose events nobody paints (the CLI, the
bench) does not pay for them, and the app's worker asks before it passes an event on, so
that the main thread never decodes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
import torch

from patchscaler_gui.engine import codec, lowband
from patchscaler_gui.engine.deblock import JpegSource
from patchscaler_gui.engine.grouping import Cost, PatchPlan
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.sharpen import Sharpening, sharpen_latent

if TYPE_CHECKING:
    from patchscaler_gui.engine.sampler import State


@dataclass(frozen=True)
class Settings:
    """How one run goes (what each patch gets is the plan, an argument of its own)."""

    coarse_only: bool = False
    texture: bool = True
    cleanup: bool = False  # coarse stage by the model's GRM for noisy / JPEG photos
    jpeg: JpegSource | None = None  # the JPEG file of the input (deblocked first)
    sharpen: Sharpening = Sharpening()  # the edge contrast of the output (:mod:`.sharpen`)
    lowband: bool = False  # the output's change from y0 kept above the ×4 downscale's band
    seed: int = 0
    batch: int | None = None  # patches per denoiser call; None: from the memory free
    grm_tile: int | None = None  # LR px per GRM tile; None: from the memory free
    keep_windows: bool = True  # needed to re-sample patches of this run later (GUI)
    patch_origin: tuple[int, int] = (0, 0)  # (row, col) of this image's first patch in a tiling
    time_steps: bool = False  # time the denoiser after the coarse stage (a StepTimed event)


@dataclass(frozen=True)
class CoarseProgress:
    done: int  # GRM tiles done
    total: int


def finish_reach(sharpen: Sharpening, lowband_kept: bool) -> int:
    """Latent px around a pixel that its finishing where decoded reads: the sharpening's,
    plus the low band's (:mod:`.lowband`) where the coarse result's low band is kept."""
    return sharpen.reach + (lowband.REACH if lowband_kept else 0)


@dataclass(frozen=True)
class Shown:
    """Part of a latent as the output shows it, made on first use: ``source`` (48, H, W),
    which nothing writes any more (a view of the run's y0, or a merged copy), sharpened by
    ``sharpen`` (:mod:`.sharpen`), its change from ``coarse`` (y0 over the same area, or
    None) kept above the ×4 downscale's band (:mod:`.lowband`), both reading the source
    around the part, cut to ``box`` (latent px: top, left, bottom, right) and decoded to
    8-bit RGB."""

    source: torch.Tensor
    sharpen: Sharpening
    box: tuple[int, int, int, int]
    coarse: torch.Tensor | None = None

    @property
    def reach(self) -> int:
        """Latent px of the source a pixel of the box reads around it."""
        return finish_reach(self.sharpen, self.coarse is not None)

    @cached_property
    def latent(self) -> torch.Tensor:
        """(48, h, w) of the box as shown, on the CPU (read-only: may be a view)."""
        t, l, b, r = self.box
        m = self.reach
        if not m:
            return self.source[:, t:b, l:r].cpu()
        t0, l0 = max(t - m, 0), max(l - m, 0)
        rows, cols = slice(t0, b + m), slice(l0, r + m)
        part = sharpen_latent(self.source[None, :, rows, cols], self.sharpen)
        if self.coarse is not None:
            part = lowband.consistent(part, self.coarse[None, :, rows, cols])
        return part[0, :, t - t0 : b - t0, l - l0 : r - l0].cpu()

    @cached_property
    def pixels(self) -> np.ndarray:
        """(4h, 4w, 3) uint8 RGB, decoded straight to 8 bits."""
        return codec.decode_hwc(self.latent, torch.uint8).numpy()

    def cut(self, rows: slice, cols: slice) -> Shown:
        """The part of this box that ``rows`` and ``cols`` (latent px within it) select."""
        t, l, _, _ = self.box
        return replace(self, box=(t + rows.start, l + cols.start, t + rows.stop, l + cols.stop))


class _Coarse:
    """``latent`` and ``coarse``: the event's :class:`Shown` coarse result."""

    shown: Shown

    @property
    def latent(self) -> torch.Tensor:
        """(48, H, W) on the CPU, cut to the image (or the tile's part), as shown."""
        return self.shown.latent

    @property
    def coarse(self) -> np.ndarray:
        """(4H, 4W, 3) uint8 RGB."""
        return self.shown.pixels


@dataclass(frozen=True)
class FirstLook(_Coarse):
    """A first look at the coarse result before the coarse stage ends, shown about as it
    would be (sharpened where the run sharpens, without the low band): with clean-up
    through the gate, the clean-up GRM's y0, while the plain GRM and the gate still run.
    :class:`CoarseReady` follows and replaces it."""

    shown: Shown
    origin: tuple[int, int] = (0, 0)  # output-pixel (top, left) of ``coarse`` in the picture


@dataclass(frozen=True)
class CoarseReady(_Coarse):
    shown: Shown  # y0 (a view of the state's, which nothing writes), cut to the image
    confidence: np.ndarray  # (H, W) float32, one value per latent pixel
    difficulty: np.ndarray  # (rows, cols) float32
    plan: PatchPlan  # what this run samples: each patch's group, each group's path
    boxes: np.ndarray  # (rows*cols, 4) output-pixel core boxes (top, left, bottom, right)
    state: State  # the run's cache, for re-sampling this image later (not a copy)
    origin: tuple[int, int] = (0, 0)  # output-pixel (top, left) of ``coarse`` in the picture

    @property
    def groups(self) -> np.ndarray:
        return self.plan.groups

    @property
    def cost(self) -> Cost:
        return self.plan.cost()


@dataclass(frozen=True)
class Progress:
    group: int
    step: int
    steps: int
    patch_steps_done: int
    patch_steps_total: int


@dataclass(frozen=True)
class StepTimed:
    seconds: float  # per patch-step, measured on one batch (``Settings.time_steps``)


@dataclass(frozen=True)
class GroupDone:
    group: int
    patches: np.ndarray  # (rows, cols) bool: the patches this group just sampled
    start: int  # their start step and budget
    budget: int
    boxes: np.ndarray  # (k, 4) output-pixel boxes of the merged regions that changed
    bands: tuple[Shown, ...]  # the merged result over rows of boxes
    where: np.ndarray  # (k, 5): each box's band and its (top, left, bottom, right) in that
    # band's pixels (smaller than the box where the box passes the image's edge)

    @cached_property
    def pixels(self) -> list[np.ndarray]:
        """One (bh, bw, 3) uint8 RGB array per box."""
        return [self.bands[i].pixels[t:b, l:r].copy() for i, t, l, b, r in self.where.tolist()]


@dataclass(frozen=True)
class TileStarted:
    """A picture run in tiles starts its tile ``index`` (of ``count``)."""

    index: int
    count: int


Event = (CoarseProgress | FirstLook | CoarseReady | StepTimed | Progress | GroupDone
         | TileStarted)


@dataclass(frozen=True)
class Summary:
    image: np.ndarray  # (4H, 4W, 3) float32 in [0, 1] (uint8/uint16 after a tiled run)
    timings: dict[str, float]
    counts: dict[str, int]


@dataclass(frozen=True)
class Result:
    """What a picture's run returns, tiled or not."""

    picture: Picture  # the output: float pixels, or uint8/uint16 after a tiled run
    summary: Summary
    tiled: bool  # whether it ran in tiles (then no event painted the whole image)
