"""The open image between the widgets and the jobs: its plan and brush, and what a job's
frames change.

The session owns the :class:`Document`. The panel's values and the brush make its plan
(:meth:`Document.replan`, once per change); a run starts one job (:mod:`jobs`) with that
plan, limited to the stale patches (everything on open), and the job's frames go to the
document, the canvas and the view (:mod:`view`). Changes made while a job runs are applied
when it ends; model and device changes wait until no job runs.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QPointF, QTimer, Signal

from patchscaler_gui.engine.device import select_device
from patchscaler_gui.engine.events import (
    CoarseProgress,
    CoarseReady,
    GroupDone,
    Progress,
    Settings,
    StepTimed,
)
from patchscaler_gui.engine.grouping import FOLLOW, GroupPlan, PatchPlan
from patchscaler_gui.engine.imageio import Picture, to_int
from patchscaler_gui.engine.limits import Limits
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui import i18n, messages
from patchscaler_gui.ui.canvas import CompareView
from patchscaler_gui.ui.controls import ControlPanel
from patchscaler_gui.ui.document import MAX_BRUSH_RADIUS, Document, RunKey, brush_disc
from patchscaler_gui.ui.jobs import Finished, Jobs, Outcome, Run, interactive_memory, kept_whole
from patchscaler_gui.ui.settings import AppSettings
from patchscaler_gui.ui.view import View, coarse_text, step_text
from patchscaler_gui.ui.words import duration

RESAMPLE_DELAY_MS = 400
BATCH = 32  # patches per CPU denoiser call: small enough that cancel acts within ~a step


class Session(QObject):
    """Signals (all on the main thread, for the current job only):
        coarse_shown(CoarseReady): the coarse result and heatmap are on the canvas.
        group_painted(GroupDone): a group's pixels were queued for painting.
        run_finished(Finished): the run ended with a complete result.
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
        self.view = View(canvas, controls, settings.heatmap_visible)
        self.model: PatchScaler | None = None
        self.model_id = ""
        self.doc: Document | None = None
        self.brush_group = FOLLOW
        self.brush_radius = 0  # in patches: 0 paints one patch, r a disc of radius r
        # photos needing more than interactive_memory are kept in tiles (per tile_limits)
        self.interactive_memory = interactive_memory()
        self.tile_limits = Limits()
        self.batch_mode = False
        self._dirty = False
        self._began = (0.0, 0.0)  # when the running job began, and when its first step came
        self._tiled_with: tuple[GroupPlan, RunKey] | None = None  # the tiled job's making
        self.jobs = Jobs(self)
        self.jobs.busy_changed.connect(self._on_jobs_busy_changed)
        self.jobs.memory_noted.connect(self._on_jobs_memory_noted)
        worker = self.jobs.worker
        worker.yielded.connect(self._on_worker_yielded)
        worker.returned.connect(self._on_worker_returned)
        worker.cancelled.connect(self._on_worker_cancelled)
        worker.failed.connect(self._on_worker_failed)
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
        return self.jobs.busy

    def set_model(self, model: PatchScaler | None, model_id: str) -> None:
        """Use ``model`` (after the current job); the open image starts over with it."""
        def apply() -> None:
            self.model, self.model_id = model, model_id
            self._start_over()
        self.jobs.after_idle(apply)

    def set_device(self, device: str) -> None:
        """Move the model to ``device`` when idle; the coarse cache is dropped."""
        def apply() -> None:
            if self.model is not None:
                self.model.to(select_device(device))
            self._start_over()
        self.jobs.after_idle(apply)

    def _start_over(self) -> None:
        """Drop the open image's coarse stage and samples, and run it again."""
        if self.doc is not None:
            self.doc.forget()
            self.run()

    def open_picture(self, picture: Picture, path: Path | None = None) -> None:
        """Show ``picture`` at once and start a full run on it (if a model is loaded)."""
        self.cancel()
        self.doc = Document(picture, path)
        self.canvas.set_input(to_int(picture.pixels))
        self.controls.show_cost(predicted=self.tr("Predicted: after the coarse stage"))
        if self.in_tiles(self.doc):
            messages.info(self.tr("A large photo: it runs tile by tile, without the heatmap, "
                                  "the brush or partial re-sampling (Run applies changed "
                                  "settings to all of it)."))
        self.result_changed.emit()
        self.run()

    def run(self, select: np.ndarray | None = None) -> bool:
        """Sample the stale patches (within ``select``); False if nothing needed doing."""
        doc = self.doc
        if doc is None or self.model is None:
            if self.model is None and doc is not None:
                messages.warning(self.tr(
                    "No model loaded: choose one with Model → Open… to upscale."))
            return False
        rule = self.controls.values().plan
        if doc.state is None:
            if self.busy and self.jobs.owner is doc:
                return False  # its coarse stage is running already
            if self.in_tiles(doc):
                if doc.result is not None and doc.tiled_with == (rule, self.key()):
                    return False
                return self._start(rule, tiled=True)
            return self._start(rule)
        doc.replan(rule)
        todo = doc.todo(self.key(), select)
        return todo is not None and self._start(todo)

    def preview_visible(self) -> bool:
        """Sample only the stale patches in view (the rest follows with Run)."""
        if self.doc is None or self.doc.state is None:
            return self.run()
        return self.run(self.visible_patches())

    def cancel(self) -> None:
        self.jobs.cancel()

    def shutdown(self) -> None:
        self._resample_timer.stop()
        self.jobs.shutdown()

    async def process(self, picture: Picture, path: Path | None) -> Outcome:
        """Open ``picture`` and run it to the end (for the batch queue)."""
        self.open_picture(picture, path)
        if not self.busy:
            return Outcome(None, self.tr("no model loaded"))
        return await self.jobs.wait()

    def key(self) -> RunKey:
        v = self.controls.values()
        return RunKey(v.seed, v.texture, self.model_id)

    def rate(self) -> float | None:
        """Measured seconds per patch-step of this model on this device (None: not yet)."""
        return self.settings.rates.get(self._rate_key())

    def _rate_key(self) -> str:
        return f"{self.model_id}|{self.controls.values().device}"

    def show_heatmap(self, on: bool) -> None:
        self.view.heatmap_on = on
        self.refresh()

    def refresh(self) -> None:
        """Regroup the heatmap and legend and update the predicted cost (no sampling)."""
        self.view.refresh(self.doc, self.key(), self.rate())

    def in_tiles(self, doc: Document) -> bool:
        """Whether ``doc`` is too large to keep whole, so it runs as a tiled job."""
        return self.model is not None and not kept_whole(self.model, doc.picture,
                                                         self.interactive_memory)

    # -- running -------------------------------------------------------------------------

    def _start(self, plan: GroupPlan | PatchPlan, tiled: bool = False) -> bool:
        doc, model = self.doc, self.model
        assert doc is not None and model is not None
        self.cancel()
        self._dirty = False
        key = self.key()
        doc.begin(plan.select if isinstance(plan, PatchPlan) else None, key)
        v = self.controls.values()
        on_cpu = next(model.parameters()).device.type == "cpu"
        settings = Settings(seed=v.seed, texture=v.texture, cleanup=v.cleanup_on,
                            batch=BATCH if on_cpu else None,  # a GPU: from its free memory
                            keep_windows=not (self.batch_mode or tiled),
                            time_steps=self.rate() is None and not tiled)
        self._tiled_with = None
        if tiled:
            assert isinstance(plan, GroupPlan)
            doc.tiled_with = None
            self._tiled_with = (plan, key)
            self.controls.show_cost(predicted=self.tr("Predicted: counted as the tiles run"))
            self.canvas.blank_result()
        self._began = (_now(), 0.0)
        # a photo kept whole is never tiled: it fits interactive_memory (and the device)
        limits = self.tile_limits if tiled else Limits(memory=self.interactive_memory)
        self.jobs.start(doc, Run(model, doc.picture, plan, settings, doc.state, limits))
        self.progressed.emit(0, 0, self.tr("Coarse stage…") if doc.state is None
                             else self.tr("Sampling…"))
        return True

    def _on_worker_yielded(self, serial: int, frame: object) -> None:
        if not self.jobs.current(serial, self.doc):
            return
        tiled = self._tiled_with is not None
        if isinstance(frame, GroupDone) and not tiled:
            self._on_group_painted(frame)
        elif isinstance(frame, GroupDone):
            self.canvas.queue_tiles(frame.boxes, frame.pixels)
        elif isinstance(frame, CoarseReady) and tiled:  # a tile's, placed in the picture
            h, w = frame.coarse.shape[:2]
            self.canvas.queue_tiles(np.array([[*frame.origin, h, w]]), [frame.coarse])
        elif isinstance(frame, Progress):
            began = self._began[1] or _now()
            self._began = (self._began[0], began)
            self.progressed.emit(frame.patch_steps_done, frame.patch_steps_total,
                                 step_text(frame, _now() - began))
        elif isinstance(frame, CoarseReady):
            self._on_coarse_shown(frame)
        elif isinstance(frame, CoarseProgress) and frame.done < frame.total:
            self.progressed.emit(0, 0, coarse_text(frame.done, frame.total,
                                                   _now() - self._began[0]))
        elif isinstance(frame, StepTimed):
            self.settings.rates[self._rate_key()] = frame.seconds
            self.view.show_predicted(self.doc, self.key(), self.rate())  # only the ETA

    def _on_coarse_shown(self, event: CoarseReady) -> None:
        doc = self.doc
        assert doc is not None
        doc.adopt(event.state, event.difficulty, event.plan)
        self.canvas.set_result(event.coarse)
        self._show_brush_size()
        self.view.fit_thresholds(doc)
        doc.replan(self.controls.values().plan)  # the panel may have moved meanwhile
        self.refresh()
        total = event.plan.cost().patch_steps
        self.progressed.emit(0, total, i18n.arg(
            self.tr("Coarse stage %1; sampling %2 patch-steps…"),
            duration(_now() - self._began[0]), total))
        self.coarse_shown.emit(event)

    def _on_group_painted(self, event: GroupDone) -> None:
        assert self.doc is not None
        self.canvas.queue_tiles(event.boxes, event.pixels)
        self.doc.mark_sampled(event.patches, event.start, event.budget)
        self.group_painted.emit(event)

    def _on_worker_returned(self, serial: int, done: Finished) -> None:
        result = done.result
        if not self.jobs.current(serial, self.doc) or self.doc is None:
            self.jobs.end(serial, Outcome(result.picture))
            return
        doc = self.doc
        doc.result, doc.seconds = result.picture, done.seconds
        steps = result.summary.counts.get("patch_steps", 0)
        if self._tiled_with is not None:  # a tiled job: show the blended result
            self.canvas.set_result(to_int(result.picture.pixels))
            doc.tiled_with = self._tiled_with
        elif steps and self._began[1]:
            self.settings.rates[self._rate_key()] = (_now() - self._began[1]) / steps
        self.controls.show_cost(
            measured=i18n.arg(self.tr("Last run: %1 for %2 patch-steps"),
                              duration(done.seconds), steps))
        self.progressed.emit(steps, steps, i18n.arg(self.tr("Done in %1"),
                                                    duration(done.seconds)))
        self.result_changed.emit()
        self.jobs.end(serial, Outcome(result.picture))
        self.refresh()
        self.run_finished.emit(done)

    def _on_worker_cancelled(self, serial: int) -> None:
        current = self.jobs.current(serial, self.doc)
        self.jobs.end(serial, Outcome(None, "cancelled"))
        if current:
            self.progressed.emit(0, 0, self.tr("Cancelled"))
            self.refresh()
            self.run_cancelled.emit(serial)

    def _on_jobs_memory_noted(self, serial: int, text: str) -> None:
        if self.jobs.current(serial, self.doc):
            messages.warning(text)

    def _on_worker_failed(self, serial: int, text: str, details: str) -> None:
        if details or not self.jobs.awaited(serial):
            messages.error(text, details)
        current = self.jobs.current(serial, self.doc)
        self.jobs.end(serial, Outcome(None, text))
        if current:
            self.progressed.emit(0, 0, self.tr("Failed"))

    def _on_jobs_busy_changed(self, busy: bool) -> None:
        self.busy_changed.emit(busy)
        if not busy and self._dirty and not self.batch_mode:
            self._resample_timer.start()

    # -- live changes --------------------------------------------------------------------

    def _on_plan_edited(self) -> None:
        if self.doc is not None:
            self.doc.replan(self.controls.values().plan)
        self.refresh()
        self._changed()

    def _on_cleanup_edited(self) -> None:
        """The other GRM: the open image starts over from its coarse stage (in a batch, the
        files after the current one use it)."""
        if not self.batch_mode:
            self.jobs.after_idle(self._start_over)

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
        cell = self.view.patch_at(self.doc, point)
        if cell is None or self.doc is None or self.doc.brush is None:
            return
        if self.doc.paint(brush_disc(self.doc.brush.shape, cell, self.brush_radius),
                          self.brush_group):
            self.refresh()

    def set_brush_radius(self, radius: int) -> None:
        """Brush radius in patches (0 to ``MAX_BRUSH_RADIUS``); the canvas shows its outline."""
        self.brush_radius = min(max(radius, 0), MAX_BRUSH_RADIUS)
        self._show_brush_size()
        side = 2 * self.brush_radius + 1
        messages.info(i18n.arg(self.tr("Brush: %1×%1 patches"), side) if side > 1
                      else self.tr("Brush: one patch"))

    def _show_brush_size(self) -> None:
        px = self.doc.patch_px if self.doc is not None else 0
        self.canvas.set_brush_diameter((2 * self.brush_radius + 1) * px)

    def _on_brush_released(self) -> None:
        self._changed()

    # -- views ---------------------------------------------------------------------------

    def visible_patches(self) -> np.ndarray:
        doc = self.doc
        assert doc is not None and doc.difficulty is not None
        rect, p = self.canvas.visible_rect(), doc.patch_px
        mask = np.zeros(doc.difficulty.shape, bool)
        if not rect.isEmpty():
            mask[int(rect.top() // p): math.ceil(rect.bottom() / p),
                 int(rect.left() // p): math.ceil(rect.right() / p)] = True
        return mask

    def tooltip(self, point: QPointF) -> str:
        cell = self.view.patch_at(self.doc, point)
        if cell is None or self.doc is None:
            return ""
        return self.view.tooltip(self.doc, cell)


def _now() -> float:
    return time.perf_counter()
