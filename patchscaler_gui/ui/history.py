"""Undo and redo of the edits of a picture: snapshots of the panel's tuning and the brush.

A :class:`History` keeps the snapshot after the last edit recorded (``settled``), the ones
before each edit (``done``) and those each undo took back (``undone``). What an edit is,
and when it ends, is the editor's (:mod:`editor`): a brush stroke at its release, the
panel's edits once they pause. :func:`describe` names a step for the Edit menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeGuard

import numpy as np
from PySide6.QtCore import QCoreApplication

from patchscaler_gui.engine.grouping import FOLLOW
from patchscaler_gui.ui.panel_parts import Tuning


def painted(brush: np.ndarray | None) -> TypeGuard[np.ndarray]:
    """Whether ``brush`` moves any patch out of its thresholds' group (None: none yet)."""
    return brush is not None and bool(np.any(brush != FOLLOW))


@dataclass(frozen=True, eq=False)
class Snapshot:
    """What one step of undo puts back: the panel's tuning and the brush (None before the
    first coarse stage, when nothing can be painted)."""

    tuning: Tuning
    brush: np.ndarray | None

    def same_brush(self, other: Snapshot) -> bool:
        a, b = self.brush, other.brush
        if a is None or b is None:  # unpainted either way, or painted on one side
            return not (painted(a) or painted(b))
        return a.shape == b.shape and bool(np.array_equal(a, b))

    def same(self, other: Snapshot) -> bool:
        return self.tuning == other.tuning and self.same_brush(other)


@dataclass
class History:
    """One picture's steps of undo and redo (no limit: a snapshot holds the tuning and a
    byte per patch)."""

    done: list[Snapshot] = field(default_factory=list)  # before each edit
    undone: list[Snapshot] = field(default_factory=list)  # what each undo took back
    settled: Snapshot | None = None  # after the last edit recorded

    def rebase(self, now: Snapshot) -> None:
        """``now`` is where the next edit starts from, not a step of undo."""
        self.settled = now

    def record(self, now: Snapshot) -> bool:
        """The edits since the last record, up to ``now``, become one step; True if they
        changed anything (then nothing undone can be redone)."""
        before, self.settled = self.settled, now
        if before is None or before.same(now):
            return False
        self.done.append(before)
        self.undone.clear()
        return True

    def step(self, now: Snapshot, forward: bool = False) -> Snapshot | None:
        """Record the edits up to ``now``, then undo the last step (``forward``: redo the
        last one undone): the snapshot to put back, None if there was no step."""
        self.record(now)
        source, target = (self.undone, self.done) if forward else (self.done, self.undone)
        if not source or self.settled is None:
            return None
        target.append(self.settled)
        self.settled = source.pop()
        return self.settled

    def next(self, now: Snapshot, forward: bool = False) -> tuple[Snapshot, Snapshot] | None:
        """The edit that :meth:`step` at ``now`` would take back (``forward``: put back), as
        (what it started from, what it made); None if there is none. Edits not yet recorded
        are what undo takes back first, and leave nothing to redo."""
        if self.settled is None:
            return None
        pending = not now.same(self.settled)
        if forward:
            return None if pending or not self.undone else (self.settled, self.undone[-1])
        if pending:
            return self.settled, now
        return (self.done[-1], self.settled) if self.done else None


def describe(origin: Snapshot, made: Snapshot, look_of: Callable[[Tuning], str | None]
             ) -> str:
    """An edit from ``origin`` to ``made`` as the Edit menu names it ("Undo Look"): the
    brush; the look, if it made another look; the one panel value it changed; or several."""
    a, b = origin.tuning, made.tuning
    if a == b:
        return QCoreApplication.translate("History", "Brush")
    if not origin.same_brush(made):
        return QCoreApplication.translate("History", "Several Settings")
    if look_of(b) not in (None, look_of(a)):
        return QCoreApplication.translate("History", "Look")
    parts = [name for name, changed in (
        (QCoreApplication.translate("History", "Patch Groups"), a.plan != b.plan),
        (QCoreApplication.translate("History", "Seed"), a.seed != b.seed),
        (QCoreApplication.translate("History", "Texture Prompt"), a.texture != b.texture),
        (QCoreApplication.translate("History", "Clean-up"), a.cleanup != b.cleanup),
        (QCoreApplication.translate("History", "Sharpening"),
         (a.sharpen, a.lowband) != (b.sharpen, b.lowband))) if changed]
    return parts[0] if len(parts) == 1 else QCoreApplication.translate("History",
                                                                          "Several Settings")
