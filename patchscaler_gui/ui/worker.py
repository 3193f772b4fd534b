"""The sampler on a background QThread, forwarding its events as Qt signals.

After superqt's ``GeneratorWorker``: the worker receives a frozen :class:`Job`, drives the
engine's sampler generator, emits each event as plain data, and checks the cancel flag at
every yield; unlike superqt it closes the generator on cancel so its memory goes at once.
The worker never touches a widget: it converts pixels to uint8 here, and the main thread
only wraps them in QImages. ``stepped`` is throttled to about 30 Hz.

A photo too large to keep in memory whole runs as a *tiled* job (``Job.limits`` set): the
engine's tiled pipeline, painted tile by tile (each tile only inside its own core), with
no coarse cache, heatmap or partial re-sampling; the blended result replaces the canvas at
the end.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Generator
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import numpy as np
import torch
from PySide6.QtCore import QObject, QThread, Signal, Slot

from patchscaler_gui.engine import memory
from patchscaler_gui.engine.device import autocast, synchronize
from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.engine.grouping import assign_groups, patch_difficulty
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.patches import split
from patchscaler_gui.engine.pipeline import Limits, TileEvent, upscale_picture
from patchscaler_gui.engine.sampler import (
    CoarseReady,
    GroupDone,
    Progress,
    Settings,
    State,
    coarse_stage,
    upscale,
)
from patchscaler_gui.ui.document import Pass

STEP_INTERVAL = 1 / 30


@dataclass(frozen=True)
class Job:
    serial: int
    model: PatchScaler
    picture: Picture
    state: State | None  # the coarse cache; None runs the coarse stage first
    passes: tuple[Pass, ...]
    settings: Settings  # seed, texture, batch, keep_windows; each pass brings its plan
    calibrate: bool = False  # time the denoiser after the coarse stage (for the ETA)
    limits: Limits | None = None  # set: a tiled job (one pass, whole image, these limits)


@dataclass(frozen=True)
class CoarseShown:
    serial: int
    state: State
    coarse: np.ndarray  # (4H, 4W, 4) uint8, RGB32
    seconds: float
    total: int  # patch-steps the whole job will take


@dataclass(frozen=True)
class Stepped:
    serial: int
    group: int
    step: int
    steps: int
    done: int
    total: int
    seconds: float  # since the first diffusion step of this job began


@dataclass(frozen=True)
class GroupPainted:
    serial: int
    group: int
    start: int
    budget: int
    patches: np.ndarray  # (rows, cols) bool: the patches this group just sampled
    boxes: np.ndarray  # (k, 4) output-pixel boxes (top, left, bottom, right)
    tiles: list[np.ndarray]  # (bh, bw, 4) uint8 each, RGB32


@dataclass(frozen=True)
class RegionPainted:
    """Pixels of a tiled job: RGB32 ``tiles`` at output-pixel ``boxes``."""

    serial: int
    boxes: np.ndarray  # (k, 4) top, left, bottom, right
    tiles: list[np.ndarray]


@dataclass(frozen=True)
class JobResult:
    serial: int
    picture: Picture
    seconds: float
    sampling_seconds: float
    patch_steps: int
    rgb32: np.ndarray | None = None  # a tiled job's whole result, to replace the canvas


class Cancelled(Exception):
    """Raised inside the worker at the first yield after a cancel."""


# QImage.Format_RGB32 in memory: 0xffRRGGBB words, so B, G, R, 255 on little-endian machines
RGB32_LAYOUT = "bgrx" if sys.byteorder == "little" else "xrgb"


def to_rgb32(pixels: np.ndarray) -> np.ndarray:
    """(h, w, 3) RGB (float in [0, 1], uint8 or uint16) → (h, w, 4) uint8 in
    QImage.Format_RGB32's byte order (:data:`RGB32_LAYOUT`), so the main thread only blits
    it."""
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


def job_total(state: State, passes: tuple[Pass, ...]) -> int:
    difficulty = patch_difficulty(state.confidence, state.grid.patch)
    total = 0
    for p in passes:
        groups = assign_groups(difficulty, p.plan)
        chosen = np.ones(groups.shape, bool) if p.select is None else p.select
        total += sum(int(((groups == g) & chosen).sum()) * p.plan.steps(g) for g in range(3))
    return total


class SamplerWorker(QObject):
    """Runs jobs one at a time on its thread.

    Signals:
        coarse_progressed(int, int, int, float): serial, GRM tiles done, their total, and
            seconds since the job began (the coarse stage of a new image is running).
        coarse_shown(CoarseShown): the coarse stage of a new image ended.
        calibrated(float): measured seconds per patch-step (when the job asked).
        stepped(Stepped): diffusion progress, at most ~30 per second.
        group_painted(GroupPainted): a group's patches are final; paint these tiles.
        region_painted(RegionPainted): pixels of a tiled job to paint.
        finished(JobResult): the job ran to the end.
        cancelled(int): the job with this serial stopped early; nothing more comes from it.
        failed(int, str, str): serial, message, details (a traceback for a bug, else "").
        memory_noted(int, str): serial and a note: the job ran out of memory and goes on
            in smaller pieces (at most once per job).
    """

    coarse_progressed = Signal(int, int, int, float)
    coarse_shown = Signal(object)
    calibrated = Signal(float)
    stepped = Signal(object)
    group_painted = Signal(object)
    region_painted = Signal(object)
    finished = Signal(object)
    cancelled = Signal(int)
    failed = Signal(int, str, str)
    memory_noted = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel_upto = 0  # jobs with serial <= this stop at their next yield
        # OpenMP's thread count is per calling thread: the sampler thread sets the one the
        # app chose (configure_threads) for itself, or its first runs are ~20 % slower
        self._threads = torch.get_num_threads()

    def cancel(self, serial: int) -> None:
        """Called from the main thread: stop job ``serial`` (and any older one)."""
        self._cancel_upto = max(self._cancel_upto, serial)

    def _check(self, serial: int) -> None:
        if serial <= self._cancel_upto:
            raise Cancelled

    @Slot(object)
    def run_job(self, job: Job) -> None:
        torch.set_num_threads(self._threads)
        try:
            self._check(job.serial)
            self._run(job)
        except Cancelled:
            self.cancelled.emit(job.serial)
        except PatchscalerError as exc:
            self.failed.emit(job.serial, str(exc), "")
        except Exception as exc:  # a bug: report it with details, keep the thread alive
            if memory.is_out_of_memory(exc):  # outside the sampler's split-and-retry
                self.failed.emit(job.serial, f"Not enough memory for this photo: {exc}", "")
                return
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            self.failed.emit(job.serial, f"Sampling failed unexpectedly: "
                             f"{type(exc).__name__}: {exc}", details)

    def _run(self, job: Job) -> None:
        started = time.perf_counter()
        fit = memory.plan(job.model, job.settings.batch, job.settings.grm_tile,
                          partial(self.memory_noted.emit, job.serial))
        if job.limits is not None:
            self._run_tiled(job, job.limits, started, fit)
            return
        state = job.state
        if state is None:
            state = coarse_stage(job.model, job.picture.pixels,
                                 on_tile=partial(self._coarse_tile, job.serial, started),
                                 cleanup=job.settings.cleanup, fit=fit)
        total = job_total(state, job.passes)
        clock = _Clock(job.serial, total)
        if job.state is None:  # a new image: show its coarse result as soon as it exists
            clock.coarse = (state, started)
        picture = job.picture
        for k, p in enumerate(job.passes):
            settings = replace(job.settings, plan=p.plan)
            if k == len(job.passes) - 1:
                gen: Generator[Any, None, Any] = upscale_picture(
                    job.model, job.picture, settings, state, p.select, fit=fit)
            else:
                gen = upscale(job.model, job.picture.pixels, settings, state=state,
                              select=p.select, fit=fit)
            picture = self._drive(gen, job, p, clock, fit) or picture
        self.finished.emit(JobResult(job.serial, picture, time.perf_counter() - started,
                                     clock.elapsed(), total))

    def _drive(self, gen: Generator[Any, None, Any], job: Job, p: Pass, clock: _Clock,
               fit: memory.Fit) -> Picture | None:
        groups = None
        clock.begin_pass()
        try:
            while True:
                self._check(job.serial)
                event = next(gen)
                if isinstance(event, Progress):
                    if job.limits is not None:
                        clock.total = event.patch_steps_total  # grows as tiles are seen
                    step = clock.step(event)
                    if step is not None:
                        self.stepped.emit(step)
                elif job.limits is not None:  # a tiled job: pixels only, no coarse cache
                    self.region_painted.emit(_region(job.serial, event))
                elif isinstance(event, CoarseReady):
                    groups = event.groups
                    self._show_coarse(job, clock, event, fit)
                elif isinstance(event, GroupDone):
                    assert groups is not None
                    self.group_painted.emit(self._painted(job.serial, p, groups, event))
        except StopIteration as stop:
            return stop.value[0] if isinstance(stop.value, tuple) else None
        finally:
            gen.close()

    def _run_tiled(self, job: Job, limits: Limits, started: float, fit: memory.Fit) -> None:
        clock = _Clock(job.serial, 0)
        gen = upscale_picture(job.model, job.picture, job.settings, limits=limits, fit=fit)
        picture = self._drive(gen, job, job.passes[0], clock, fit)
        assert picture is not None
        self.finished.emit(JobResult(job.serial, picture, time.perf_counter() - started,
                                     clock.elapsed(), clock.total, to_rgb32(picture.pixels)))

    def _coarse_tile(self, serial: int, started: float, done: int, total: int) -> None:
        self._check(serial)  # a big photo's coarse stage stops within one GRM tile
        self.coarse_progressed.emit(serial, done, total, time.perf_counter() - started)

    def _show_coarse(self, job: Job, clock: _Clock, event: CoarseReady, fit: memory.Fit
                     ) -> None:
        """Emit the coarse result of a new image (once), then calibrate if asked."""
        if clock.coarse is None:
            return
        state, started = clock.coarse
        clock.coarse = None
        self.coarse_shown.emit(CoarseShown(job.serial, state, event.coarse_u8(RGB32_LAYOUT),
                                           time.perf_counter() - started, clock.total))
        self._check(job.serial)
        if job.calibrate and clock.total:
            try:
                self.calibrated.emit(self._calibrate(job, state, fit.batch))
            except Exception as exc:  # no memory to spare for timing: no ETA yet
                if not memory.is_out_of_memory(exc):
                    raise
                memory.release(fit.device)

    @staticmethod
    def _painted(serial: int, p: Pass, groups: np.ndarray, event: GroupDone) -> GroupPainted:
        g = event.group
        patches = groups == g
        if p.select is not None:
            patches &= p.select
        return GroupPainted(serial, g, p.plan.starts[g], p.plan.budgets[g], patches,
                            event.boxes, [to_rgb32(t) for t in event.pixels])

    def _calibrate(self, job: Job, state: State, batch: int) -> float:
        """Seconds per patch-step: two denoiser calls on one batch, the second timed."""
        n = min(batch, state.grid.rows * state.grid.cols)
        y0 = split(state.y0, state.grid, np.arange(n))
        t = job.model.schedule.T
        with torch.inference_mode(), autocast(y0.device):
            prompt = job.model.prompt(y0) if job.settings.texture else None
            job.model.predict_x0(y0, y0, t, prompt)
            self._check(job.serial)
            synchronize(y0.device)
            begin = time.perf_counter()
            job.model.predict_x0(y0, y0, t, prompt)
            synchronize(y0.device)
        return (time.perf_counter() - begin) / n


def _region(serial: int, event: TileEvent | CoarseReady | GroupDone) -> RegionPainted:
    """A tile's coarse result or group as RGB32 boxes in image coordinates, cut to the
    tile's core (beyond it the next tile paints, and the final blend decides)."""
    if isinstance(event, TileEvent):
        (oy, ox), core, inner = event.origin, event.core, event.event
    else:  # the image fitted in one tile
        (oy, ox), core, inner = (0, 0), (0, 0, 1 << 30, 1 << 30), event
    if isinstance(inner, CoarseReady):
        coarse = inner.coarse_u8()
        boxes, pixels = np.array([[0, 0, *coarse.shape[:2]]]), [coarse]
    else:
        boxes, pixels = inner.boxes, inner.pixels
    out_boxes, out_tiles = [], []
    for (t, l, b, r), px in zip(boxes.tolist(), pixels, strict=True):
        t, l, b, r = t + oy, l + ox, b + oy, r + ox
        ct, cl, cb, cr = max(t, core[0]), max(l, core[1]), min(b, core[2]), min(r, core[3])
        if ct < cb and cl < cr:
            out_boxes.append((ct, cl, cb, cr))
            out_tiles.append(to_rgb32(px[ct - t : cb - t, cl - l : cr - l]))
    return RegionPainted(serial, np.array(out_boxes, dtype=np.int64).reshape(-1, 4), out_tiles)


class _Clock:
    """Job-wide patch-step count across passes, the ~30 Hz throttle for ``stepped``, and
    the coarse result still to show."""

    def __init__(self, serial: int, total: int) -> None:
        self.serial, self.total = serial, total
        self.offset = self.last_pass_done = 0
        self.began: float | None = None
        self.last_emit = 0.0
        self.coarse: tuple[State, float] | None = None  # still to show: (state, start time)

    def begin_pass(self) -> None:
        self.offset += self.last_pass_done
        self.last_pass_done = 0

    def elapsed(self) -> float:
        return 0.0 if self.began is None else time.perf_counter() - self.began

    def step(self, event: Progress) -> Stepped | None:
        now = time.perf_counter()
        if self.began is None:
            self.began = now
        self.last_pass_done = event.patch_steps_done
        done = self.offset + event.patch_steps_done
        if now - self.last_emit < STEP_INTERVAL and done < self.total:
            return None
        self.last_emit = now
        return Stepped(self.serial, event.group, event.step, event.steps, done, self.total,
                       now - self.began)


class SamplerThread(QObject):
    """The main thread's handle on the worker and its QThread.

    Signals:
        job_requested(Job): queued to the worker's thread (use ``submit``).
    """

    job_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("sampler")
        self.worker = SamplerWorker()
        self.worker.moveToThread(self._thread)
        self.job_requested.connect(self.worker.run_job)
        self._thread.start()

    def submit(self, job: Job) -> None:
        self.job_requested.emit(job)

    def cancel(self, serial: int) -> None:
        self.worker.cancel(serial)

    def shutdown(self) -> None:
        """Cancel whatever runs and stop the thread (blocks until it has stopped)."""
        self.worker.cancel(sys.maxsize)
        self._thread.quit()
        self._thread.wait()
