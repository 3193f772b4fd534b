"""Patch-adaptive Group Sampling (PGS): difficulty per patch, the three groups, the plan.

Difficulty of a patch = 1 − mean(confidence) over its core. Two thresholds ``(lo, hi)``
split patches into Simple (d < lo), Medium (lo ≤ d < hi) and Hard (d ≥ hi). Each group g
starts at step ``starts[g]`` with the shortcut start and takes ``budgets[g]`` respaced steps.

A :class:`GroupPlan` is the rule (thresholds, starts, budgets); a :class:`PatchPlan` is what
the sampler runs: each patch's group, each group's start and budget, and the patches to
sample. :func:`plan_patches` makes one from the other, a difficulty map and the brush: it is
the one place where patches get their group, and :meth:`PatchPlan.cost` the one count of
what a plan costs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

GROUP_NAMES = ("simple", "medium", "hard")
SIMPLE, MEDIUM, HARD = 0, 1, 2
FOLLOW = -1  # in a brush map: the patch follows the thresholds


def ordered(pair: tuple[float, float] | list[float]) -> tuple[float, float]:
    """Two thresholds as ``(lo, hi)``. A stored pair is unambiguous (lo <= hi), so files
    written as ``[hi, lo]`` (config.json and settings.json of earlier versions) read the
    same."""
    a, b = float(pair[0]), float(pair[1])
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True)
class GroupPlan:
    """Per-group start step and step budget, plus the two difficulty thresholds."""

    thresholds: tuple[float, float] = (0.25, 0.5)  # (lo, hi)
    starts: tuple[int, int, int] = (4, 8, 15)
    budgets: tuple[int, int, int] = (2, 4, 8)

    def __post_init__(self) -> None:
        lo, hi = self.thresholds
        if not 0.0 <= lo <= hi <= 1.0:
            raise ValueError(f"thresholds must satisfy 0 <= lo <= hi <= 1, got lo={lo}, hi={hi}")
        for s, n in zip(self.starts, self.budgets, strict=True):
            if s < 1 or n < 0:
                raise ValueError(f"start steps must be >= 1 and budgets >= 0, got {s}, {n}")

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> GroupPlan:
        """A plan as stored (config.json, a look): thresholds ``[lo, hi]``, or ``[hi, lo]``
        as older files hold them (see :func:`ordered`)."""
        s, b = (tuple(int(v) for v in d[k]) for k in ("starts", "budgets"))
        if len(s) != 3 or len(b) != 3:
            raise ValueError("a plan needs three starts and three budgets")
        return cls(ordered(d["thresholds"]), (s[0], s[1], s[2]), (b[0], b[1], b[2]))

    @classmethod
    def uniform(cls, steps: int, T: int) -> GroupPlan:
        """Every patch from step T with ``steps`` steps: the ResShift-style baseline."""
        return cls(thresholds=(1.0, 1.0), starts=(T, T, T), budgets=(steps, steps, steps))

    def steps(self, group: int) -> int:
        """Network evaluations per patch of ``group`` (a budget is capped by its start)."""
        return min(self.budgets[group], self.starts[group])


@dataclass(frozen=True)
class Cost:
    """What a :class:`PatchPlan` costs, in patch-steps (denoiser evaluations of one patch)."""

    patch_steps: int  # of the patches the plan samples
    all_patch_steps: int  # of every patch, as if all were sampled
    patches: tuple[int, int, int]  # patches per group (all of them)
    steps: tuple[int, int, int]  # steps per patch of each group

    def seconds(self, per_patch_step: float) -> float:
        """The predicted sampling time at a measured speed."""
        return self.patch_steps * per_patch_step


@dataclass(frozen=True, eq=False)
class PatchPlan:
    """One image's plan: each patch's group, each group's (start, budget), and ``select``,
    the patches to sample (the others keep what they show)."""

    groups: np.ndarray  # (rows, cols) int8
    rule: GroupPlan  # the starts and budgets (and the thresholds the groups came from)
    select: np.ndarray  # (rows, cols) bool

    def steps(self, group: int) -> int:
        return self.rule.steps(group)

    def patches(self, group: int) -> np.ndarray:
        """(rows, cols) bool: the selected patches of ``group``."""
        return (self.groups == group) & self.select

    def members(self, group: int) -> np.ndarray:
        """Flat indices of the selected patches of ``group``."""
        return np.flatnonzero(self.patches(group))

    def wanted(self) -> np.ndarray:
        """(rows, cols, 2): the (start, budget) each patch is sampled with."""
        g = self.groups
        return np.stack([np.asarray(self.rule.starts)[g], np.asarray(self.rule.budgets)[g]],
                        axis=-1)

    def only(self, select: np.ndarray) -> PatchPlan:
        """The same plan, sampling only ``select``."""
        return replace(self, select=np.asarray(select, bool))

    def cost(self) -> Cost:
        steps = np.array([self.steps(g) for g in range(3)])
        per_patch = steps[self.groups]
        counts = np.bincount(self.groups.ravel(), minlength=3)
        return Cost(int(per_patch[self.select].sum()), int(per_patch.sum()),
                    (int(counts[0]), int(counts[1]), int(counts[2])),
                    (int(steps[0]), int(steps[1]), int(steps[2])))


def patch_difficulty(confidence: torch.Tensor, patch: int) -> np.ndarray:
    """Confidence (1, 1, H, W) with H, W multiples of ``patch`` → difficulty (H/p, W/p)."""
    mean = F.avg_pool2d(confidence, patch)
    return (1.0 - mean[0, 0]).cpu().numpy().astype(np.float32)


def plan_patches(difficulty: np.ndarray, rule: GroupPlan, brush: np.ndarray | None = None,
                 select: np.ndarray | None = None) -> PatchPlan:
    """The plan for one image: the thresholds place each patch, the ``brush`` map
    (int8, FOLLOW or a group) overrides them; ``select`` (default: all) is what to sample."""
    lo, hi = rule.thresholds
    groups = np.full(difficulty.shape, MEDIUM, dtype=np.int8)
    groups[difficulty < lo] = SIMPLE
    groups[difficulty >= hi] = HARD
    if brush is not None:
        groups = np.where(brush >= 0, brush, groups).astype(np.int8)
    chosen = np.ones(groups.shape, bool) if select is None else np.asarray(select, bool)
    return PatchPlan(groups, rule, chosen)
