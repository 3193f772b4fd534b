"""The one way to run a generator of events to its end.

The CLI, the bench, the app's worker and the tiled run all drive the sampler's
generators with these two functions instead of writing ``next`` and ``StopIteration`` out.
Either way the generator is closed when driving stops, for any reason, so the memory it
holds goes at once.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TypeVar

E = TypeVar("E")
F = TypeVar("F")
R = TypeVar("R")


def _keep(gen: Generator[E, None, R], box: list[R]) -> Generator[E, None, None]:
    box.append((yield from gen))


def drive(gen: Generator[E, None, R], on_event: Callable[[E], object] | None = None) -> R:
    """Run ``gen`` to its end, handing each event to ``on_event``; return what it returns.
    An exception raised by ``on_event`` stops the run (and closes the generator)."""
    box: list[R] = []
    try:
        for event in _keep(gen, box):
            if on_event is not None:
                on_event(event)
    finally:
        gen.close()
    return box[0]


def relay(gen: Generator[E, None, R], convert: Callable[[E], F | None]
          ) -> Generator[F, None, R]:
    """Yield ``convert(event)`` for each event of ``gen`` (None: nothing for this one);
    return what ``gen`` returns."""
    box: list[R] = []
    try:
        for event in _keep(gen, box):
            out = convert(event)
            if out is not None:
                yield out
    finally:
        gen.close()
    return box[0]
