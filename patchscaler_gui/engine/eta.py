"""How long a batch of files has left: the one estimate behind the command line's progress
line, the app's batch queue and its status bar (a batch of one file).

A file's time is its coarse stage and then its patch-steps, and the first is not spread over
the second: the file being upscaled has left its patch-steps' rate since its first progress
report times the patch-steps to go (the command line and the app report 0 patch-steps when
its coarse result is ready). The files after it take the seconds per input pixel of the
files upscaled before it (skipped and refused ones took no time worth counting), or, for
the first file, of this file's projected whole. Before the first file's second report there
is no estimate (None).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence


class BatchClock:
    """``sizes``: each file's input pixels, in the batch's order; ``clock``: seconds."""

    def __init__(self, sizes: Sequence[int], clock: Callable[[], float] = time.perf_counter
                 ) -> None:
        self.sizes = [max(1, s) for s in sizes]
        self.clock = clock
        self.total = max(1, sum(self.sizes))
        self.before = 0  # input pixels of the files already handled
        self.spent, self.rated = 0.0, 0  # seconds and input pixels of the files upscaled
        self.current = 0
        self.started = clock()
        self.first: tuple[float, int] | None = None  # this file's first progress: when, done

    def begin(self, k: int) -> None:
        """File ``k`` starts."""
        self.current, self.started, self.first = self.sizes[k], self.clock(), None

    def progress(self, done: int) -> None:
        """This file has ``done`` patch-steps."""
        if self.first is None:
            self.first = (self.clock(), done)

    def end(self, upscaled: bool) -> None:
        """This file is over: ``upscaled``, or skipped, refused or failed."""
        self.before += self.current
        if upscaled:
            self.spent += self.clock() - self.started
            self.rated += self.current
        self.current = 0

    def share(self, done: int, total: int) -> float:
        """The batch's input pixels done, this file's counted by its patch-steps."""
        return (self.before + self.current * done / max(1, total)) / self.total

    def rate(self, done: int) -> float | None:
        """This file's seconds per patch-step since its first report, at ``done``."""
        if self.first is None or done <= self.first[1]:
            return None
        return (self.clock() - self.first[0]) / (done - self.first[1])

    def left(self, done: int, total: int) -> float | None:
        """Seconds left at ``done`` of this file's ``total`` patch-steps, or None."""
        now, after = self.clock(), self.total - self.before - self.current
        per_pixel = self.spent / self.rated if self.rated else None
        rate = self.rate(done)
        if rate is not None:
            file_left = rate * (total - done)
            if per_pixel is None:
                per_pixel = (now - self.started + file_left) / self.current
            return file_left + per_pixel * after
        if per_pixel is None:
            return None
        return per_pixel * (self.current * (1 - done / max(1, total)) + after)
