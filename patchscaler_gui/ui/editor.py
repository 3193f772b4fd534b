"""The open image's :class:`Editor`, which turns the panel's plan edits and the brush into
the document's plan (:mod:`document`) and runs the job that samples it.

The editor reacts to the panel and the brush (replan, refresh the view, and 400 ms after
the last change start a job through :class:`Jobs`), and takes the job's events on the main
thread: a new image's coarse result and plan, then each group's pixels, which it records
as sampled and queues on the canvas. Changes made while a job runs are applied when it
ends; what the session shows of a job (progress, messages) is the session's. It also keeps
the steps of undo (:mod:`history`): a brush stroke, or the panel's edits until they pause
for 400 ms, is one step; undo puts the brush back itself and the panel's values through the
panel, whose edit signals then re-sample (or run the coarse stage again) as a change by
hand does.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QObject, QPointF, QTimer, Signal

from patchscaler_gui.engine.events import CoarseReady, FirstLook, GroupDone, Settings
from patchscaler_gui.engine.grouping import FOLLOW, GroupPlan, PatchPlan
from patchscaler_gui.engine.imageio import to_int
from patchscaler_gui.engine.limits import Limits
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui import i18n, messages
from patchscaler_gui.ui.canvas import CompareView
from patchscaler_gui.ui.controls import ControlPanel
from patchscaler_gui.ui.document import Document, RunKey, brush_disc
from patchscaler_gui.ui.history import describe, painted
from patchscaler_gui.ui.jobs import Finished, Jobs, Outcome, Run, interactive_memory, kept_whole
from patchscaler_gui.ui.settings import AppSettings
from patchscaler_gui.ui.view import View

RESAMPLE_DELAY_MS = 400
RECORD_DELAY_MS = 400
BATCH = 32  # patches per CPU denoiser call: small enough that cancel acts within ~a step
MAX_BRUSH_RADIUS = 8


class Editor(QObject):
    """The open image's plan, brush and job (``doc``: the open image, None before one).

    Signals (all on the main thread, for the current job only):
        coarse_shown(CoarseReady): a new image's coarse result and heatmap are on the canvas.
        group_painted(GroupDone): a group's pixels were queued for painting.
        run_finished(Finished): the run ended with a complete result.
        run_cancelled(int): the run with this serial stopped early.
        result_changed(): a complete result is ready to save (or was dropped).
        history_changed(): an edit can now be undone or redone, or no longer.
    """

    coarse_shown = Signal(object)
    group_painted = Signal(object)
    run_finished = Signal(object)
    run_cancelled = Signal(int)
    result_changed = Signal()
    history_changed = Signal()

    def __init__(self, canvas: CompareView, controls: ControlPanel, view: View, jobs: Jobs,
                 settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas, self.controls, self.view, self.jobs = canvas, controls, view, jobs
        self.settings = settings
        self.doc: Document | None = None
        self.model: PatchScaler | None = None
        self.model_id = ""
        self.brush_group = FOLLOW
        self.brush_radius = 0  # in patches: 0 paints one patch, r a disc of radius r
        # photos needing more than interactive_memory are kept in tiles (per tile_limits)
        self.interactive_memory = interactive_memory()
        self.tile_limits = Limits()
        self.batch_mode = False
        self._dirty = False
        self._tiled_with: tuple[GroupPlan, RunKey] | None = None  # the tiled job's making
        self._resample_timer = QTimer(self)
        self._resample_timer.setSingleShot(True)
        self._resample_timer.setInterval(RESAMPLE_DELAY_MS)
        self._resample_timer.timeout.connect(self._on_resample_timer_timeout)
        # the panel's edits within RECORD_DELAY_MS of each other are one step of undo
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.setInterval(RECORD_DELAY_MS)
        self._record_timer.timeout.connect(self._record)
        self._restoring = False  # undo or redo sets the panel: that is no edit
        controls.plan_edited.connect(self._on_plan_edited)
        controls.options_edited.connect(self._on_options_edited)
        for edited in (controls.plan_edited, controls.options_edited, controls.coarse_edited):
            edited.connect(self._on_panel_edited)
        canvas.brushed.connect(self._on_brushed)
        canvas.brush_released.connect(self._on_brush_released)
        jobs.busy_changed.connect(self._on_jobs_busy_changed)
        jobs.worker.yielded.connect(self._on_worker_yielded)
        jobs.worker.returned.connect(self._on_worker_returned)
        jobs.worker.cancelled.connect(self._on_worker_cancelled)

    # -- the document and its plan -------------------------------------------------------

    def open(self, doc: Document) -> None:
        """Edit ``doc`` from now on and start a full run on it (if a model is loaded)."""
        self.jobs.cancel()
        self.doc = doc
        self.rebase()
        self.result_changed.emit()
        self.run()

    def rebase(self) -> None:
        """The panel and the brush as they are now are where the next edit starts from, not
        a step of undo (a new image, or a model that set the panel)."""
        self._record_timer.stop()
        if self.doc is not None:
            self.doc.rebase(self.controls.values().tuning)
        self.history_changed.emit()

    def key(self) -> RunKey:
        v = self.controls.values()
        return RunKey(v.seed, v.texture, self.model_id)

    def rate_key(self) -> str:
        return f"{self.model_id}|{self.controls.values().device}"

    def rate(self) -> float | None:
        """Measured seconds per patch-step of this model on this device (None: not yet)."""
        return self.settings.rates.get(self.rate_key())

    def refresh(self) -> None:
        """Regroup the heatmap and legend and update the predicted cost (no sampling)."""
        self.view.refresh(self.doc, self.key(), self.rate())

    @property
    def tiled(self) -> bool:
        """Whether the running (or last) job keeps its photo in tiles: pixels only."""
        return self._tiled_with is not None

    def in_tiles(self, doc: Document) -> bool:
        """Whether ``doc`` is too large to keep whole, so it runs as a tiled job."""
        return self.model is not None and not kept_whole(self.model, doc.picture,
                                                         self.interactive_memory)

    def _on_plan_edited(self) -> None:
        if self.doc is not None:
            self.doc.replan(self.controls.values().plan)
        self.refresh()
        self._changed()

    def _on_options_edited(self) -> None:
        self.refresh()
        self._changed()

    def _changed(self) -> None:
        if self.doc is None or self.doc.state is None or self.batch_mode:
            return
        if self.jobs.busy:
            self._dirty = True
        else:
            self._resample_timer.start()

    def _on_resample_timer_timeout(self) -> None:
        if self.jobs.busy:
            self._dirty = True
        else:
            self.run()

    def _on_jobs_busy_changed(self, busy: bool) -> None:
        if not busy and self._dirty and not self.batch_mode:
            self._resample_timer.start()

    # -- the brush -----------------------------------------------------------------------

    def _on_brushed(self, point: QPointF) -> None:
        doc = self.doc
        cell = self.view.patch_at(doc, point)
        if cell is None or doc is None or doc.brush is None:
            return
        if self.pending:  # the panel's edits are a step before the stroke
            self._record()
        if doc.paint(brush_disc(doc.brush.shape, cell, self.brush_radius), self.brush_group):
            self.refresh()

    def _on_brush_released(self) -> None:
        self._record()  # a stroke, from the press to the release, is one step
        self._changed()

    def clear_brush(self) -> None:
        """Give every painted patch back to the thresholds, as one step of undo, and
        re-sample the patches that moved."""
        doc = self.doc
        if doc is None:
            return
        if self.pending:  # the panel's edits are a step before this one
            self._record()
        if doc.clear_brush():
            self._record()
            self.refresh()
            self._changed()

    @property
    def brushed(self) -> bool:
        """Whether the open image has painted patches (Clear Brush Strokes has work)."""
        return self.doc is not None and painted(self.doc.brush)

    # -- undo ----------------------------------------------------------------------------

    def _on_panel_edited(self) -> None:
        if self._restoring or self.doc is None:
            return
        waiting = self.pending
        self._record_timer.start()
        if not waiting:
            self.history_changed.emit()  # undo can take it back already

    def _record(self) -> None:
        self._record_timer.stop()
        if self.doc is not None and self.doc.record(self.controls.values().tuning):
            self.history_changed.emit()

    @property
    def pending(self) -> bool:
        """Whether the panel was edited and that is not yet a step of undo."""
        return self._record_timer.isActive()

    def step_name(self, forward: bool = False) -> str | None:
        """What the next undo (``forward``: redo) changes, as the Edit menu names it
        (:func:`history.describe`); None if there is nothing to undo (redo)."""
        doc = self.doc
        if doc is None:
            return None
        step = doc.edits.next(doc.snapshot(self.controls.values().tuning), forward)
        return None if step is None else describe(*step, self.controls.look_of)

    def undo(self, forward: bool = False) -> None:
        """Take back the last edit, a brush stroke or the panel's (``forward``: put back the
        last one taken back); only the patches it moved are sampled again, or the coarse
        stage runs again if it set another clean-up or sharpening."""
        if self.doc is None:
            return
        self._record_timer.stop()
        snapshot = self.doc.step_back(self.controls.values().tuning, forward)
        if snapshot is not None:
            self._restoring = True
            try:  # its edit signals replan and re-sample, or run the coarse stage again
                self.controls.restore(snapshot.tuning)
            finally:
                self._restoring = False
        self.history_changed.emit()

    def redo(self) -> None:
        self.undo(forward=True)

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

    # -- the job -------------------------------------------------------------------------

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
            if self.jobs.busy and self.jobs.owner is doc:
                return False  # its coarse stage is running already
            if self.in_tiles(doc):
                if doc.result is not None and doc.tiled_with == (rule, self.key()):
                    return False
                return self._start(rule, tiled=True)
            return self._start(rule)
        doc.replan(rule)
        todo = doc.todo(self.key(), select)
        return todo is not None and self._start(todo)

    def stop(self) -> None:
        """No job starts from now on (the window closes): a pending re-sample is dropped."""
        self._resample_timer.stop()

    def preview_visible(self) -> bool:
        """Sample only the stale patches in view (the rest follows with Run)."""
        if self.doc is None or self.doc.state is None:
            return self.run()
        return self.run(self.visible_patches())

    def visible_patches(self) -> np.ndarray:
        doc = self.doc
        assert doc is not None and doc.difficulty is not None
        rect, p = self.canvas.visible_rect(), doc.patch_px
        mask = np.zeros(doc.difficulty.shape, bool)
        if not rect.isEmpty():
            mask[int(rect.top() // p): math.ceil(rect.bottom() / p),
                 int(rect.left() // p): math.ceil(rect.right() / p)] = True
        return mask

    def _start(self, plan: GroupPlan | PatchPlan, tiled: bool = False) -> bool:
        doc, model = self.doc, self.model
        assert doc is not None and model is not None
        self.jobs.cancel()
        self._dirty = False
        key = self.key()
        doc.begin(plan.select if isinstance(plan, PatchPlan) else None, key)
        v = self.controls.values()
        on_cpu = next(model.parameters()).device.type == "cpu"
        settings = Settings(seed=v.seed, texture=v.texture, cleanup=v.cleanup_on,
                            sharpen=v.sharpen, lowband=v.lowband,
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
        # a photo kept whole is never tiled: it fits interactive_memory (and the device)
        limits = self.tile_limits if tiled else Limits(memory=self.interactive_memory)
        self.jobs.start(doc, Run(model, doc.picture, plan, settings, doc.state, limits))
        return True

    def _on_worker_yielded(self, serial: int, event: object) -> None:
        if not self.jobs.current(serial, self.doc):
            return
        if isinstance(event, FirstLook) and not self.tiled:
            self.canvas.set_result(event.coarse)  # until CoarseReady replaces it
        elif isinstance(event, CoarseReady) and not self.tiled:
            self._on_coarse_ready(event)
        elif isinstance(event, FirstLook | CoarseReady):  # a tile's, placed in the picture
            h, w = event.coarse.shape[:2]
            self.canvas.queue_tiles(np.array([[*event.origin, h, w]]), [event.coarse])
        elif isinstance(event, GroupDone):
            self.canvas.queue_tiles(event.boxes, event.pixels)
            if not self.tiled:
                assert self.doc is not None
                self.doc.mark_sampled(event.patches, event.start, event.budget)
            self.group_painted.emit(event)

    def _on_coarse_ready(self, event: CoarseReady) -> None:
        doc = self.doc
        assert doc is not None
        brushed = doc.adopt(event.state, event.difficulty, event.plan)
        self.history_changed.emit()  # kept, or nothing to undo on another patch grid
        self.canvas.set_result(event.coarse)
        self._show_brush_size()
        self.view.fit_thresholds(doc)
        doc.replan(self.controls.values().plan)  # the panel may have moved meanwhile
        self.refresh()
        self.coarse_shown.emit(event)
        if brushed:  # the brushed patches are re-sampled once this run ends
            self._changed()

    def _on_worker_returned(self, serial: int, done: Finished) -> None:
        result = done.result
        if not self.jobs.current(serial, self.doc) or self.doc is None:
            self.jobs.end(serial, Outcome(result.picture))
            return
        doc = self.doc
        doc.result, doc.seconds = result.picture, done.seconds
        alpha = result.picture.alpha
        through_alpha = alpha is not None and self.canvas.set_result_alpha(alpha)
        if self.tiled or through_alpha:  # shown whole: blended tiles, or through its alpha
            self.canvas.set_result(to_int(result.picture.pixels))
        if self.tiled:
            doc.tiled_with = self._tiled_with
        self.result_changed.emit()
        self.jobs.end(serial, Outcome(result.picture))
        self.refresh()
        self.run_finished.emit(done)

    def _on_worker_cancelled(self, serial: int) -> None:
        current = self.jobs.current(serial, self.doc)
        self.jobs.end(serial, Outcome(None, "cancelled"))
        if current:
            self.refresh()
            self.run_cancelled.emit(serial)
