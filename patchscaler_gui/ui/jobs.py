"""The job lifecycle: one job at a time on a worker thread, started, cancelled, ended.

A job is one pass of :func:`sampler.upscale_picture` over the open picture with an
explicit plan (:class:`Run`); on the worker's thread, its events are passed on as the
engine yields them (pixels in 8-bit RGB, a tiled picture's already placed), but for
``Progress``, throttled to about 30 a second (the last one always comes), and a coarse
result that is not new, dropped. :class:`Jobs` numbers the jobs, knows which one is
current and what it works on, runs callbacks once no job runs, and resolves whoever awaits
a job (the batch queue). What a job's events mean for the document and the canvas is the
document's business.

The worker only drives a generator, after superqt's ``GeneratorWorker``: it receives a
frozen :class:`Job`, starts its generator, emits each value it yields, and checks the
cancel flag at every yield; unlike superqt it closes the generator on cancel
(:func:`engine.drive.drive` does), so its memory goes at once. It never touches a widget
and knows nothing of what it runs.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import partial
from typing import Any

import torch
from PySide6.QtCore import QObject, QThread, Signal, Slot

from patchscaler_gui.engine import memory
from patchscaler_gui.engine.drive import drive, relay
from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.engine.events import (
    CoarseReady,
    Event,
    FirstLook,
    GroupDone,
    Progress,
    Result,
    Settings,
)
from patchscaler_gui.engine.grouping import GroupPlan, PatchPlan
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.limits import Limits, fits_device, untiled_bytes
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sampler import State, upscale_picture
from patchscaler_gui.ui import i18n

STEP_INTERVAL = 1 / 30  # seconds between two Progress events passed on


@dataclass(frozen=True)
class Job:
    serial: int
    start: Callable[[], Generator[Any, None, Any]]  # called on the worker's thread


class Cancelled(Exception):
    """Raised inside the worker at the first yield after a cancel."""


class GeneratorWorker(QObject):
    """Runs jobs one at a time on its thread.

    Signals:
        yielded(int, object): serial and a value the job's generator yielded.
        returned(int, object): serial and what the generator returned: the job ran to the end.
        cancelled(int): the job with this serial stopped early; nothing more comes from it.
        failed(int, str, str): serial, message, details (a traceback for a bug, else "").
    """

    yielded = Signal(int, object)
    returned = Signal(int, object)
    cancelled = Signal(int)
    failed = Signal(int, str, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel_upto = 0  # jobs with serial <= this stop at their next yield
        # OpenMP's thread count is per calling thread: the worker's thread sets the one the
        # app chose (configure_cpu) for itself, or its first runs are ~20 % slower
        self._threads = torch.get_num_threads()

    def cancel(self, serial: int) -> None:
        """Called from the main thread: stop job ``serial`` (and any older one)."""
        self._cancel_upto = max(self._cancel_upto, serial)

    @Slot(object)
    def run_job(self, job: Job) -> None:
        torch.set_num_threads(self._threads)

        def forward(value: object) -> None:
            if job.serial <= self._cancel_upto:
                raise Cancelled
            self.yielded.emit(job.serial, value)
        try:
            if job.serial <= self._cancel_upto:
                raise Cancelled
            result = drive(job.start(), forward)
        except Cancelled:
            self.cancelled.emit(job.serial)
        except PatchscalerError as exc:
            self.failed.emit(job.serial, i18n.engine_text(exc), "")
        except Exception as exc:  # a bug: report it with details, keep the thread alive
            if memory.is_out_of_memory(exc):  # outside the sampler's split-and-retry
                self.failed.emit(job.serial, i18n.arg(
                    self.tr("Not enough memory for this photo: %1"), exc), "")
                return
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            self.failed.emit(job.serial, i18n.arg(self.tr(
                "Sampling failed unexpectedly: %1: %2"), type(exc).__name__, exc), details)
        else:
            self.returned.emit(job.serial, result)


class WorkerThread(QObject):
    """The main thread's handle on the worker and its QThread.

    Signals:
        job_requested(Job): queued to the worker's thread (use ``submit``).
    """

    job_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("sampler")
        self.worker = GeneratorWorker()
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
    limits: Limits | None = None


def interactive_memory() -> int:
    """Bytes a photo may need to be kept whole (heatmap, re-sampling): half the RAM."""
    try:
        ram = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # not a POSIX system
        ram = 8 << 30
    return max(2 << 30, ram // 2)


def kept_whole(model: PatchScaler, picture: Picture, memory: int) -> bool:
    """Whether ``picture`` fits ``memory`` bytes and the model's device whole (else its
    job runs in tiles, pixels only)."""
    size = (picture.pixels.shape[0], picture.pixels.shape[1])
    return untiled_bytes(model, size) <= memory and fits_device(model, size)


@dataclass(frozen=True)
class Finished:
    result: Result
    seconds: float  # the whole job, wall time


def _events(run: Run, notify: Callable[[str], None]) -> Generator[Event, None, Finished]:
    """The job's events, on the worker's thread (see the module's docstring)."""
    started = time.perf_counter()
    last = 0.0
    fit = memory.plan(run.model, run.settings.batch, run.settings.grm_tile, notify)

    def passed_on(event: Event) -> Event | None:
        nonlocal last
        if isinstance(event, Progress):
            now = time.perf_counter()
            if now - last < STEP_INTERVAL and \
                    event.patch_steps_done < event.patch_steps_total:
                return None
            last = now
        elif isinstance(event, FirstLook | CoarseReady):
            if run.state is not None:
                return None
            event.coarse  # noqa: B018 (decoded here, not on the main thread)
        elif isinstance(event, GroupDone):
            event.pixels  # noqa: B018 (the same)
        return event
    events: Generator[Event, None, Result] = relay(
        upscale_picture(run.model, run.picture, run.plan, run.settings, state=run.state,
                        limits=run.limits, fit=fit), passed_on)
    result = yield from events
    return Finished(result, time.perf_counter() - started)


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
        serial = self._serial

        def notify(text: str) -> None:  # on the worker's thread: a signal's str is plain
            self.memory_noted.emit(serial, i18n.engine_text(text))
        self._thread.submit(Job(self._serial, partial(_events, run, notify)))
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
