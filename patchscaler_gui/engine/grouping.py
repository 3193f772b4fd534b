"""Patch-adaptive Group Sampling (PGS): difficulty per patch and the three groups.

Difficulty of a patch = 1 − mean(confidence) over its core. Two thresholds (hi > lo) split
patches into Simple (d < lo), Medium (lo ≤ d < hi) and Hard (d ≥ hi). Each group g starts
at step ``starts[g]`` with the shortcut start and takes ``budgets[g]`` respaced steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

GROUP_NAMES = ("simple", "medium", "hard")
SIMPLE, MEDIUM, HARD = 0, 1, 2


@dataclass(frozen=True)
class GroupPlan:
    """Per-group start step and step budget, plus the two difficulty thresholds."""

    thresholds: tuple[float, float] = (0.5, 0.25)  # (hi, lo)
    starts: tuple[int, int, int] = (4, 8, 15)
    budgets: tuple[int, int, int] = (2, 4, 8)

    def __post_init__(self) -> None:
        hi, lo = self.thresholds
        if not 0.0 <= lo <= hi <= 1.0:
            raise ValueError(f"thresholds must satisfy 0 <= lo <= hi <= 1, got hi={hi}, lo={lo}")
        for s, n in zip(self.starts, self.budgets, strict=True):
            if s < 1 or n < 0:
                raise ValueError(f"start steps must be >= 1 and budgets >= 0, got {s}, {n}")

    @classmethod
    def uniform(cls, steps: int, T: int) -> GroupPlan:
        """Every patch from step T with ``steps`` steps: the ResShift-style baseline."""
        return cls(thresholds=(1.0, 1.0), starts=(T, T, T), budgets=(steps, steps, steps))

    def steps(self, group: int) -> int:
        """Network evaluations per patch of ``group`` (a budget is capped by its start)."""
        return min(self.budgets[group], self.starts[group])


def patch_difficulty(confidence: torch.Tensor, patch: int) -> np.ndarray:
    """Confidence (1, 1, H, W) with H, W multiples of ``patch`` → difficulty (H/p, W/p)."""
    mean = F.avg_pool2d(confidence, patch)
    return (1.0 - mean[0, 0]).cpu().numpy().astype(np.float32)


def assign_groups(difficulty: np.ndarray, plan: GroupPlan) -> np.ndarray:
    """Difficulty array → group index array of the same shape (int8)."""
    hi, lo = plan.thresholds
    groups = np.full(difficulty.shape, MEDIUM, dtype=np.int8)
    groups[difficulty < lo] = SIMPLE
    groups[difficulty >= hi] = HARD
    return groups


def patch_steps(groups: np.ndarray, plan: GroupPlan) -> int:
    """Total denoiser evaluations (patch-steps) the plan costs."""
    return int(sum(int((groups == g).sum()) * plan.steps(g) for g in range(3)))
