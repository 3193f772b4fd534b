"""The open image: its record (:class:`Document`) and its :class:`Editor`, which turns the
panel's plan edits and the brush into the document's plan and runs the job that samples it.

The record is Qt-free bookkeeping behind "re-sample only what changed". The document keeps
the :class:`PatchPlan` of the panel's values and the brush, made once per change by the
engine's :func:`plan_patches` (the heatmap, the cost and the next job all read it). Each
patch remembers the (start step, budget) its current pixels were sampled with; a patch is
*stale* when the plan asks for something else, or when the seed, texture switch or model
changed. A job then samples only the stale patches: the same plan, limited to them.

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QPointF, QTimer, Signal

from patchscaler_gui.engine.events import CoarseReady, FirstLook, GroupDone, Settings
from patchscaler_gui.engine.grouping import FOLLOW, GroupPlan, PatchPlan, plan_patches
from patchscaler_gui.engine.imageio import Picture, to_int
from patchscaler_gui.engine.limits import Limits
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.engine.sampler import State
from patchscaler_gui.ui import i18n, messages
from patchscaler_gui.ui.canvas import CompareView
from patchscaler_gui.ui.controls import ControlPanel
from patchscaler_gui.ui.history import History, Snapshot, describe, painted
from patchscaler_gui.ui.jobs import Finished, Jobs, Outcome, Run, interactive_memory, kept_whole
from patchscaler_gui.ui.panel_parts import Tuning
from patchscaler_gui.ui.settings import AppSettings

if TYPE_CHECKING:  # view.py reads the document: imported for the annotation only
    from patchscaler_gui.ui.view import View

RESAMPLE_DELAY_MS = 400
RECORD_DELAY_MS = 400
BATCH = 32  # patches per CPU denoiser call: small enough that cancel acts within ~a step
NOT_SAMPLED = -1
MAX_BRUSH_RADIUS = 8


def brush_disc(shape: tuple[int, ...], center: tuple[int, int], radius: int) -> np.ndarray:
    """(rows, cols) bool mask of the patches within ``radius`` patches of ``center``
    (radius 0: that patch alone; 1: its 3×3 block; larger: a disc)."""
    rows, cols = np.ogrid[: shape[0], : shape[1]]
    d2 = (rows - center[0]) ** 2 + (cols - center[1]) ** 2
    return np.asarray(d2 <= radius * radius + radius)


@dataclass(frozen=True)
class RunKey:
    """What makes every earlier sample invalid when it changes."""

    seed: int
    texture: bool
    model: str


@dataclass
class Document:
    """An open picture, its coarse cache, its plan and brush, the sampling record of every
    patch, and its steps of undo (each a :class:`Snapshot` of the panel's tuning and the
    brush)."""

    picture: Picture
    path: Path | None = None
    state: State | None = None
    difficulty: np.ndarray | None = None  # (rows, cols)
    brush: np.ndarray | None = None  # (rows, cols) int8: a group, or FOLLOW the thresholds
    plan: PatchPlan | None = None  # the plan of the panel's values and the brush
    sampled: np.ndarray | None = None  # (rows, cols, 2) start, budget; -1 = coarse only
    key: RunKey | None = None
    result: Picture | None = None  # the last complete output
    seconds: float | None = None  # the last complete run's wall time
    tiled_with: tuple[GroupPlan, RunKey] | None = None  # what a tiled result was made with
    edits: History = field(default_factory=History)  # the steps of undo

    @property
    def patch_px(self) -> int:
        """Output pixels per patch side (0 before the coarse stage)."""
        return 0 if self.state is None else self.state.grid.patch * SCALE

    def adopt(self, state: State, difficulty: np.ndarray, plan: PatchPlan) -> bool:
        """Take the coarse cache of a first run and the plan it runs (nothing sampled yet).
        The brush is kept from an earlier coarse stage on the same patch grid; True if it
        moves any patch (then the plan is that of the brush, and the run under way, which
        samples the plan it was given, leaves those patches stale). On another grid the
        brush starts empty, and undo puts back no stroke painted on the old one."""
        if self.brush is None or self.brush.shape != difficulty.shape:
            self.brush = np.full(difficulty.shape, FOLLOW, np.int8)
            if self.edits.settled is not None:
                self.edits.rebase(Snapshot(self.edits.settled.tuning, self.brush.copy()))
        self.state, self.difficulty, self.plan = state, difficulty, plan
        self.sampled = np.full((*difficulty.shape, 2), NOT_SAMPLED, np.int32)
        self.result = None
        brushed = painted(self.brush)
        if brushed:
            self.plan = plan_patches(difficulty, plan.rule, self.brush)
        return brushed

    def forget(self) -> None:
        """Drop the cache (another model, device, clean-up or sharpening): the next run
        starts from its coarse stage. The brush and the undo steps stay for it."""
        self.state = self.difficulty = self.plan = self.sampled = None
        self.key = self.tiled_with = None

    def replan(self, rule: GroupPlan) -> None:
        """The plan of ``rule`` (the panel's thresholds, starts and budgets) and the brush:
        made when either changed, once."""
        if self.difficulty is not None and (self.plan is None or self.plan.rule != rule):
            self.plan = plan_patches(self.difficulty, rule, self.brush)

    def stale(self, key: RunKey) -> np.ndarray:
        """(rows, cols) bool: patches whose pixels do not match the plan and ``key``."""
        assert self.sampled is not None and self.plan is not None
        if key != self.key:
            return np.ones(self.sampled.shape[:2], bool)
        return np.asarray(np.any(self.sampled != self.plan.wanted(), axis=-1), bool)

    def todo(self, key: RunKey, select: np.ndarray | None = None) -> PatchPlan | None:
        """The plan limited to the stale patches (within ``select``); None when none is."""
        assert self.plan is not None
        stale = self.stale(key)
        if select is not None:
            stale &= select
        return self.plan.only(stale) if stale.any() else None

    def begin(self, select: np.ndarray | None, key: RunKey) -> None:
        """A run under ``key`` is about to re-sample ``select``: until each of its groups
        reports, those patches count as not sampled (a cancel leaves them stale)."""
        if self.sampled is not None:
            if key != self.key:
                self.sampled[:] = NOT_SAMPLED
            elif select is not None:
                self.sampled[select] = NOT_SAMPLED
        self.key = key

    def mark_sampled(self, patches: np.ndarray, start: int, budget: int) -> None:
        """Record that ``patches`` now hold samples from (start, budget)."""
        assert self.sampled is not None
        self.sampled[patches] = (start, budget)

    def paint(self, patches: np.ndarray, group: int) -> bool:
        """Force the patches of the (rows, cols) bool mask into ``group`` (FOLLOW: back to
        the thresholds); True if any changed (the plan is then made again)."""
        assert self.brush is not None and self.plan is not None and self.difficulty is not None
        changed = bool(np.any(self.brush[patches] != group))
        if changed:
            self.brush[patches] = group
            self.plan = plan_patches(self.difficulty, self.plan.rule, self.brush)
        return changed

    def clear_brush(self) -> bool:
        """Every painted patch back to the thresholds; True if any was painted (the plan,
        where there is one, is then made again)."""
        if not painted(self.brush):
            return False
        self.brush[:] = FOLLOW
        if self.plan is not None and self.difficulty is not None:
            self.plan = plan_patches(self.difficulty, self.plan.rule, self.brush)
        return True

    def snapshot(self, tuning: Tuning) -> Snapshot:
        """``tuning`` (the panel's) and the brush as they are now."""
        return Snapshot(tuning, None if self.brush is None else self.brush.copy())

    def rebase(self, tuning: Tuning) -> None:
        """``tuning`` and the brush as they are now are where the next edit starts from
        (a new image, or a model that set the panel): not a step of undo."""
        self.edits.rebase(self.snapshot(tuning))

    def record(self, tuning: Tuning) -> bool:
        """The edits since the last record (strokes, the panel's values, now ``tuning``)
        become one step of undo; True if they changed anything."""
        return self.edits.record(self.snapshot(tuning))

    def step_back(self, tuning: Tuning, forward: bool = False) -> Snapshot | None:
        """Record the edits under way, then undo the last step (``forward``: redo the last
        one undone): the brush is put back here (and the plan made again), and the snapshot
        returned for the panel's tuning; None if there was no step."""
        back = self.edits.step(self.snapshot(tuning), forward)
        if back is None:
            return None
        if self.brush is not None:
            brush = back.brush
            self.brush = (brush.copy() if brush is not None and brush.shape == self.brush.shape
                          else np.full(self.brush.shape, FOLLOW, np.int8))
        if self.difficulty is not None:
            self.plan = plan_patches(self.difficulty, back.tuning.plan, self.brush)
        return back


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
