"""The open image's record (:class:`Document`): its picture, coarse cache, plan, brush,
what each patch was sampled with, and its steps of undo. :class:`editor.Editor` drives it.

The record is Qt-free bookkeeping behind "re-sample only what changed". The document keeps
the :class:`PatchPlan` of the panel's values and the brush, made once per change by the
engine's :func:`plan_patches` (the heatmap, the cost and the next job all read it). Each
patch remembers the (start step, budget) its current pixels were sampled with; a patch is
*stale* when the plan asks for something else, or when the seed, texture switch or model
changed. A job then samples only the stale patches: the same plan, limited to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from patchscaler_gui.engine.grouping import FOLLOW, GroupPlan, PatchPlan, plan_patches
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import SCALE
from patchscaler_gui.engine.sampler import State
from patchscaler_gui.ui.history import History, Snapshot, painted
from patchscaler_gui.ui.panel_parts import Tuning

NOT_SAMPLED = -1


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
