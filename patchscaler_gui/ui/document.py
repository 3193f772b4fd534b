"""One open image and what the app knows about it: the coarse cache and what is sampled.

Qt-free bookkeeping behind "re-sample only what changed". Each patch remembers the
(start step, budget) its current pixels were sampled with; a patch is *stale* when the
group it falls in now (thresholds + brush overrides) asks for something else, or when the
seed, texture switch or model changed. Re-sampling then runs only stale patches: one pass
with the user's plan for the patches the thresholds place, plus one pass per group for
patches the brush forced into that group (thresholds that put every patch in that group,
limited by ``select``; the engine's own grouping stays the one source of truth).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from patchscaler_gui.engine.grouping import GroupPlan, assign_groups, patch_difficulty
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import SCALE
from patchscaler_gui.engine.sampler import State

NOT_SAMPLED = -1
# Thresholds (hi, lo) that put every patch (difficulty in [0, 1)) into group g.
FORCE_THRESHOLDS = ((1.0, 1.0), (1.0, 0.0), (0.0, 0.0))


MAX_BRUSH_RADIUS = 8


def brush_disc(shape: tuple[int, ...], center: tuple[int, int], radius: int) -> np.ndarray:
    """(rows, cols) bool mask of the patches within ``radius`` patches of ``center``
    (radius 0: that patch alone; 1: its 3×3 block; larger: a disc)."""
    rows, cols = np.ogrid[: shape[0], : shape[1]]
    d2 = (rows - center[0]) ** 2 + (cols - center[1]) ** 2
    return np.asarray(d2 <= radius * radius + radius)


@dataclass(frozen=True)
class Pass:
    """One sampler call: a plan and the patches it may touch (None = all)."""

    plan: GroupPlan
    select: np.ndarray | None


@dataclass(frozen=True)
class RunKey:
    """What makes every earlier sample invalid when it changes."""

    seed: int
    texture: bool
    model: str


@dataclass
class Document:
    """An open picture, its coarse cache and the sampling record of every patch."""

    picture: Picture
    path: Path | None = None
    state: State | None = None
    difficulty: np.ndarray | None = None  # (rows, cols)
    overrides: np.ndarray | None = None  # (rows, cols) int8, -1 = follow the thresholds
    sampled: np.ndarray | None = None  # (rows, cols, 2) start, budget; -1 = coarse only
    key: RunKey | None = None
    result: Picture | None = None  # the last complete output
    seconds: float | None = None  # the last complete run's wall time
    tiled: tuple[GroupPlan, RunKey] | None = None  # what a tiled job's result was made with

    @property
    def patch_px(self) -> int:
        """Output pixels per patch side (0 before the coarse stage)."""
        return 0 if self.state is None else self.state.grid.patch * SCALE

    def adopt(self, state: State) -> None:
        """Take the coarse cache of a first run (nothing sampled yet)."""
        self.state = state
        self.difficulty = patch_difficulty(state.confidence, state.grid.patch)
        shape = self.difficulty.shape
        self.overrides = np.full(shape, NOT_SAMPLED, np.int8)
        self.sampled = np.full((*shape, 2), NOT_SAMPLED, np.int32)
        self.result = None

    def forget(self) -> None:
        """Drop the cache (another model or device): the next run starts from scratch."""
        self.state = self.difficulty = self.overrides = self.sampled = None
        self.key = self.tiled = None

    def groups(self, plan: GroupPlan) -> np.ndarray:
        """Each patch's group under ``plan``'s thresholds and the brush overrides."""
        assert self.difficulty is not None and self.overrides is not None
        groups = assign_groups(self.difficulty, plan)
        return np.where(self.overrides >= 0, self.overrides, groups).astype(np.int8)

    def wanted(self, plan: GroupPlan) -> np.ndarray:
        """(rows, cols, 2): the (start, budget) each patch should be sampled with."""
        g = self.groups(plan)
        return np.stack([np.asarray(plan.starts)[g], np.asarray(plan.budgets)[g]], axis=-1)

    def stale(self, plan: GroupPlan, key: RunKey) -> np.ndarray:
        """(rows, cols) bool: patches whose pixels do not match ``plan`` and ``key``."""
        assert self.sampled is not None
        if key != self.key:
            return np.ones(self.sampled.shape[:2], bool)
        return np.asarray(np.any(self.sampled != self.wanted(plan), axis=-1), bool)

    def passes(self, plan: GroupPlan, select: np.ndarray) -> list[Pass]:
        """The sampler passes that bring the ``select``ed patches up to date."""
        assert self.overrides is not None
        out = []
        free = select & (self.overrides < 0)
        if free.any():
            out.append(Pass(plan, free))
        for g, thresholds in enumerate(FORCE_THRESHOLDS):
            forced = select & (self.overrides == g)
            if forced.any():
                out.append(Pass(replace(plan, thresholds=thresholds), forced))
        return out

    def cost(self, plan: GroupPlan, select: np.ndarray) -> int:
        """Patch-steps (denoiser evaluations) that sampling ``select`` costs."""
        steps = np.array([plan.steps(g) for g in range(3)])
        return int(steps[self.groups(plan)][select].sum())

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
        """Force the patches of the (rows, cols) bool mask into ``group`` (-1 = back to the
        thresholds); True if any changed."""
        assert self.overrides is not None
        changed = bool(np.any(self.overrides[patches] != group))
        self.overrides[patches] = group
        return changed
