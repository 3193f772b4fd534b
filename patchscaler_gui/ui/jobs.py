"""The job lifecycle: one job at a time on the worker's thread, started, cancelled, ended.

A job is one pass of :func:`pipeline.upscale_picture` over the open picture with an
explicit plan, its events turned into display frames (:func:`display.frames`) on the
worker's thread. :class:`Jobs` numbers the jobs, knows which one is current and what it
works on, runs callbacks once no job runs, and resolves whoever awaits a job (the batch
queue). What a job's frames mean for the document and the canvas is the session's business.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal

from patchscaler_gui.engine import memory
from patchscaler_gui.engine.grouping import GroupPlan, PatchPlan
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.pipeline import Limits, upscale_picture
from patchscaler_gui.engine.sampler import Settings, State
from patchscaler_gui.ui.display import Finished, Frame, frames
from patchscaler_gui.ui.worker import Job, WorkerThread


@dataclass(frozen=True)
class Outcome:
    """How a job awaited by the batch queue ended (``picture`` is None unless finished)."""

    picture: Picture | None
    error: str = ""


@dataclass(frozen=True)
class Run:
    """Everything one job needs, frozen: it crosses to the worker's thread."""

    model: PatchScaler
    picture: Picture
    plan: GroupPlan | PatchPlan
    settings: Settings
    state: State | None = None  # the coarse cache; None runs the coarse stage first
    limits: Limits | None = None  # set: a photo kept in tiles (these limits, pixels only)


def _frames(run: Run, notify: Callable[[str], None]) -> Generator[Frame, None, Finished]:
    fit = memory.plan(run.model, run.settings.batch, run.settings.grm_tile, notify)
    events = upscale_picture(run.model, run.picture, run.plan, run.settings, state=run.state,
                             limits=run.limits, fit=fit)
    return (yield from frames(events, tiled=run.limits is not None, new=run.state is None))


class Jobs(QObject):
    """Signals:
        busy_changed(bool): a job started (True) or ended (False).
        memory_noted(int, str): serial and a note: the job ran out of memory and goes on in
            smaller pieces (at most once per job).
    """

    busy_changed = Signal(bool)
    memory_noted = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = WorkerThread(self)
        self.worker = self._thread.worker
        self._serial = 0
        self.running: int | None = None
        self.owner: object | None = None  # what the running job works on (a Document)
        self._when_idle: list[Callable[[], None]] = []
        self._futures: dict[int, asyncio.Future[Outcome]] = {}

    @property
    def busy(self) -> bool:
        return self.running is not None

    def start(self, owner: object, run: Run) -> int:
        """Cancel the running job and start ``run`` for ``owner``; returns its serial."""
        self.cancel()
        self._serial += 1
        self.running, self.owner = self._serial, owner
        notify = partial(self.memory_noted.emit, self._serial)
        self._thread.submit(Job(self._serial, partial(_frames, run, notify)))
        self.busy_changed.emit(True)
        return self._serial

    def current(self, serial: int, owner: object) -> bool:
        """Whether job ``serial`` is the running one and works on ``owner``."""
        return serial == self.running and self.owner is owner

    def cancel(self) -> None:
        if self.running is not None:
            self._thread.cancel(self.running)

    def awaited(self, serial: int) -> bool:
        return serial in self._futures

    def end(self, serial: int, outcome: Outcome) -> None:
        """Resolve whoever awaits job ``serial``; if it is the running job, go idle and run
        what waited for that."""
        future = self._futures.pop(serial, None)
        if future is not None and not future.done():
            future.set_result(outcome)
        if serial != self.running:
            return
        self.running = self.owner = None
        self.busy_changed.emit(False)
        pending, self._when_idle = self._when_idle, []
        for callback in pending:
            callback()

    def after_idle(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` now, or once the running job has been cancelled."""
        if self.busy:
            self._when_idle.append(callback)
            self.cancel()
        else:
            callback()

    async def wait(self) -> Outcome:
        """How the running job ends."""
        assert self.running is not None
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._futures[self.running] = future
        return await future

    def shutdown(self) -> None:
        self._thread.shutdown()
