"""What is stale after a change, and what the next job samples (no Qt)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from patchscaler_gui.engine.grouping import FOLLOW, GroupPlan, patch_difficulty, plan_patches
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sampler import coarse_stage
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.ui.document import Document, RunKey, brush_disc
from patchscaler_gui.ui.history import History, Snapshot, describe
from patchscaler_gui.ui.panel_parts import Tuning

KEY = RunKey(0, True, "m")


def make_doc(tiny_model: PatchScaler) -> tuple[Document, GroupPlan]:
    """A document after its coarse stage, planned with thresholds that give every group
    patches."""
    pixels = np.random.default_rng(0).random((24, 40, 3), dtype=np.float32)
    doc = Document(Picture(pixels))
    state = coarse_stage(tiny_model, pixels)
    difficulty = patch_difficulty(state.confidence, state.grid.patch)
    lo, hi = np.quantile(difficulty, [0.34, 0.67])
    rule = GroupPlan(thresholds=(float(lo), float(hi)))
    doc.adopt(state, difficulty, plan_patches(difficulty, rule))
    return doc, rule


def sample_all(doc: Document) -> None:
    assert doc.plan is not None
    doc.begin(None, KEY)
    for g in range(3):
        doc.mark_sampled(doc.plan.groups == g, doc.plan.rule.starts[g],
                         doc.plan.rule.budgets[g])


def test_nothing_is_stale_after_a_full_run_and_one_budget_stales_one_group(
        tiny_model: PatchScaler) -> None:
    doc, rule = make_doc(tiny_model)
    assert doc.stale(KEY).all()
    sample_all(doc)
    assert not doc.stale(KEY).any() and doc.todo(KEY) is None
    simple = doc.plan.groups == 0  # type: ignore[union-attr]
    doc.replan(GroupPlan(rule.thresholds, rule.starts, (3, 4, 8)))
    assert (doc.stale(KEY) == simple).all()
    todo = doc.todo(KEY)
    assert todo is not None and todo.cost().patch_steps == int(simple.sum()) * 3
    assert doc.stale(RunKey(1, True, "m")).all()  # another seed: everything


def test_the_plan_is_made_once_per_change(tiny_model: PatchScaler) -> None:
    doc, rule = make_doc(tiny_model)
    plan = doc.plan
    doc.replan(rule)
    assert doc.plan is plan  # the same values: the same plan, no regrouping
    doc.replan(GroupPlan(rule.thresholds, rule.starts, (3, 4, 8)))
    assert doc.plan is not plan


def test_brushed_patches_are_planned_in_their_group(tiny_model: PatchScaler) -> None:
    doc, _ = make_doc(tiny_model)
    sample_all(doc)
    assert doc.plan is not None and doc.brush is not None
    r, c = map(int, np.argwhere(doc.plan.groups == 0)[0])
    one = np.zeros_like(doc.brush, dtype=bool)
    one[r, c] = True
    assert doc.paint(one, 2)
    assert not doc.paint(one, 2)  # no change the second time
    assert doc.plan.groups[r, c] == 2
    todo = doc.todo(KEY)
    assert todo is not None and todo.select.sum() == 1 and todo.select[r, c]
    assert todo.members(2).tolist() == [r * doc.brush.shape[1] + c]


def tuning(rule: GroupPlan, seed: int = 0) -> Tuning:
    return Tuning(rule, seed, True, False, Sharpening(0.25, 1.0), False)


def test_edits_undo_and_redo_as_wholes(tiny_model: PatchScaler) -> None:
    """A stroke, or the panel's values, between two records is one step; undo puts back the
    brush and returns the tuning, with the plan made from both."""
    doc, rule = make_doc(tiny_model)
    sample_all(doc)
    assert doc.plan is not None and doc.brush is not None
    start = doc.plan.groups.copy()
    doc.rebase(tuning(rule))
    assert not doc.record(tuning(rule))  # nothing changed: no step
    cells = np.zeros_like(doc.brush, dtype=bool)
    cells[0, 0] = True
    doc.paint(cells, 2)
    cells[0, 1] = True
    doc.paint(cells, 1)  # the same stroke
    assert doc.record(tuning(rule)) and len(doc.edits.done) == 1
    stroked = doc.plan.groups.copy()
    doc.paint(cells, 1)  # a stroke that changes nothing is no step
    assert not doc.record(tuning(rule)) and len(doc.edits.done) == 1
    wider = GroupPlan((rule.thresholds[0], 1.0), rule.starts, rule.budgets)
    doc.replan(wider)  # the panel: a threshold, then the seed, recorded together
    assert doc.record(tuning(wider, seed=7)) and len(doc.edits.done) == 2
    back = doc.step_back(tuning(wider, seed=7))
    assert back is not None and back.tuning == tuning(rule)
    assert (doc.plan.groups == stroked).all() and doc.plan.rule == rule
    back = doc.step_back(tuning(rule))
    assert back is not None and (doc.plan.groups == start).all()
    assert doc.step_back(tuning(rule)) is None  # nothing left to undo
    again = doc.step_back(tuning(rule), forward=True)
    assert again is not None and (doc.plan.groups == stroked).all()
    doc.paint(cells, 0)
    assert doc.edits.undone and doc.record(tuning(rule))
    assert not doc.edits.undone  # a new edit: what was undone cannot be redone


def test_undo_records_the_edit_under_way_first(tiny_model: PatchScaler) -> None:
    doc, rule = make_doc(tiny_model)
    doc.rebase(tuning(rule))
    back = doc.step_back(tuning(rule, seed=3))  # the seed changed, not yet recorded
    assert back is not None and back.tuning == tuning(rule)
    again = doc.step_back(tuning(rule), forward=True)
    assert again is not None and again.tuning == tuning(rule, seed=3)


def test_the_brush_and_its_steps_stay_for_a_new_coarse_stage_on_the_same_grid(
        tiny_model: PatchScaler) -> None:
    doc, rule = make_doc(tiny_model)
    assert doc.state is not None and doc.difficulty is not None and doc.brush is not None
    state, difficulty = doc.state, doc.difficulty
    doc.rebase(tuning(rule))
    cells = np.zeros_like(doc.brush, dtype=bool)
    cells[0, 0] = True
    doc.paint(cells, 2)  # a stroke still under way when the coarse stage comes again
    doc.forget()
    assert doc.adopt(state, difficulty, plan_patches(difficulty, rule))
    assert doc.plan is not None and doc.plan.groups[0, 0] == 2
    assert doc.record(tuning(rule)) and len(doc.edits.done) == 1
    assert doc.step_back(tuning(rule)) is not None
    assert not doc.adopt(state, difficulty, plan_patches(difficulty, rule))
    assert doc.edits.undone  # what was taken back can still be put back
    other = np.zeros((difficulty.shape[0] + 1, difficulty.shape[1]), difficulty.dtype)
    doc.step_back(tuning(rule), forward=True)
    assert not doc.adopt(state, other, plan_patches(other, rule))  # another patch grid
    assert doc.brush is not None and doc.brush.shape == other.shape
    assert not doc.record(tuning(rule))  # the emptied brush is no edit
    back = doc.step_back(tuning(rule))  # a brush of the old grid is put back empty
    assert back is not None and doc.brush.shape == other.shape and (doc.brush == FOLLOW).all()


def test_a_cancelled_run_leaves_its_patches_stale(tiny_model: PatchScaler) -> None:
    doc, _ = make_doc(tiny_model)
    sample_all(doc)
    assert doc.difficulty is not None
    select = np.zeros(doc.difficulty.shape, bool)
    select[1, 1] = True
    doc.begin(select, KEY)  # the run is cancelled before its group reports
    assert (doc.stale(KEY) == select).all()


def test_brush_disc_shapes() -> None:
    assert brush_disc((5, 5), (2, 2), 0).sum() == 1
    block = brush_disc((5, 5), (2, 2), 1)
    assert block[1:4, 1:4].all() and block.sum() == 9
    disc = brush_disc((9, 9), (4, 4), 2)
    assert disc[4, 2] and disc[3, 2] and not disc[2, 2]  # a disc, not a square
    assert brush_disc((3, 4), (0, 0), 1).sum() == 4  # clipped at the border


def test_the_edit_menu_names_what_a_step_changes() -> None:
    """Undo and Redo say what they take back: the brush, a look made, the one panel value
    changed, or several."""
    rule = GroupPlan(thresholds=(0.4, 0.6))
    plain, painted = np.full((2, 3), FOLLOW, np.int8), np.zeros((2, 3), np.int8)
    looks = {tuning(rule): "balanced"}

    def name(a: Tuning, b: Tuning, brush_a: np.ndarray | None = None,
             brush_b: np.ndarray | None = None) -> str:
        return describe(Snapshot(a, brush_a), Snapshot(b, brush_b), looks.get)

    other = GroupPlan(thresholds=(0.4, 0.7))
    assert name(tuning(rule), tuning(rule), plain, painted) == "Brush"
    assert name(tuning(rule), tuning(rule, seed=3)) == "Seed"
    assert name(tuning(rule), tuning(other)) == "Patch Groups"  # the look left: a slider
    assert name(tuning(other), tuning(rule)) == "Look"  # a look made (Reset, the Look box)
    assert name(tuning(other), tuning(other, seed=3)) == "Seed"
    assert name(tuning(other), replace(tuning(other, seed=3), texture=False)) == \
        "Several Settings"
    assert name(tuning(rule), tuning(rule, seed=3), None, painted) == "Several Settings"


def test_undo_takes_back_what_is_not_recorded_yet_and_leaves_nothing_to_redo() -> None:
    rule = GroupPlan(thresholds=(0.4, 0.6))
    edits = History()
    assert edits.next(Snapshot(tuning(rule), None)) is None  # nothing before a rebase
    edits.rebase(Snapshot(tuning(rule), None))
    edits.record(Snapshot(tuning(rule, seed=1), None))
    assert edits.step(Snapshot(tuning(rule, seed=1), None)) is not None  # undone: redo has it
    now = Snapshot(tuning(rule), None)
    redo = edits.next(now, forward=True)
    assert redo is not None and redo[1].tuning == tuning(rule, seed=1)
    moved = Snapshot(tuning(rule, seed=2), None)  # the panel edited, not recorded yet
    assert edits.next(moved, forward=True) is None
    undo = edits.next(moved)
    assert undo is not None and undo[0].tuning == tuning(rule) and undo[1] is moved
