"""The controller between the widgets and the sampler thread for the open image.

It owns the :class:`Document`, decides what a run samples (everything on open; only the
stale patches after a change), submits frozen jobs to the worker, and turns the worker's
events into canvas updates, progress and messages. Changes made while a run is going are
applied when it ends; model and device changes wait until the worker is idle.
"""

from __future__ import annotations

import asyncio
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QPointF, QTimer, Signal

from patchscaler_gui.engine.device import select_device
from patchscaler_gui.engine.grouping import GROUP_NAMES, GroupPlan
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.pipeline import Limits, fits_device, untiled_bytes
from patchscaler_gui.engine.sampler import Settings
from patchscaler_gui.ui import messages
from patchscaler_gui.ui.canvas import CompareView
from patchscaler_gui.ui.controls import ControlPanel
from patchscaler_gui.ui.document import MAX_BRUSH_RADIUS, Document, Pass, RunKey, brush_disc
from patchscaler_gui.ui.settings import AppSettings
from patchscaler_gui.ui.worker import (
    CoarseShown,
    GroupPainted,
    Job,
    JobResult,
    RegionPainted,
    SamplerThread,
    Stepped,
    to_rgb32,
)

RESAMPLE_DELAY_MS = 400
BATCH = 32  # patches per CPU denoiser call: small enough that cancel acts within ~a step


def interactive_memory() -> int:
    """Bytes a photo may need to be kept whole (heatmap, re-sampling): half the RAM."""
    try:
        ram = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # not a POSIX system
        ram = 8 << 30
    return max(2 << 30, ram // 2)


@dataclass(frozen=True)
class Outcome:
    """How a job awaited by the batch queue ended (``picture`` is None unless finished)."""

    picture: Picture | None
    error: str = ""


def duration(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 60 else f"{int(seconds // 60)} min {seconds % 60:.0f} s"


class Session(QObject):
    """Signals (all on the main thread, for the current job only):
        coarse_shown(CoarseShown): the coarse result and heatmap are on the canvas.
        group_painted(GroupPainted): a group's tiles were queued for painting.
        run_finished(JobResult): the run ended with a complete result.
        run_cancelled(int): the run with this serial stopped early.
        busy_changed(bool): a job started (True) or ended (False).
        progressed(int, int, str): patch-steps done, total, and the text with the ETA.
        result_changed(): a complete result is ready to save (or was dropped).
    """

    coarse_shown = Signal(object)
    group_painted = Signal(object)
    run_finished = Signal(object)
    run_cancelled = Signal(int)
    busy_changed = Signal(bool)
    progressed = Signal(int, int, str)
    result_changed = Signal()

    def __init__(self, canvas: CompareView, controls: ControlPanel, settings: AppSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas, self.controls, self.settings = canvas, controls, settings
        self.model: PatchScaler | None = None
        self.model_id = ""
        self.doc: Document | None = None
        self.heatmap_on = settings.heatmap_visible
        self.brush_group = -1
        self.brush_radius = 0  # in patches: 0 paints one patch, r a disc of radius r
        # photos needing more than interactive_memory run as tiled jobs, tiles per tile_limits
        self.interactive_memory = interactive_memory()
        self.tile_limits = Limits()
        self._tiled_run: tuple[GroupPlan, RunKey] | None = None
        self.batch_mode = False
        self._serial = 0
        self._running: int | None = None
        self._job_doc: Document | None = None  # the document the running job works on
        self._dirty = False
        self._when_idle: list[Callable[[], None]] = []
        self._futures: dict[int, asyncio.Future[Outcome]] = {}
        self.sampler = SamplerThread(self)
        worker = self.sampler.worker
        worker.coarse_progressed.connect(self._on_coarse_progressed)
        worker.coarse_shown.connect(self._on_coarse_shown)
        worker.calibrated.connect(self._on_calibrated)
        worker.stepped.connect(self._on_stepped)
        worker.group_painted.connect(self._on_group_painted)
        worker.region_painted.connect(self._on_region_painted)
        worker.finished.connect(self._on_finished)
        worker.cancelled.connect(self._on_cancelled)
        worker.failed.connect(self._on_failed)
        worker.memory_noted.connect(self._on_memory_noted)
        self._resample_timer = QTimer(self)
        self._resample_timer.setSingleShot(True)
        self._resample_timer.setInterval(RESAMPLE_DELAY_MS)
        self._resample_timer.timeout.connect(self._on_resample_timer_timeout)
        controls.plan_edited.connect(self._on_plan_edited)
        controls.options_edited.connect(self._on_options_edited)
        controls.cleanup_edited.connect(self._on_cleanup_edited)
        canvas.brushed.connect(self._on_brushed)
        canvas.brush_released.connect(self._on_brush_released)
        canvas.tooltip_for = self.tooltip

    # -- public API ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running is not None

    def set_model(self, model: PatchScaler | None, model_id: str) -> None:
        """Use ``model`` (after the current job); the open image starts over with it."""
        def apply() -> None:
            self.model, self.model_id = model, model_id
            self._start_over()
        self._after_idle(apply)

    def set_device(self, device: str) -> None:
        """Move the model to ``device`` when idle; the coarse cache is dropped."""
        def apply() -> None:
            if self.model is not None:
                self.model.to(select_device(device))
            self._start_over()
        self._after_idle(apply)

    def _start_over(self) -> None:
        """Drop the open image's coarse stage and samples, and run it again."""
        if self.doc is not None:
            self.doc.forget()
            self.run()

    def open_picture(self, picture: Picture, path: Path | None = None) -> None:
        """Show ``picture`` at once and start a full run on it (if a model is loaded)."""
        self.cancel()
        self.doc = Document(picture, path)
        self.canvas.set_input(to_rgb32(picture.pixels))
        self.controls.predicted.setText("Predicted: after the coarse stage")
        if self.tiled(self.doc):
            messages.info("A large photo: it runs tile by tile, without the heatmap, the brush "
                          "or partial re-sampling (Run applies changed settings to all of it).")
        self.result_changed.emit()
        self.run()

    def run(self, select: np.ndarray | None = None) -> bool:
        """Sample the stale patches (within ``select``); False if nothing needed doing."""
        doc = self.doc
        if doc is None or self.model is None:
            if self.model is None and doc is not None:
                messages.warning("No model loaded: choose one with Model → Open… to upscale.")
            return False
        plan = self.controls.plan()
        if doc.state is None:
            if self.busy and self._job_doc is doc:
                return False  # its coarse stage is running already
            if self.tiled(doc):
                if doc.result is not None and doc.tiled == (plan, self.key()):
                    return False
                return self._submit((Pass(plan, None),), None, tiled=True)
            return self._submit((Pass(plan, None),), None)
        todo = doc.stale(plan, self.key())
        if select is not None:
            todo &= select
        if not todo.any():
            return False
        return self._submit(tuple(doc.passes(plan, todo)), todo)

    def preview_visible(self) -> bool:
        """Sample only the stale patches in view (the rest follows with Run)."""
        if self.doc is None or self.doc.state is None:
            return self.run()
        return self.run(self.visible_patches())

    def cancel(self) -> None:
        if self._running is not None:
            self.sampler.cancel(self._running)

    def shutdown(self) -> None:
        self._resample_timer.stop()
        self.sampler.shutdown()

    async def process(self, picture: Picture, path: Path | None) -> Outcome:
        """Open ``picture`` and run it to the end (for the batch queue)."""
        self.open_picture(picture, path)
        if self._running is None:
            return Outcome(None, "no model loaded")
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._futures[self._running] = future
        return await future

    def key(self) -> RunKey:
        return RunKey(self.controls.seed.value(), self.controls.texture.isChecked(),
                      self.model_id)

    def rate(self) -> float | None:
        return self.settings.rates.get(f"{self.model_id}|{self.controls.device_name()}")

    # -- running -------------------------------------------------------------------------

    def tiled(self, doc: Document) -> bool:
        """Whether ``doc`` is too large to keep whole (in RAM, or on the GPU), so it runs as
        a tiled job."""
        size = (doc.picture.pixels.shape[0], doc.picture.pixels.shape[1])
        return self.model is not None and (
            untiled_bytes(self.model, size) > self.interactive_memory
            or not fits_device(self.model, size))

    def _submit(self, passes: tuple[Pass, ...], select: np.ndarray | None,
                tiled: bool = False) -> bool:
        doc, model = self.doc, self.model
        assert doc is not None and model is not None
        self.cancel()
        self._serial += 1
        self._running = self._serial
        self._job_doc = doc
        self._dirty = False
        doc.begin(select, self.key())
        on_cpu = next(model.parameters()).device.type == "cpu"
        settings = Settings(seed=self.controls.seed.value(),
                            texture=self.controls.texture.isChecked(),
                            cleanup=self.controls.cleanup_on(),
                            batch=BATCH if on_cpu else None,  # a GPU: from its free memory
                            keep_windows=not self.batch_mode)
        if tiled:
            self._tiled_run = (passes[0].plan, self.key())
            self.controls.predicted.setText("Predicted: counted as the tiles run")
            self.canvas.blank_result()
            settings = replace(settings, plan=passes[0].plan, keep_windows=False)
        self.sampler.submit(Job(self._serial, model, doc.picture, doc.state, passes, settings,
                                calibrate=self.rate() is None and not tiled,
                                limits=self.tile_limits if tiled else None))
        self.busy_changed.emit(True)
        self.progressed.emit(0, 0, "Coarse stage…" if doc.state is None else "Sampling…")
        return True

    def _end(self, serial: int, outcome: Outcome) -> None:
        """Resolve whoever awaits job ``serial``; if it is the current job, go idle."""
        future = self._futures.pop(serial, None)
        if future is not None and not future.done():
            future.set_result(outcome)
        if serial != self._running:
            return
        self._running = self._job_doc = None
        self.busy_changed.emit(False)
        pending, self._when_idle = self._when_idle, []
        for callback in pending:
            callback()
        if self._dirty and not self.busy and not self.batch_mode:
            self._resample_timer.start()

    def _after_idle(self, callback: Callable[[], None]) -> None:
        if self.busy:
            self._when_idle.append(callback)
            self.cancel()
        else:
            callback()

    def _current(self, serial: int) -> bool:
        """Whether events of job ``serial`` are for the document on show."""
        return serial == self._running and self._job_doc is self.doc

    def _on_coarse_progressed(self, serial: int, done: int, total: int, seconds: float
                              ) -> None:
        if self._current(serial) and done < total:
            eta = seconds / done * (total - done)
            self.progressed.emit(0, 0, f"Coarse stage: tile {done}/{total} · ETA {duration(eta)}")

    def _on_coarse_shown(self, event: CoarseShown) -> None:
        if not self._current(event.serial) or self.doc is None:
            return
        self.doc.adopt(event.state)
        self.canvas.set_result(event.coarse)
        self._show_brush_size()
        hi, lo = self.controls.plan().thresholds
        d = self.doc.difficulty
        assert d is not None
        self.controls.set_threshold_range(min(float(d.min()), lo), max(float(d.max()), hi))
        self.refresh()
        self.progressed.emit(0, event.total, f"Coarse stage {duration(event.seconds)}; "
                             f"sampling {event.total:,} patch-steps…")
        self.coarse_shown.emit(event)

    def _on_calibrated(self, seconds: float) -> None:
        self.settings.rates[f"{self.model_id}|{self.controls.device_name()}"] = seconds
        if self.doc is not None and self.doc.difficulty is not None:  # only the ETA changed
            self.controls.predicted.setText(self._predicted_text(self.controls.plan()))

    def _on_stepped(self, event: Stepped) -> None:
        if not self._current(event.serial):
            return
        eta = event.seconds / max(event.done, 1) * (event.total - event.done)
        self.progressed.emit(event.done, event.total,
                             f"{GROUP_NAMES[event.group]} step {event.step}/{event.steps} · "
                             f"{event.done:,}/{event.total:,} patch-steps · "
                             f"ETA {duration(eta)}")

    def _on_group_painted(self, event: GroupPainted) -> None:
        if not self._current(event.serial) or self.doc is None:
            return
        self.canvas.queue_tiles(event.boxes, event.tiles)
        self.doc.mark_sampled(event.patches, event.start, event.budget)
        self.group_painted.emit(event)

    def _on_region_painted(self, event: RegionPainted) -> None:
        if self._current(event.serial):
            self.canvas.queue_tiles(event.boxes, event.tiles)

    def _on_finished(self, result: JobResult) -> None:
        if not self._current(result.serial) or self.doc is None:
            self._end(result.serial, Outcome(result.picture))
            return
        self.doc.result, self.doc.seconds = result.picture, result.seconds
        if result.rgb32 is not None:  # a tiled job: show the blended result
            self.canvas.set_result(result.rgb32)
            self.doc.tiled = self._tiled_run
        elif result.patch_steps:
            key = f"{self.model_id}|{self.controls.device_name()}"
            self.settings.rates[key] = result.sampling_seconds / result.patch_steps
        self.controls.measured.setText(
            f"Last run: {duration(result.seconds)} for {result.patch_steps:,} patch-steps")
        self.progressed.emit(result.patch_steps, result.patch_steps,
                             f"Done in {duration(result.seconds)}")
        self.result_changed.emit()
        self._end(result.serial, Outcome(result.picture))
        self.refresh()
        self.run_finished.emit(result)

    def _on_cancelled(self, serial: int) -> None:
        current = self._current(serial)
        self._end(serial, Outcome(None, "cancelled"))
        if current:
            self.progressed.emit(0, 0, "Cancelled")
            self.refresh()
            self.run_cancelled.emit(serial)

    def _on_memory_noted(self, serial: int, text: str) -> None:
        if self._current(serial):
            messages.warning(text)

    def _on_failed(self, serial: int, text: str, details: str) -> None:
        if details or serial not in self._futures:
            messages.error(text, details)
        current = self._current(serial)
        self._end(serial, Outcome(None, text))
        if current:
            self.progressed.emit(0, 0, "Failed")

    # -- live changes --------------------------------------------------------------------

    def _on_plan_edited(self) -> None:
        self.refresh()
        self._changed()

    def _on_cleanup_edited(self) -> None:
        """The other GRM: the open image starts over from its coarse stage (in a batch, the
        files after the current one use it)."""
        if not self.batch_mode:
            self._after_idle(self._start_over)

    def _on_options_edited(self) -> None:
        self.refresh()
        self._changed()

    def _changed(self) -> None:
        if self.doc is None or self.doc.state is None or self.batch_mode:
            return
        if self.busy:
            self._dirty = True
        else:
            self._resample_timer.start()

    def _on_resample_timer_timeout(self) -> None:
        if self.busy:
            self._dirty = True
        else:
            self.run()

    def _on_brushed(self, point: QPointF) -> None:
        cell = self._patch_at(point)
        if cell is None or self.doc is None:
            return
        assert self.doc.overrides is not None
        if self.doc.paint(brush_disc(self.doc.overrides.shape, cell, self.brush_radius),
                          self.brush_group):
            self.refresh()

    def set_brush_radius(self, radius: int) -> None:
        """Brush radius in patches (0 to ``MAX_BRUSH_RADIUS``); the canvas shows its outline."""
        self.brush_radius = min(max(radius, 0), MAX_BRUSH_RADIUS)
        self._show_brush_size()
        side = 2 * self.brush_radius + 1
        messages.info(f"Brush: {side}×{side} patches" if side > 1 else "Brush: one patch")

    def _show_brush_size(self) -> None:
        px = self.doc.patch_px if self.doc is not None else 0
        self.canvas.set_brush_diameter((2 * self.brush_radius + 1) * px)

    def _on_brush_released(self) -> None:
        self._changed()

    # -- views ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Regroup the heatmap and legend and update the predicted cost (no sampling)."""
        doc = self.doc
        if doc is None or doc.difficulty is None:
            self.canvas.heatmap.setVisible(False)
            return
        plan = self.controls.plan()
        groups = doc.groups(plan)
        hi, lo = plan.thresholds
        scale = (min(float(doc.difficulty.min()), lo), max(float(doc.difficulty.max()), hi))
        h, w = doc.picture.pixels.shape[:2]
        self.canvas.heatmap.set_data(doc.difficulty, groups, doc.patch_px, (4 * h, 4 * w),
                                     scale)
        self.canvas.heatmap.setVisible(self.heatmap_on)
        counts = tuple(int((groups == g).sum()) for g in range(3))
        self.controls.legend.set_values(scale, (hi, lo), counts)
        self.controls.predicted.setText(self._predicted_text(plan))

    def _predicted_text(self, plan: GroupPlan) -> str:
        doc = self.doc
        assert doc is not None
        stale = doc.stale(plan, self.key())
        cost = doc.cost(plan, stale)
        full = doc.cost(plan, np.ones_like(stale))
        if cost == 0:
            return f"Up to date ({full:,} patch-steps in all)"
        rate = self.rate()
        eta = f" · ETA ≈ {duration(cost * rate)}" if rate else " · ETA: measuring"
        return f"Predicted: {cost:,} patch-steps of {full:,}{eta}"

    def visible_patches(self) -> np.ndarray:
        doc = self.doc
        assert doc is not None and doc.difficulty is not None
        rect, p = self.canvas.visible_rect(), doc.patch_px
        mask = np.zeros(doc.difficulty.shape, bool)
        if not rect.isEmpty():
            mask[int(rect.top() // p): math.ceil(rect.bottom() / p),
                 int(rect.left() // p): math.ceil(rect.right() / p)] = True
        return mask

    def _patch_at(self, point: QPointF) -> tuple[int, int] | None:
        doc = self.doc
        if doc is None or doc.difficulty is None:
            return None
        h, w = doc.picture.pixels.shape[:2]
        if not (0 <= point.x() < 4 * w and 0 <= point.y() < 4 * h):
            return None
        return int(point.y() // doc.patch_px), int(point.x() // doc.patch_px)

    def tooltip(self, point: QPointF) -> str:
        cell = self._patch_at(point)
        if cell is None or self.doc is None or not self.heatmap_on:
            return ""
        doc, plan = self.doc, self.controls.plan()
        assert doc.difficulty is not None and doc.overrides is not None
        g = int(doc.groups(plan)[cell])
        brushed = " (brushed)" if doc.overrides[cell] >= 0 else ""
        return (f"Patch {cell[0]}, {cell[1]}\nDifficulty {doc.difficulty[cell]:.3f}\n"
                f"Group: {GROUP_NAMES[g]}{brushed}\nStart step {plan.starts[g]}, "
                f"{plan.steps(g)} steps")
