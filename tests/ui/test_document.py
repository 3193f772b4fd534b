"""What is stale after a change, and which sampler passes bring it up to date (no Qt)."""

from __future__ import annotations

import numpy as np

from patchscaler_gui.engine.grouping import GroupPlan, assign_groups
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sampler import coarse_stage
from patchscaler_gui.ui.document import FORCE_THRESHOLDS, Document, RunKey, brush_disc

KEY = RunKey(0, True, "m")


def make_doc(tiny_model: PatchScaler) -> Document:
    pixels = np.random.default_rng(0).random((24, 40, 3), dtype=np.float32)
    doc = Document(Picture(pixels))
    doc.adopt(coarse_stage(tiny_model, pixels))
    return doc


def plan_for(doc: Document) -> GroupPlan:
    lo, hi = np.quantile(doc.difficulty, [0.34, 0.67])
    return GroupPlan(thresholds=(float(hi), float(lo)))


def sample_all(doc: Document, plan: GroupPlan) -> None:
    doc.begin(None, KEY)
    groups = doc.groups(plan)
    for g in range(3):
        doc.mark_sampled(groups == g, plan.starts[g], plan.budgets[g])


def test_nothing_is_stale_after_a_full_run_and_one_budget_stales_one_group(
        tiny_model: PatchScaler) -> None:
    doc = make_doc(tiny_model)
    plan = plan_for(doc)
    assert doc.stale(plan, KEY).all()
    sample_all(doc, plan)
    assert not doc.stale(plan, KEY).any()
    changed = GroupPlan(plan.thresholds, plan.starts, (3, 4, 8))
    assert (doc.stale(changed, KEY) == (doc.groups(plan) == 0)).all()
    assert doc.cost(changed, doc.stale(changed, KEY)) == int((doc.groups(plan) == 0).sum()) * 3
    assert doc.stale(plan, RunKey(1, True, "m")).all()  # another seed: everything


def test_forced_thresholds_put_every_patch_in_their_group(tiny_model: PatchScaler) -> None:
    doc = make_doc(tiny_model)
    for g, thresholds in enumerate(FORCE_THRESHOLDS):
        groups = assign_groups(doc.difficulty, GroupPlan(thresholds=thresholds))
        assert (groups == g).all()


def test_brushed_patches_get_a_pass_of_their_own(tiny_model: PatchScaler) -> None:
    doc = make_doc(tiny_model)
    plan = plan_for(doc)
    sample_all(doc, plan)
    r, c = map(int, np.argwhere(doc.groups(plan) == 0)[0])
    one = np.zeros_like(doc.overrides, dtype=bool)
    one[r, c] = True
    assert doc.paint(one, 2)
    assert not doc.paint(one, 2)  # no change the second time
    stale = doc.stale(plan, KEY)
    assert stale.sum() == 1 and stale[r, c]
    passes = doc.passes(plan, stale)
    assert len(passes) == 1 and passes[0].plan.thresholds == FORCE_THRESHOLDS[2]
    assert passes[0].select.sum() == 1 and passes[0].select[r, c]


def test_a_cancelled_run_leaves_its_patches_stale(tiny_model: PatchScaler) -> None:
    doc = make_doc(tiny_model)
    plan = plan_for(doc)
    sample_all(doc, plan)
    select = np.zeros(doc.difficulty.shape, bool)
    select[1, 1] = True
    doc.begin(select, KEY)  # the run is cancelled before its group reports
    assert (doc.stale(plan, KEY) == select).all()


def test_brush_disc_shapes() -> None:
    assert brush_disc((5, 5), (2, 2), 0).sum() == 1
    block = brush_disc((5, 5), (2, 2), 1)
    assert block[1:4, 1:4].all() and block.sum() == 9
    disc = brush_disc((9, 9), (4, 4), 2)
    assert disc[4, 2] and disc[3, 2] and not disc[2, 2]  # a disc, not a square
    assert brush_disc((3, 4), (0, 0), 1).sum() == 4  # clipped at the border
