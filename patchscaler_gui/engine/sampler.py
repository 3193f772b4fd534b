"""The sampler: the generator that upscales an image, and the one entry point for a picture.

``upscale(model, image, plan, settings)`` yields :class:`CoarseProgress` after each GRM
tile (and, with clean-up through the gate, a :class:`FirstLook` once the clean-up GRM
has run), :class:`CoarseReady` (with the :class:`PatchPlan` it runs), then :class:`Progress`
after every denoiser call and :class:`GroupDone` when a group's patches are merged, and
returns a :class:`Summary` (the events are in :mod:`events`). The plan is a
:class:`GroupPlan` (the thresholds place the patches once the coarse stage has measured
their difficulty) or, to re-sample an image whose coarse stage is cached, the
:class:`PatchPlan` the app made for it. Every yielded array or tensor is a fresh CPU copy
(but ``CoarseReady.state``, the run's cache), every yield is a cancellation point, and
closing the generator frees everything it holds.

Groups run simple → medium → hard, so the cheapest improvement shows first. The noise is
one field over the picture, drawn piece by piece (the bands where windows overlap, the
patches' interiors) from seeds of the run seed, the piece's place and the step, and each
window reads its crop of it: a patch's result
does not depend on batching, on the device or on which other patches are sampled
(re-sampling a subset with the same settings reproduces the same pixels), and neighbouring
windows start from the same noise where they overlap, so the texture they make there agrees
instead of being averaged away across the patch borders.

The diffusion adds luminance only: a sampled window keeps the coarse stage's colour (its
change is projected onto BT.601 luma, :func:`codec.luma_only`). Everything the denoiser
changed in Cb and Cr was error, the coloured speckles of many steps (model card). The
change stays within a trust region: no latent value moves further from y0 than the coarse
stage's expected absolute error there (``State.error``, the GRM's Laplace scale), which
takes out the grey speckles many steps leave where the chain's noise survives. And the
denoiser's token grid moves by one latent pixel from step to step
(:func:`model.token_offset`), so that its 8-px token borders do not pile up into a mosaic.

Painting every ``GroupDone`` (in order) over ``CoarseReady.coarse`` gives exactly
``Summary.image`` in 8 bits: each event carries the merged pixels of every window it
changed (merged when the group ends, decoded on first use: :class:`events.Shown`). With
a sharpening (``Settings.sharpen``: each look's own) a run has its pixels sharpened where they
are decoded (:mod:`sharpen`: the preview, each group's pixels, the final image); with
``Settings.lowband`` (a look's choice) the output's change from y0 then keeps only what a ×4
downscale cannot see (:mod:`lowband`). A group's boxes reach :attr:`State.reach` latent px
past its windows.

:func:`upscale_picture` is the one entry point for a whole picture (the CLI, the bench and
the app's worker): it checks the limits (:mod:`limits`), runs the alpha channel through
the coarse stage on its own (its edges upscaled rather than stretched), and, when the
sampler's working set would exceed ``Limits.memory`` or the device, runs the picture in
overlapping tiles (:func:`tiling.upscale_tiles`). A run that re-samples (a cached
``state`` and its :class:`PatchPlan`, the app) is never tiled. Tiled or not, it returns
one :class:`Result`. When even one patch per denoiser call runs out of memory
(:mod:`memory`), the picture starts again in tiles of half the area, until no smaller tile
exists: then ``NotEnoughMemory``.

The window batch and the GRM tile come from the memory free on the model's device
(:mod:`memory`) unless ``Settings`` fixes them; a batch or tile that runs out of memory is
halved and retried, finished batches kept. Where the device computes faster in a half
precision (:func:`device.precision`: GPUs, CPUs with native bfloat16) the networks run under
autocast (:func:`device.autocast`); the state, noise and merging stay float32.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass, field, replace

import numpy as np
import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec, memory, tiling
from patchscaler_gui.engine.deblock import JpegSource
from patchscaler_gui.engine.device import autocast, synchronize
from patchscaler_gui.engine.drive import drive, relay
from patchscaler_gui.engine.errors import ModelError
from patchscaler_gui.engine.events import (
    CoarseProgress,
    CoarseReady,
    Event,
    FirstLook,
    GroupDone,
    Progress,
    Result,
    Settings,
    Shown,
    StepTimed,
    Summary,
    finish_reach,
)
from patchscaler_gui.engine.grm import TileStep, tiled
from patchscaler_gui.engine.grouping import (
    GROUP_NAMES,
    GroupPlan,
    PatchPlan,
    patch_difficulty,
    plan_patches,
)
from patchscaler_gui.engine.imageio import Picture, all_finite
from patchscaler_gui.engine.limits import Limits, check_limits, plan_tiles, tile_pixels
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.engine.patches import Grid, Mosaic, split
from patchscaler_gui.engine.schedule import respace
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text


@dataclass
class State:
    """What a run leaves behind for the next one on the same image (the GUI's cache)."""

    size: tuple[int, int]
    y0: torch.Tensor
    confidence: torch.Tensor
    grid: Grid
    mosaic: Mosaic
    error: torch.Tensor  # y0's expected absolute error per LR px, the sampler's trust region
    windows: dict[int, torch.Tensor] = field(default_factory=dict)
    sharpen: Sharpening = Sharpening()  # the edge contrast its pixels get where decoded
    lowband: bool = False  # their change from y0 kept above the ×4 downscale's band there

    def image(self) -> np.ndarray:
        """The merged result as shown (:func:`_shown`), decoded to float32 (clamped): the
        precision of the result."""
        whole = _shown(self, (0, 0, self.size[0] * SCALE, self.size[1] * SCALE))
        return np.ascontiguousarray(codec.decode_hwc(whole.latent).numpy())

    @property
    def reach(self) -> int:
        """Latent px beyond a changed window whose decoded pixels change with it."""
        return finish_reach(self.sharpen, self.lowband)

    @property
    def difficulty(self) -> np.ndarray:
        """Each patch's difficulty from the coarse confidence, (rows, cols): what a plan
        groups patches by (:func:`patch_difficulty`)."""
        return patch_difficulty(self.confidence, self.grid.patch)


def _shown(state: State, box: tuple[int, int, int, int]) -> Shown:
    """The merged result over an output-pixel box (on whole latent px), cut to the image,
    as shown: merged now (the next group changes the mosaic), sharpened and decoded on first
    use (reading ``state.reach`` latent px around the box)."""
    t, l, b, r = (v // SCALE for v in box)
    b, r = min(b, state.size[0]), min(r, state.size[1])
    memory.checkpoint("merge", (b - t) * (r - l))
    m, grid = state.reach, state.grid
    lt, ll = max(t - m, 0), max(l - m, 0)
    lb, lr = min(b + m, grid.h), min(r + m, grid.w)
    source = state.mosaic.latent((lt, ll, lb, lr))[0]
    coarse = state.y0[0, :, lt:lb, ll:lr] if state.lowband else None
    return Shown(source, state.sharpen, (t - lt, l - ll, b - lt, r - ll), coarse)


def _window_bands(state: State, boxes: np.ndarray) -> tuple[tuple[Shown, ...], np.ndarray]:
    """:func:`_shown` of each band of boxes sharing a top edge, and where each box lies in
    its band's pixels (``GroupDone.where``)."""
    bands: list[Shown] = []
    where = np.zeros((len(boxes), 5), np.int64)
    height, width = state.size[0] * SCALE, state.size[1] * SCALE
    for top in np.unique(boxes[:, 0]).tolist():
        rows = np.flatnonzero(boxes[:, 0] == top)
        left, right = int(boxes[rows, 1].min()), int(boxes[rows, 3].max())
        for k in rows.tolist():
            _, l, b, r = boxes[k].tolist()
            where[k] = (len(bands), 0, l - left, min(b, height) - top, min(r, width) - left)
        bands.append(_shown(state, (top, left, int(boxes[rows, 2].max()), right)))
    return tuple(bands), where


def coarse_stage(model: PatchScaler, image: np.ndarray, tile: int | None = None,
                 cleanup: bool = False, fit: memory.Fit | None = None,
                 jpeg: JpegSource | None = None, sharpen: Sharpening = Sharpening(),
                 lowband: bool = False) -> State:
    """:func:`coarse_events` driven to its end."""
    return drive(coarse_events(model, image, tile, cleanup, fit, jpeg, sharpen, lowband))


def coarse_events(model: PatchScaler, image: np.ndarray, tile: int | None = None,
                  cleanup: bool = False, fit: memory.Fit | None = None,
                  jpeg: JpegSource | None = None, sharpen: Sharpening = Sharpening(),
                  lowband: bool = False
                  ) -> Generator[CoarseProgress | FirstLook, None, State]:
    """Run the GRM (``cleanup``: the one for degraded photos) on an (H, W, 3) float image,
    yielding after each GRM tile, and a preview where the coarse net has a first look
    (:class:`grm.TileStep`); the result is padded to whole patches. Out of memory, the
    tile side is halved and the GRM starts over (``fit``: the run's sizes; ``tile`` fixes
    the first side). ``jpeg``: the JPEG file the image was decoded from, or None;
    ``sharpen`` and ``lowband``: how the run's pixels are finished where decoded
    (:class:`events.Shown`)."""
    grm = model.coarse_net(cleanup, jpeg)
    fit = fit or memory.plan(model, grm_tile=tile)
    h, w = image.shape[:2]
    p = model.config.patch
    lr = torch.from_numpy(np.ascontiguousarray(image)).permute(2, 0, 1)[None].to(fit.device)
    lr = F.pad(lr, (0, -w % p, 0, -h % p), mode="replicate").float()

    def event(step: TileStep) -> CoarseProgress | FirstLook:
        if step.first_look is None:
            return CoarseProgress(step.done, step.total)
        # sharpened, without the low band: a provisional y0, replaced within a second, and
        # the filter's time would delay the coarse result it stands in for
        return FirstLook(Shown(step.first_look[0], sharpen, (0, 0, h, w)))

    while True:
        try:
            with torch.inference_mode(), autocast(fit.device):
                steps: Generator[CoarseProgress | FirstLook, None, tuple[torch.Tensor, ...]] \
                    = relay(tiled(grm, lr, tile=fit.grm_tile), event)
                y0, conf = yield from steps
            break
        except Exception as exc:
            if not memory.is_out_of_memory(exc):
                raise
            fit.shrink_grm_tile(exc)
        memory.release(fit.device)
    fit.succeeded()
    grid = Grid(y0.shape[2], y0.shape[3], p, model.config.halo)
    return State((h, w), y0, conf, grid, Mosaic(y0, grid), grm.expected_error(conf),
                 sharpen=sharpen, lowband=lowband)


def _noise(shape: tuple[int, ...], settings: Settings, grid: Grid, indices: np.ndarray,
           step: int, gen: torch.Generator) -> torch.Tensor:
    """The noise of the windows of patches ``indices`` at chain step ``step``: crops of one
    noise field over the picture. Along each axis the field is cut into the bands across the
    patch grid's lines (2 × halo wide, where neighbouring windows overlap) and the patch
    cells' interiors between them; each piece is drawn from its own seed (run seed, its
    global place, step), and a window is the 3 × 3 pieces it covers. So neighbouring windows
    read the same noise where they overlap, a window's noise depends only on its place, and
    no more noise is drawn than the windows hold."""
    channels, p, halo = shape[0], grid.patch, grid.halo
    if 2 * halo > p:
        raise ValueError("the windows' overlaps are wider than the patches")
    sizes = (2 * halo, p - 2 * halo)  # a band across a grid line, a cell's interior
    r0, c0 = settings.patch_origin
    pieces: dict[tuple[int, int], torch.Tensor] = {}

    def piece(y: int, x: int) -> torch.Tensor:
        """The piece at (y, x): 2 × (a global line or cell index) + 0 for a band, 1 for an
        interior, along each axis."""
        if (y, x) not in pieces:
            key = ((settings.seed * 1_000_003 + y) * 1_000_033 + x) * 131 + step
            gen.manual_seed(key % (1 << 63))
            pieces[y, x] = torch.randn((channels, sizes[y % 2], sizes[x % 2]), generator=gen)
        return pieces[y, x]

    out = torch.empty((len(indices), *shape))
    edges = (0, sizes[0], p, p + sizes[0])  # the three pieces' spans in a window
    rows, cols = np.divmod(indices, grid.cols)
    ys = (2 * (rows + r0))[:, None] + np.arange(3)  # each window's three pieces down
    xs = (2 * (cols + c0))[:, None] + np.arange(3)  # and across
    for i, j in np.ndindex(3, 3):  # one slot of every window at a time
        out[:, :, edges[i]:edges[i + 1], edges[j]:edges[j + 1]] = torch.stack(
            [piece(y, x) for y, x in zip(ys[:, i].tolist(), xs[:, j].tolist(), strict=True)])
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
                x0 = model.predict_x0(x, y0, t, prompt, k).float()
            s = ts[k + 1] if k + 1 < len(ts) else 0
            a, b, var = sched.posterior(t, s)
            x = a * x + b * x0
            if var > 0:
                x = x + var**0.5 * _noise(y0.shape[1:], settings, grid, batch, k + 1,
                                           gen).to(device)
            done += len(batch)
            yield Progress(g, k + 1, len(ts), done, total)
        bound = split(state.error, grid, batch)
        change = codec.luma_only(x - y0)
    return y0 + change.clamp(-bound, bound), y0


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
    that coarse stage (and the windows sampled before) of an earlier run on the same image,
    shown with this run's sharpening; ``fit`` carries the batch and tile sizes (and their
    out-of-memory halvings) across calls.
    """
    t_start = time.perf_counter()
    timings: dict[str, float] = {}
    fit = fit or memory.plan(model, settings.batch, settings.grm_tile)
    if state is None:
        state = yield from coarse_events(model, image, cleanup=settings.cleanup, fit=fit,
                                         jpeg=settings.jpeg, sharpen=settings.sharpen,
                                         lowband=settings.lowband)
    elif (state.sharpen, state.lowband) != (settings.sharpen, settings.lowband):
        state = replace(state, sharpen=settings.sharpen, lowband=settings.lowband)  # as shown
    timings["coarse"] = time.perf_counter() - t_start
    grid = state.grid
    difficulty = state.difficulty
    if not isinstance(plan, PatchPlan):
        plan = plan_patches(difficulty, plan or model.config.plan)
    if settings.coarse_only:
        plan = plan.only(np.zeros_like(plan.select))
    h, w = state.size
    y0 = state.y0[0]
    yield CoarseReady(Shown(y0, state.sharpen, (0, 0, h, w), y0 if state.lowband else None),
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
        boxes = grid.window_boxes(changed, SCALE, state.reach)
        yield GroupDone(g, plan.patches(g), start, budget, boxes,
                        *_window_bands(state, boxes))
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


def upscale_alpha(model: PatchScaler, alpha: np.ndarray, fit: memory.Fit | None = None
                  ) -> np.ndarray:
    """(H, W) alpha in [0, 1] → (4H, 4W) through the GRM (as grey), clamped. Where the alpha
    is one value across the GRM's reach (a fully clear or opaque area, say), the output is
    exactly that value: the network's small bias (0.3–0.5 % with the shipped model) would
    otherwise save such areas as alpha 1 or 254 of 255."""
    a = np.ascontiguousarray(alpha, dtype=np.float32)
    up = coarse_stage(model, np.repeat(a[..., None], 3, axis=2), fit=fit).image()
    r = model.coarse_net().receptive_radius
    t = torch.from_numpy(a)[None, None]
    spread = F.max_pool2d(t, 2 * r + 1, 1, r) + F.max_pool2d(-t, 2 * r + 1, 1, r)
    flat = (spread[0, 0] == 0).numpy().repeat(SCALE, 0).repeat(SCALE, 1)
    return np.where(flat, a.repeat(SCALE, 0).repeat(SCALE, 1), np.clip(up.mean(axis=2), 0, 1))


def check_finite(*images: np.ndarray | None) -> None:
    """Raise ModelError when a result holds NaN or infinity (a broken model): such pixels
    would be written as black, silently."""
    if not all_finite(*images):
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "The model produced invalid values (NaN or infinity) for this image, so "
            "nothing was written: its weights or schedule are broken. Reinstall the model or "
            "choose another one.")))


def _largest(tiles: list[tiling.Tile]) -> int:
    return max(t.size[0] * t.size[1] for t in tiles)


def upscale_picture(
    model: PatchScaler, picture: Picture, plan: GroupPlan | PatchPlan | None = None,
    settings: Settings | None = None, *, state: State | None = None,
    limits: Limits | None = None, fit: memory.Fit | None = None,
) -> Generator[Event, None, Result]:
    """Stream the events for ``picture``; return the output picture and the summary.

    ``plan`` and ``state`` as in :func:`upscale`; ``fit``: the run's batch and tile sizes
    (default: from the memory free)."""
    limits = limits or Limits()
    settings = replace(settings or Settings(), jpeg=picture.jpeg)
    check_limits(picture, limits)
    fit = fit or memory.plan(model, settings.batch, settings.grm_tile)
    size = (picture.pixels.shape[0], picture.pixels.shape[1])
    pixels = tile_pixels(model, limits)
    resample = state is not None or isinstance(plan, PatchPlan)
    while True:
        tiles = [] if resample else plan_tiles(model, size, limits, pixels, picture.jpeg)
        try:
            if len(tiles) > 1 and not isinstance(plan, PatchPlan):
                return (yield from _tiled(model, picture, plan, settings, tiles, fit))
            summary = yield from upscale(model, picture.pixels, plan, settings, state=state,
                                         fit=fit)
            alpha = None if picture.alpha is None else upscale_alpha(model, picture.alpha,
                                                                     fit)
            check_finite(summary.image, alpha)
            return Result(replace(picture, pixels=summary.image, alpha=alpha), summary, False)
        except Exception as exc:
            # even one patch per call, or a step the batch and GRM-tile splits don't cover
            # (merging, decoding the whole tile), ran out of memory: smaller image tiles
            if not (isinstance(exc, memory.NotEnoughMemory) or memory.is_out_of_memory(exc)):
                raise
            pixels = _largest(tiles) // 2 if tiles else 0  # a re-sampling run has no tiles
            if not tiles or _largest(plan_tiles(model, size, limits, pixels, picture.jpeg)) \
                    >= _largest(tiles):  # no smaller tile exists
                if isinstance(exc, memory.NotEnoughMemory):
                    raise
                raise fit.exhausted(Text(QT_TRANSLATE_NOOP("Engine", "the smallest image tile"))) \
                    from exc
        memory.release(fit.device)
        fit.split_image()
        fit.batch = settings.batch or memory.batch_for(model, fit.device)
        fit.grm_tile = settings.grm_tile or memory.grm_tile_for(model, fit.device)


def _tiled(model: PatchScaler, picture: Picture, plan: GroupPlan | None, settings: Settings,
           tiles: list[tiling.Tile], fit: memory.Fit) -> Generator[Event, None, Result]:
    """``picture`` in ``tiles``: each tile's pixels (and alpha) upscaled on their own, with
    the patch noise of their place in the picture, and blended (:func:`tiling.upscale_tiles`)."""
    p = model.config.patch
    settings = replace(settings, keep_windows=False)

    def pixels(tile: tiling.Tile) -> Generator[Event, None, Summary]:
        origin = (tile.rows.start // p, tile.cols.start // p)
        summary = yield from upscale(model, picture.pixels[tile.region],
                                     plan, replace(settings, patch_origin=origin), fit=fit)
        check_finite(summary.image)
        return summary

    def alpha(tile: tiling.Tile) -> np.ndarray:
        assert picture.alpha is not None
        up = upscale_alpha(model, picture.alpha[tile.region], fit)
        check_finite(up)
        return up
    return (yield from tiling.upscale_tiles(picture, tiles, SCALE, p * SCALE, pixels, alpha))
