import numpy as np
import pytest
import torch

from patchscaler_gui.engine.grouping import (
    HARD,
    MEDIUM,
    SIMPLE,
    GroupPlan,
    ordered,
    patch_difficulty,
    plan_patches,
)


def test_difficulty_is_one_minus_mean_confidence() -> None:
    conf = torch.ones(1, 1, 8, 12)
    conf[..., :4, :4] = 0.2
    d = patch_difficulty(conf, 4)
    assert d.shape == (2, 3)
    assert d[0, 0] == pytest.approx(0.8) and d[1, 2] == pytest.approx(0.0)


def test_thresholds_split_three_groups() -> None:
    plan = GroupPlan(thresholds=(0.3, 0.6), starts=(3, 8, 15), budgets=(2, 4, 9))
    patches = plan_patches(np.array([0.1, 0.3, 0.59, 0.6, 0.95]), plan)
    assert patches.groups.tolist() == [SIMPLE, MEDIUM, MEDIUM, HARD, HARD]
    assert patches.cost().patch_steps == 2 + 4 + 4 + 9 + 9
    assert patches.cost().patches == (1, 2, 2)


def test_the_brush_overrides_the_thresholds_and_select_limits_the_cost() -> None:
    plan = GroupPlan(thresholds=(0.3, 0.6), starts=(3, 8, 15), budgets=(2, 4, 9))
    brush = np.array([HARD, -1, SIMPLE, -1], np.int8)
    select = np.array([True, True, False, False])
    patches = plan_patches(np.array([0.1, 0.4, 0.9, 0.9]), plan, brush, select)
    assert patches.groups.tolist() == [HARD, MEDIUM, SIMPLE, HARD]
    assert patches.cost().patch_steps == 9 + 4 and patches.cost().all_patch_steps == 9 + 4 + 2 + 9
    assert patches.members(HARD).tolist() == [0]
    assert patches.wanted().tolist() == [[15, 9], [8, 4], [3, 2], [15, 9]]


def test_stored_thresholds_read_in_either_order() -> None:
    assert ordered([0.7, 0.6]) == ordered((0.6, 0.7)) == (0.6, 0.7)
    old = {"thresholds": [0.7, 0.6], "starts": [2, 5, 15], "budgets": [0, 2, 4]}
    assert GroupPlan.from_dict(old).thresholds == (0.6, 0.7)


def test_budget_is_capped_by_start_and_validation() -> None:
    assert GroupPlan(starts=(2, 8, 15), budgets=(5, 4, 8)).steps(0) == 2
    with pytest.raises(ValueError):
        GroupPlan(thresholds=(0.5, 0.2))
    with pytest.raises(ValueError):
        GroupPlan(starts=(0, 8, 15))


def test_uniform_plan_gives_every_patch_the_same_path() -> None:
    plan = GroupPlan.uniform(15, 15)
    g = plan_patches(np.random.rand(50).astype(np.float32), plan).groups
    assert {plan.steps(int(k)) for k in np.unique(g)} == {15}
