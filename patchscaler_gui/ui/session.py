"""The app's session: the model and device, opening photos, the batch queue's runs, and
what the window shows of a job (its progress and its messages).

The open image's plan, brush and job are its :class:`Editor`'s (:mod:`editor`); the
session sets the model it runs with, opens pictures into it, and turns the job's progress
into the status line's texts and the measured speed. Model and device changes wait until
no job runs.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtWidgets import QApplication

from patchscaler_gui.engine.device import select_device
from patchscaler_gui.engine.eta import BatchClock
from patchscaler_gui.engine.events import CoarseProgress, CoarseReady, Progress, StepTimed
from patchscaler_gui.engine.imageio import Picture, to_int
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui import i18n, messages
from patchscaler_gui.ui.canvas import CompareView
from patchscaler_gui.ui.controls import ControlPanel
from patchscaler_gui.ui.document import Document
from patchscaler_gui.ui.editor import Editor
from patchscaler_gui.ui.jobs import Finished, Jobs, Outcome
from patchscaler_gui.ui.settings import AppSettings
from patchscaler_gui.ui.view import View, coarse_text, step_text
from patchscaler_gui.ui.words import duration


class Session(QObject):
    """Signals (on the main thread, for the current job only):
        progressed(int, int, str): patch-steps done, total, and the text with the ETA.
    """

    progressed = Signal(int, int, str)

    def __init__(self, canvas: CompareView, controls: ControlPanel, settings: AppSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas, self.controls, self.settings = canvas, controls, settings
        self.view = View(canvas, controls, settings.heatmap_visible)
        self.jobs = Jobs(self)
        self.editor = Editor(canvas, controls, self.view, self.jobs, settings, self)
        self._clock = BatchClock([1])  # the running job's start, ETA and patch-step rate
        self.jobs.busy_changed.connect(self._on_jobs_busy_changed)
        self.jobs.memory_noted.connect(self._on_jobs_memory_noted)
        self.jobs.worker.yielded.connect(self._on_worker_yielded)
        self.jobs.worker.failed.connect(self._on_worker_failed)
        self.editor.coarse_shown.connect(self._on_editor_coarse_shown)
        self.editor.run_finished.connect(self._on_editor_run_finished)
        self.editor.run_cancelled.connect(self._on_editor_run_cancelled)
        controls.coarse_edited.connect(self._on_coarse_edited)
        canvas.tooltip_for = self.tooltip

    # -- public API ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    @property
    def doc(self) -> Document | None:
        """The open image (None before one is opened)."""
        return self.editor.doc

    @property
    def model(self) -> PatchScaler | None:
        return self.editor.model

    @property
    def model_id(self) -> str:
        return self.editor.model_id

    def set_model(self, model: PatchScaler | None, model_id: str) -> None:
        """Use ``model`` (after the current job); the open image starts over with it."""
        def apply() -> None:
            self.editor.model, self.editor.model_id = model, model_id
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
            self.editor.run()

    def open_picture(self, picture: Picture, path: Path | None = None) -> None:
        """Show ``picture`` at once and start a full run on it (if a model is loaded)."""
        self.cancel()
        doc = Document(picture, path)
        self.canvas.set_input(to_int(picture.pixels),
                              None if picture.alpha is None else to_int(picture.alpha))
        self.controls.show_cost(predicted=self.tr("Predicted: after the coarse stage"))
        if self.editor.in_tiles(doc):
            messages.info(self.tr("A large photo: it runs tile by tile, without the heatmap, "
                                  "the brush or partial re-sampling (Run applies changed "
                                  "settings to all of it)."))
        self.editor.open(doc)

    def cancel(self) -> None:
        self.jobs.cancel()

    def shutdown(self) -> None:
        self.editor.stop()
        self.jobs.shutdown()

    async def process(self, picture: Picture, path: Path | None) -> Outcome:
        """Open ``picture`` and run it to the end (for the batch queue)."""
        self.open_picture(picture, path)
        if not self.busy:
            return Outcome(None, self.tr("no model loaded"))
        return await self.jobs.wait()

    def show_heatmap(self, on: bool) -> None:
        self.view.heatmap_on = on
        self.editor.refresh()

    def tooltip(self, point: QPointF) -> str:
        cell = self.view.patch_at(self.doc, point)
        if cell is None or self.doc is None:
            return ""
        return self.view.tooltip(self.doc, cell)

    def _on_coarse_edited(self) -> None:
        """The other GRM or another sharpening: the open image starts over from its coarse
        stage (in a batch, the files after the current one use it)."""
        if not self.editor.batch_mode:
            self.jobs.after_idle(self._start_over)

    # -- what a job shows ----------------------------------------------------------------

    def _on_jobs_busy_changed(self, busy: bool) -> None:
        if busy:  # a job started
            self._clock = BatchClock([1], _now)  # (engine.eta: a batch of one file)
            self._clock.begin(0)
            self.progressed.emit(0, 0, self.tr("Coarse stage…") if self.doc is None or
                                 self.doc.state is None else self.tr("Sampling…"))

    def _on_worker_yielded(self, serial: int, event: object) -> None:
        if not self.jobs.current(serial, self.doc):
            return
        if isinstance(event, Progress):
            done, total = event.patch_steps_done, event.patch_steps_total
            self._clock.progress(done)
            self.progressed.emit(done, total, step_text(event, self._clock.left(done, total)))
        elif isinstance(event, CoarseProgress) and event.done < event.total:
            self.progressed.emit(0, 0, coarse_text(event.done, event.total,
                                                   _now() - self._clock.started))
        elif isinstance(event, StepTimed):
            self.settings.rates[self.editor.rate_key()] = event.seconds
            self.view.show_predicted(self.doc, self.editor.key(), self.editor.rate())

    def _on_editor_coarse_shown(self, event: CoarseReady) -> None:
        total = event.plan.cost().patch_steps
        self._clock.progress(0)  # the patch-steps' rate runs from here (a tiled run's first)
        self.progressed.emit(0, total, i18n.arg(
            self.tr("Coarse stage %1; sampling %2 patch-steps…"),
            duration(_now() - self._clock.started), total))

    def _on_editor_run_finished(self, done: Finished) -> None:
        steps = done.result.summary.counts.get("patch_steps", 0)
        rate = self._clock.rate(steps)
        if not self.editor.tiled and rate is not None:
            self.settings.rates[self.editor.rate_key()] = rate
        self.controls.show_cost(
            measured=i18n.arg(self.tr("Last run: %1 for %2 patch-steps"),
                              duration(done.seconds), steps))
        self.progressed.emit(steps, steps, i18n.arg(self.tr("Done in %1"),
                                                    duration(done.seconds)))
        if not self.editor.batch_mode:  # the queue asks once, at its end
            QApplication.alert(self.controls.window())  # the taskbar, if the user is away

    def _on_editor_run_cancelled(self, serial: int) -> None:
        self.progressed.emit(0, 0, self.tr("Cancelled"))

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


def _now() -> float:
    return time.perf_counter()
