import numpy as np
import pytest
import torch

from patchscaler_gui.engine.grouping import (
    HARD,
    MEDIUM,
    SIMPLE,
    GroupPlan,
    assign_groups,
    patch_difficulty,
    patch_steps,
)


def test_difficulty_is_one_minus_mean_confidence() -> None:
    conf = torch.ones(1, 1, 8, 12)
    conf[..., :4, :4] = 0.2
    d = patch_difficulty(conf, 4)
    assert d.shape == (2, 3)
    assert d[0, 0] == pytest.approx(0.8) and d[1, 2] == pytest.approx(0.0)


def test_thresholds_split_three_groups() -> None:
    plan = GroupPlan(thresholds=(0.6, 0.3), starts=(3, 8, 15), budgets=(2, 4, 9))
    g = assign_groups(np.array([0.1, 0.3, 0.59, 0.6, 0.95]), plan)
    assert g.tolist() == [SIMPLE, MEDIUM, MEDIUM, HARD, HARD]
    assert patch_steps(g, plan) == 2 + 4 + 4 + 9 + 9


def test_budget_is_capped_by_start_and_validation() -> None:
    assert GroupPlan(starts=(2, 8, 15), budgets=(5, 4, 8)).steps(0) == 2
    with pytest.raises(ValueError):
        GroupPlan(thresholds=(0.2, 0.5))
    with pytest.raises(ValueError):
        GroupPlan(starts=(0, 8, 15))


def test_uniform_plan_gives_every_patch_the_same_path() -> None:
    plan = GroupPlan.uniform(15, 15)
    g = assign_groups(np.random.rand(50).astype(np.float32), plan)
    assert {plan.steps(int(k)) for k in np.unique(g)} == {15}
