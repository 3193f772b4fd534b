"""A generator driven on a background QThread, its values forwarded as Qt signals.

After superqt's ``GeneratorWorker``: the worker receives a frozen :class:`Job`, starts its
generator, emits each value it yields, and checks the cancel flag at every yield; unlike
superqt it closes the generator on cancel (:func:`engine.drive.drive` does), so its memory
goes at once. The worker never touches a widget and knows nothing of what it runs.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

import torch
from PySide6.QtCore import QObject, QThread, Signal, Slot

from patchscaler_gui.engine import memory
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.errors import PatchscalerError


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
        # app chose (configure_threads) for itself, or its first runs are ~20 % slower
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
            self.failed.emit(job.serial, str(exc), "")
        except Exception as exc:  # a bug: report it with details, keep the thread alive
            if memory.is_out_of_memory(exc):  # outside the sampler's split-and-retry
                self.failed.emit(job.serial, f"Not enough memory for this photo: {exc}", "")
                return
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            self.failed.emit(job.serial, f"Sampling failed unexpectedly: "
                             f"{type(exc).__name__}: {exc}", details)
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
