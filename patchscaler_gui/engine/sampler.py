"""The sampler: ONE generator that runs the whole pipeline and streams plain events.

``upscale(model, image, plan, settings)`` yields :class:`CoarseProgress` after each GRM
tile, :class:`CoarseReady` (with the :class:`PatchPlan` it runs), then :class:`Progress`
after every denoiser call and :class:`GroupDone` when a group's patches are merged, and
returns a :class:`Summary`. The plan is a :class:`GroupPlan` (the thresholds place the
patches once the coarse stage has measured their difficulty) or, to re-sample an image
whose coarse stage is cached, the :class:`PatchPlan` the app made for it. Every yielded
array or tensor is a fresh CPU copy (but ``CoarseReady.state``, the run's cache), every
yield is a cancellation point, and closing the generator frees everything it holds.

Groups run simple → medium → hard, so the cheapest improvement shows first. Each patch
draws its noise from its own seed (run seed, patch row and column, step), so a patch's result does
not depend on batching, on the device or on which other patches are sampled: re-sampling
a subset with the same settings reproduces the same pixels.

Painting every ``GroupDone`` (in order) over ``CoarseReady.coarse`` gives exactly
``Summary.image``: each event carries the merged pixels of every window it changed.

The window batch and the GRM tile come from the memory free on the model's device
(:mod:`memory`) unless ``Settings`` fixes them; a batch or tile that runs out of memory is
halved and retried, finished batches kept. On GPUs the networks run under autocast
(:func:`device.autocast`); the state, noise and merging stay float32.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec, memory
from patchscaler_gui.engine.device import autocast, synchronize
from patchscaler_gui.engine.drive import drive, relay
from patchscaler_gui.engine.grm import tiled
from patchscaler_gui.engine.grouping import (
    GROUP_NAMES,
    Cost,
    GroupPlan,
    PatchPlan,
    patch_difficulty,
    plan_patches,
)
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.engine.patches import Grid, Mosaic, split
from patchscaler_gui.engine.schedule import respace

MAX_SEED = 2**31 - 1  # seeds run 0..MAX_SEED in the app and the CLI alike


@dataclass(frozen=True)
class Settings:
    """How one run goes (what each patch gets is the plan, an argument of its own)."""

    coarse_only: bool = False
    texture: bool = True
    cleanup: bool = False  # coarse stage by the model's GRM for noisy / JPEG photos
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


@dataclass(frozen=True)
class CoarseReady:
    latent: torch.Tensor  # (48, H, W) y0 cut to the image, on the CPU: read-only (on a CPU
    # run a view of the state's y0, which nothing writes; the copy costs 10-30 ms at 512²)
    confidence: np.ndarray  # (H, W) float32, one value per latent pixel
    difficulty: np.ndarray  # (rows, cols) float32
    plan: PatchPlan  # what this run samples: each patch's group, each group's path
    boxes: np.ndarray  # (rows*cols, 4) output-pixel core boxes (top, left, bottom, right)
    state: State  # the run's cache, for re-sampling this image later (not a copy)

    @property
    def groups(self) -> np.ndarray:
        return self.plan.groups

    @property
    def cost(self) -> Cost:
        return self.plan.cost()

    @cached_property
    def coarse(self) -> np.ndarray:
        """(4H, 4W, 3) float32 in [0, 1]: the coarse result (decoded on first use)."""
        return codec.decode_hwc(self.latent).numpy()

    def coarse_u8(self, layout: str = "rgb") -> np.ndarray:
        """(4H, 4W, len(layout)) uint8: the coarse result for display, decoded straight to
        8 bits in the channel order of ``layout`` (see :func:`codec.decode_hwc`)."""
        return codec.decode_hwc(self.latent, torch.uint8, layout).numpy()


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
    pixels: list[np.ndarray]  # one (bh, bw, 3) float32 array per box


@dataclass(frozen=True)
class Summary:
    image: np.ndarray  # (4H, 4W, 3) float32 in [0, 1]
    timings: dict[str, float]
    counts: dict[str, int]


Event = CoarseProgress | CoarseReady | StepTimed | Progress | GroupDone


@dataclass
class State:
    """What a run leaves behind for the next one on the same image (the GUI's cache)."""

    size: tuple[int, int]
    y0: torch.Tensor
    confidence: torch.Tensor
    grid: Grid
    mosaic: Mosaic
    windows: dict[int, torch.Tensor] = field(default_factory=dict)

    def image(self) -> np.ndarray:
        return _pixels(self, (0, 0, self.size[0] * SCALE, self.size[1] * SCALE))


def _pixels(state: State, box: tuple[int, int, int, int]) -> np.ndarray:
    """Merged output pixels (float32, clamped) of an output-pixel box, cropped to the image."""
    t, l, b, r = box
    b, r = min(b, state.size[0] * SCALE), min(r, state.size[1] * SCALE)
    lat = state.mosaic.latent((t // SCALE, l // SCALE, -(-b // SCALE), -(-r // SCALE)))
    rgb = codec.decode_hwc(lat[0].cpu())[: b - t, : r - l]
    return np.ascontiguousarray(rgb.numpy())


def _window_pixels(state: State, boxes: np.ndarray) -> list[np.ndarray]:
    """``_pixels`` of every box, decoded one band of boxes sharing a top edge at a time.

    The merge and decode are elementwise, so a crop of a band equals the box decoded alone.
    """
    out: list[np.ndarray] = [np.empty(0)] * len(boxes)
    for top in np.unique(boxes[:, 0]).tolist():
        rows = np.flatnonzero(boxes[:, 0] == top)
        left, right = int(boxes[rows, 1].min()), int(boxes[rows, 3].max())
        band = _pixels(state, (top, left, int(boxes[rows, 2].max()), right))
        for k in rows.tolist():
            t, l, b, r = boxes[k].tolist()
            out[k] = band[: b - t, l - left : r - left].copy()
    return out


def coarse_stage(model: PatchScaler, image: np.ndarray, tile: int | None = None,
                 cleanup: bool = False, fit: memory.Fit | None = None) -> State:
    """:func:`coarse_events` driven to its end."""
    return drive(coarse_events(model, image, tile, cleanup, fit))


def coarse_events(model: PatchScaler, image: np.ndarray, tile: int | None = None,
                  cleanup: bool = False, fit: memory.Fit | None = None
                  ) -> Generator[CoarseProgress, None, State]:
    """Run the GRM (``cleanup``: the one for degraded photos) on an (H, W, 3) float image,
    yielding after each GRM tile; the result is padded to whole patches. Out of memory,
    the tile side is halved and the GRM starts over (``fit``: the run's sizes; ``tile``
    fixes the first side)."""
    grm = model.coarse_net(cleanup)
    fit = fit or memory.plan(model, grm_tile=tile)
    h, w = image.shape[:2]
    p = model.config.patch
    lr = torch.from_numpy(np.ascontiguousarray(image)).permute(2, 0, 1)[None].to(fit.device)
    lr = F.pad(lr, (0, -w % p, 0, -h % p), mode="replicate").float()
    while True:
        try:
            with torch.inference_mode(), autocast(fit.device):
                tiles = tiled(grm, lr, tile=fit.grm_tile)
                y0, conf = yield from relay(tiles, lambda done: CoarseProgress(*done))
            break
        except Exception as exc:
            if not memory.is_out_of_memory(exc):
                raise
            fit.shrink_grm_tile(exc)
        memory.release(fit.device)
    fit.succeeded()
    grid = Grid(y0.shape[2], y0.shape[3], p, model.config.halo)
    return State((h, w), y0, conf, grid, Mosaic(y0, grid))


def _noise(shape: tuple[int, ...], settings: Settings, grid: Grid, indices: np.ndarray,
           step: int, gen: torch.Generator) -> torch.Tensor:
    """Noise of each patch from its own seed: (run seed, global row, global column, step)."""
    out = torch.empty((len(indices), *shape))
    rows, cols = np.divmod(indices, grid.cols)
    r0, c0 = settings.patch_origin
    for k, (r, c) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        key = ((settings.seed * 1_000_003 + r + r0) * 1_000_033 + c + c0) * 131 + step
        gen.manual_seed(key % (1 << 63))
        torch.randn(shape, generator=gen, out=out[k])
    return out


def _restore_coarse(state: State, indices: np.ndarray) -> np.ndarray:
    """Put the coarse y0 back into those of ``indices`` that an earlier run sampled (and
    forget their windows); returns them. The others already show y0: untouched."""
    back = np.array([i for i in indices.tolist() if i in state.windows], dtype=np.int64)
    if len(back):
        old = torch.stack([state.windows.pop(i) for i in back.tolist()])
        state.mosaic.replace(back, old, split(state.y0, state.grid, back))
    return back


def _sample_batch(model: PatchScaler, state: State, settings: Settings, g: int,
                  batch: np.ndarray, ts: list[int], done: int, total: int,
                  gen: torch.Generator
                  ) -> Generator[Progress, None, tuple[torch.Tensor, torch.Tensor]]:
    """The windows ``batch`` sampled along the timesteps ``ts``, yielding Progress;
    returns them and their coarse y0."""
    sched, grid, device = model.schedule, state.grid, state.y0.device
    y0 = split(state.y0, grid, batch)
    with torch.inference_mode():
        with autocast(device):
            prompt = model.prompt(y0) if settings.texture else None
        noise = _noise(y0.shape[1:], settings, grid, batch, 0, gen).to(device)
        x = sched.shortcut_start(y0, ts[0], noise)
        for k, t in enumerate(ts):
            memory.checkpoint("denoiser", len(batch))
            with autocast(device):
                x0 = model.predict_x0(x, y0, t, prompt).float()
            s = ts[k + 1] if k + 1 < len(ts) else 0
            a, b, var = sched.posterior(t, s)
            x = a * x + b * x0
            if var > 0:
                x = x + var**0.5 * _noise(y0.shape[1:], settings, grid, batch, k + 1,
                                           gen).to(device)
            done += len(batch)
            yield Progress(g, k + 1, len(ts), done, total)
    return x, y0


def _sample_group(model: PatchScaler, state: State, settings: Settings, fit: memory.Fit,
                  g: int, idx: np.ndarray, ts: list[int], done: int, total: int,
                  gen: torch.Generator) -> Generator[Progress, None, int]:
    """Sample the windows ``idx`` of group ``g`` into the mosaic, ``fit.batch`` at a time,
    yielding Progress; returns the patch-steps done so far. A batch that runs out of memory
    is retried at half the size (the batches before it stay merged)."""
    start = 0
    while start < len(idx):
        batch = idx[start : start + fit.batch]
        result = None
        try:
            result = yield from _sample_batch(model, state, settings, g, batch, ts, done,
                                              total, gen)
        except Exception as exc:
            if not memory.is_out_of_memory(exc):
                raise
            fit.shrink_batch(exc)
        if result is None:  # out of the except block, so the failed batch's tensors can go
            memory.release(fit.device)
            continue
        fit.succeeded()
        x, y0 = result
        done += len(batch) * len(ts)
        start += len(batch)
        old = torch.stack([state.windows.get(i, y0[j]) for j, i in enumerate(batch.tolist())])
        state.mosaic.replace(batch, old, x)
        if settings.keep_windows:
            state.windows.update(zip(batch.tolist(), x.unbind(0), strict=True))
    return done


def upscale(
    model: PatchScaler,
    image: np.ndarray,
    plan: GroupPlan | PatchPlan | None = None,
    settings: Settings = Settings(),
    *,
    state: State | None = None,
    fit: memory.Fit | None = None,
) -> Generator[Event, None, Summary]:
    """Upscale an (H, W, 3) float32 RGB image in [0, 1] by ×4, streaming events.

    ``plan``: a :class:`GroupPlan` (None: the model's calibrated one), or the
    :class:`PatchPlan` of an image whose coarse stage ``state`` is cached; ``state`` reuses
    that coarse stage (and the windows sampled before) of an earlier run on the same image;
    ``fit`` carries the batch and tile sizes (and their out-of-memory halvings) across calls.
    """
    t_start = time.perf_counter()
    timings: dict[str, float] = {}
    fit = fit or memory.plan(model, settings.batch, settings.grm_tile)
    if state is None:
        state = yield from coarse_events(model, image, cleanup=settings.cleanup, fit=fit)
    timings["coarse"] = time.perf_counter() - t_start
    grid = state.grid
    difficulty = patch_difficulty(state.confidence, grid.patch)
    if not isinstance(plan, PatchPlan):
        plan = plan_patches(difficulty, plan or model.config.plan)
    if settings.coarse_only:
        plan = plan.only(np.zeros_like(plan.select))
    h, w = state.size
    yield CoarseReady(state.y0[0, :, :h, :w].cpu(),
                      state.confidence[0, 0, :h, :w].float().cpu().numpy(), difficulty,
                      plan, grid.core_boxes(np.arange(grid.rows * grid.cols), SCALE), state)
    total = plan.cost().patch_steps
    if settings.time_steps and total:
        seconds = _time_step(model, state, settings, fit)
        if seconds is not None:
            yield StepTimed(seconds)
    done = 0
    gen = torch.Generator()
    for g in range(3):
        idx = plan.members(g)
        if len(idx) == 0:
            continue
        t_group = time.perf_counter()
        start, budget = plan.rule.starts[g], plan.rule.budgets[g]
        if budget == 0:  # the coarse result stands: only undo earlier samples
            changed = _restore_coarse(state, idx)
        else:
            changed = idx
            done = yield from _sample_group(model, state, settings, fit, g, idx,
                                            respace(start, budget), done, total, gen)
        timings[GROUP_NAMES[g]] = time.perf_counter() - t_group
        boxes = grid.window_boxes(changed, SCALE)
        yield GroupDone(g, plan.patches(g), start, budget, boxes, _window_pixels(state, boxes))
    t_end = time.perf_counter()
    image_out = state.image()
    timings["merge"] = time.perf_counter() - t_end
    timings["total"] = time.perf_counter() - t_start
    counts = {"patches": grid.rows * grid.cols, "patch_steps": total,
              **{f"patches_{n}": len(plan.members(g)) for g, n in enumerate(GROUP_NAMES)}}
    return Summary(image_out, timings, counts)


def _time_step(model: PatchScaler, state: State, settings: Settings, fit: memory.Fit
               ) -> float | None:
    """Seconds per patch-step: two denoiser calls on one batch, the second timed (None
    when there is no memory to spare for it)."""
    n = min(fit.batch, state.grid.rows * state.grid.cols)
    y0 = split(state.y0, state.grid, np.arange(n))
    t = model.schedule.T
    try:
        with torch.inference_mode(), autocast(y0.device):
            prompt = model.prompt(y0) if settings.texture else None
            model.predict_x0(y0, y0, t, prompt)
            synchronize(y0.device)
            begin = time.perf_counter()
            model.predict_x0(y0, y0, t, prompt)
            synchronize(y0.device)
    except Exception as exc:
        if not memory.is_out_of_memory(exc):
            raise
        memory.release(fit.device)
        return None
    return (time.perf_counter() - begin) / n
