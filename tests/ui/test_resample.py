"""Re-sampling only what changed: thresholds regroup live, one budget re-samples one group,
the brush moves patches between groups, and preview samples only the patches in view."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from patchscaler_gui.engine import sampler
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import press, press_in_popup, run_to_end


class Counter:
    """Counts coarse stages and denoiser evaluations (patches × calls) of the real model."""

    def __init__(self, model: PatchScaler, monkeypatch: pytest.MonkeyPatch) -> None:
        self.coarse = 0
        self.evaluations = 0
        real_coarse, real_predict = sampler.coarse_events, model.predict_x0

        def coarse(*args: object, **kwargs: object) -> object:
            self.coarse += 1
            return real_coarse(*args, **kwargs)  # type: ignore[arg-type]

        def predict(x_t: torch.Tensor, *args: object) -> torch.Tensor:
            self.evaluations += x_t.shape[0]
            return real_predict(x_t, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(sampler, "coarse_events", coarse)
        monkeypatch.setattr(model, "predict_x0", predict)

    def reset(self) -> None:
        self.coarse = self.evaluations = 0


@pytest.fixture
def counted(qtbot, window: MainWindow, tiny_model: PatchScaler, photo_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Counter:
    """A finished run on the photo with thresholds that give all three groups patches."""
    counter = Counter(tiny_model, monkeypatch)
    window.settings.rates[f"{window.session.model_id}|cpu"] = 1e-4  # no calibration calls
    window.open_file(photo_path)
    qtbot.waitUntil(lambda: window.session.doc.state is not None, timeout=20_000)
    lo, hi = np.quantile(window.session.doc.difficulty, [0.34, 0.67])
    window.controls.thresholds.setValue((float(lo), float(hi)))
    run_to_end(qtbot, window)
    press(qtbot, window, "F5")  # whatever the first run did with other thresholds
    run_to_end(qtbot, window)
    assert not window.session.doc.stale(window.session.editor.key()).any()
    counter.reset()
    return counter


def groups_of(win: MainWindow) -> np.ndarray:
    return win.session.doc.plan.groups


def test_thresholds_regroup_live_without_the_coarse_stage(
        qtbot, window: MainWindow, counted: Counter) -> None:
    before = groups_of(window)
    lo, hi = window.controls.thresholds.value()
    window.controls.thresholds.setValue((lo, (lo + hi) / 2))
    after = groups_of(window)
    assert (after != before).any()
    # the heatmap and legend regrouped at once, before any sampling
    assert window.controls.legend._counts == tuple(int((after == g).sum()) for g in range(3))
    assert not window.session.busy and counted.evaluations == 0
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)  # the debounced re-sample
    run_to_end(qtbot, window)
    assert counted.coarse == 0
    moved = after != before
    steps = [window.controls.values().plan.steps(g) for g in range(3)]
    assert counted.evaluations == sum(steps[g] for g in after[moved])


def test_one_budget_re_samples_only_that_group(qtbot, window: MainWindow,
                                               counted: Counter) -> None:
    groups = groups_of(window)
    simple = int((groups == 0).sum())
    assert 0 < simple < groups.size
    window.controls.budgets[0].setValue(3)
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    assert counted.coarse == 0
    assert counted.evaluations == simple * 3


def brush_a_simple_patch_hard(qtbot, window: MainWindow) -> tuple[np.ndarray, int, int]:
    """One stroke of the brush (B, then Ctrl+Alt+3) on the first simple patch: the groups
    before it, and that patch's row and column."""
    groups = groups_of(window)
    r, c = map(int, np.argwhere(groups == 0)[0])
    press(qtbot, window, "B")
    press(qtbot, window, "Ctrl+Alt+3")  # the hard group
    p = window.session.doc.patch_px
    window.canvas.brushed.emit(QPointF(c * p + 3, r * p + 3))
    window.canvas.brush_released.emit()
    return groups, r, c


def test_the_brush_moves_patches_and_re_samples_only_them(
        qtbot, window: MainWindow, counted: Counter) -> None:
    groups, r, c = brush_a_simple_patch_hard(qtbot, window)
    assert groups_of(window)[r, c] == 2
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    plan = window.controls.values().plan
    assert counted.evaluations == plan.steps(2)
    assert tuple(window.session.doc.sampled[r, c]) == (plan.starts[2], plan.budgets[2])


def test_ctrl_z_takes_back_a_brush_stroke_and_ctrl_shift_z_puts_it_back(
        qtbot, window: MainWindow, counted: Counter) -> None:
    """A stroke, from the mouse's press to its release, is one step of undo; undo and redo
    re-sample only the patches the stroke moved."""
    groups = groups_of(window)
    simple = np.argwhere(groups == 0)
    (r, c), (r2, c2) = map(tuple, simple[:2])
    undo, redo = window.commands.undo, window.commands.redo
    assert undo.isEnabled() and not redo.isEnabled()  # the thresholds set are an edit too
    press(qtbot, window, "B")
    press(qtbot, window, "Ctrl+Alt+3")  # the hard group
    p = window.session.doc.patch_px
    view = window.canvas.viewport()

    def at(row: int, col: int) -> QPoint:
        return window.canvas.mapFromScene(QPointF(col * p + p / 2, row * p + p / 2))

    window.canvas.centerOn(QPointF(c * p, r * p))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(r, c))
    qtbot.mouseMove(view, at(r2, c2), delay=0)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(r2, c2))
    stroked = groups_of(window)
    assert stroked[r, c] == stroked[r2, c2] == 2 and undo.text() == "&Undo Brush"
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    moved = int((stroked != groups).sum())
    counted.reset()
    press(qtbot, window, "Ctrl+Z")
    assert (groups_of(window) == groups).all() and redo.isEnabled()
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    assert counted.evaluations == moved * window.controls.values().plan.steps(0)
    for again in ("Ctrl+Shift+Z", "Ctrl+Y"):  # both common keys redo
        press(qtbot, window, again)
        assert (groups_of(window) == stroked).all() and undo.isEnabled()
        assert not redo.isEnabled()
        press(qtbot, window, "Ctrl+Z")
    press(qtbot, window, "Ctrl+Y")
    run_to_end(qtbot, window)


def test_ctrl_z_takes_back_a_panel_edit_and_reset_is_one_step(
        qtbot, window: MainWindow, counted: Counter) -> None:
    """Keys pressed on a slider in a row are one step; Ctrl+Z puts the slider back and
    re-samples only the group it moved; Reset to Model Defaults is one step too."""
    editor = window.session.editor
    qtbot.waitUntil(lambda: not editor.pending, timeout=5_000)
    steps = len(window.session.doc.edits.done)
    simple = int((groups_of(window) == 0).sum())
    before = window.controls.values().plan
    press(qtbot, window, "Alt+1")  # the simple group's steps
    slider = QApplication.focusWidget()
    press(qtbot, slider, "Right")
    press(qtbot, slider, "Right")
    assert window.controls.values().plan.budgets[0] == before.budgets[0] + 2
    undo, redo = window.commands.undo, window.commands.redo
    assert undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "&Undo Patch Groups"  # the menu names the step
    qtbot.waitUntil(lambda: not editor.pending and window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    assert len(window.session.doc.edits.done) == steps + 1
    counted.reset()
    press(qtbot, window, "Ctrl+Z")
    assert window.controls.values().plan == before and window.commands.redo.isEnabled()
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    assert counted.coarse == 0 and counted.evaluations == simple * before.steps(0)
    press(qtbot, window, "Ctrl+Shift+Z")
    edited = window.controls.values()
    assert edited.plan.budgets[0] == before.budgets[0] + 2 and edited.look == ""
    press(qtbot, window, "Ctrl+Shift+D")  # Reset to Model Defaults
    assert window.controls.values().look == DEFAULT_LOOK
    assert undo.text() == "&Undo Look" and redo.text() == "Red&o"
    press(qtbot, window, "Ctrl+Z")
    assert window.controls.values().tuning == edited.tuning
    run_to_end(qtbot, window)


def test_ctrl_z_in_a_number_box_is_the_window_s_undo(
        qtbot, window: MainWindow, counted: Counter) -> None:
    """In the seed box too Ctrl+Z takes back the last edit of the picture (a seed still
    being typed first), and Ctrl+Shift+Z puts it back, not the box's own text undo."""
    editor, seed = window.session.editor, window.controls.seed
    undo, redo = window.commands.undo, window.commands.redo
    qtbot.waitUntil(lambda: not editor.pending, timeout=5_000)
    before = seed.value()
    press(qtbot, window, "Alt+S")
    assert seed.hasFocus()
    for typed in ("42", "7"):
        press(qtbot, seed, "Ctrl+A")
        qtbot.keyClicks(seed, typed)
        assert seed.value() == int(typed)
        if typed == "42":  # one step; "7" is still being typed when Ctrl+Z comes
            qtbot.waitUntil(lambda: not editor.pending, timeout=5_000)
    assert undo.text() == "&Undo Seed"
    press(qtbot, seed, "Ctrl+Z")
    assert seed.value() == 42 and redo.isEnabled()
    press(qtbot, seed, "Ctrl+Z")
    assert seed.value() == before and seed.hasFocus()
    press(qtbot, seed, "Ctrl+Shift+Z")
    assert seed.value() == 42 and seed.hasFocus()
    run_to_end(qtbot, window)


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise",
                           "does not support grabbing the keyboard")
def test_edit_clear_brush_strokes_is_one_step_of_undo(
        qtbot, window: MainWindow, counted: Counter) -> None:
    """Two strokes, then Edit → Clear Brush Strokes (B in the menu): every patch is back in
    its thresholds' group, only those patches are sampled again, and Ctrl+Z brings both
    strokes back."""
    groups, r, c = brush_a_simple_patch_hard(qtbot, window)
    r2, c2 = map(int, np.argwhere(groups_of(window) == 0)[0])
    p = window.session.doc.patch_px
    window.canvas.brushed.emit(QPointF(c2 * p + 3, r2 * p + 3))
    window.canvas.brush_released.emit()
    stroked = groups_of(window).copy()
    assert stroked[r, c] == stroked[r2, c2] == 2
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    clear = window.commands.clear_brush
    assert clear.isEnabled()
    counted.reset()
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    edit.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is edit)
    press_in_popup(qtbot, "B")
    assert (groups_of(window) == groups).all() and not clear.isEnabled()
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    assert counted.coarse == 0
    assert counted.evaluations == 2 * window.controls.values().plan.steps(0)
    press(qtbot, window, "Ctrl+Z")
    assert (groups_of(window) == stroked).all() and clear.isEnabled()
    run_to_end(qtbot, window)


def test_the_brush_and_its_undo_outlive_a_new_coarse_stage(
        qtbot, window: MainWindow, counted: Counter) -> None:
    """Another sharpening runs the coarse stage again on the same patch grid: the strokes
    stay, their patches are sampled in their group again, and Ctrl+Z still takes one back."""
    groups, r, c = brush_a_simple_patch_hard(qtbot, window)
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    counted.reset()
    press(qtbot, window, "Alt+A")  # the sharpening's amount
    press(qtbot, window.controls.sharpen, "Up")
    sharpened = window.controls.values().sharpen.amount
    qtbot.waitUntil(lambda: counted.coarse == 1, timeout=10_000)
    editor = window.session.editor
    qtbot.waitUntil(lambda: window.session.doc.state is not None
                    and not window.session.busy
                    and not window.session.doc.stale(editor.key()).any(), timeout=30_000)
    doc = window.session.doc
    plan = window.controls.values().plan
    assert groups_of(window)[r, c] == 2
    assert tuple(doc.sampled[r, c]) == (plan.starts[2], plan.budgets[2])
    assert window.commands.undo.isEnabled()
    press(qtbot, window, "Ctrl+Z")  # the sharpening first: the coarse stage again
    assert window.controls.values().sharpen.amount == sharpened - 0.25
    qtbot.waitUntil(lambda: counted.coarse == 2, timeout=10_000)
    qtbot.waitUntil(lambda: window.session.doc.state is not None, timeout=30_000)
    assert groups_of(window)[r, c] == 2
    press(qtbot, window, "Ctrl+Z")
    assert groups_of(window)[r, c] == groups[r, c]


def test_a_larger_brush_moves_a_block_of_patches(
        qtbot, window: MainWindow, counted: Counter) -> None:
    groups = groups_of(window)
    rows, cols = groups.shape
    r, c = rows // 2, cols // 2
    press(qtbot, window, "B")
    press(qtbot, window, "Ctrl+Alt+1")  # the simple group
    press(qtbot, window, "]")  # radius 1: a 3×3 block
    p = window.session.doc.patch_px
    outline = window.canvas.brush_outline.rect()
    assert outline.width() == pytest.approx(3 * p)
    window.canvas.brushed.emit(QPointF(c * p + 3, r * p + 3))
    window.canvas.brush_released.emit()
    after = groups_of(window)
    block = np.zeros_like(groups, dtype=bool)
    block[r - 1 : r + 2, c - 1 : c + 2] = True
    assert (after[block] == 0).all()
    assert (after[~block] == groups[~block]).all()
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    steps = window.controls.values().plan.steps(0)
    assert counted.evaluations == int((groups[block] != 0).sum()) * steps
    press(qtbot, window, "[")
    press(qtbot, window, "[")  # never below one patch
    assert window.session.editor.brush_radius == 0


def test_preview_samples_only_the_visible_patches_first(
        qtbot, window: MainWindow, counted: Counter) -> None:
    window.controls.seed.setValue(7)  # every patch is stale now
    window.session.editor._resample_timer.stop()
    window.canvas.set_zoom(8.0)
    window.canvas.centerOn(0, 0)
    visible = window.session.editor.visible_patches()
    assert 0 < visible.sum() < visible.size
    press(qtbot, window, "F6")
    run_to_end(qtbot, window)
    stale = window.session.doc.stale(window.session.editor.key())
    assert not stale[visible].any() and stale[~visible].all()
    press(qtbot, window, "F5")
    run_to_end(qtbot, window)
    assert not window.session.doc.stale(window.session.editor.key()).any()


def test_the_heatmap_tooltip_names_difficulty_group_and_steps(
        window: MainWindow, counted: Counter) -> None:
    text = window.session.tooltip(QPointF(5, 5))
    g = int(groups_of(window)[0, 0])
    plan = window.controls.values().plan
    assert f"Difficulty {window.session.doc.difficulty[0, 0]:.3f}" in text
    assert ["simple", "medium", "hard"][g] in text
    assert f"Start step {plan.starts[g]}, {plan.steps(g)} steps" in text
    assert window.session.tooltip(QPointF(-5, 5)) == ""


def test_a_slider_tick_assigns_groups_once(qtbot, window: MainWindow, counted: Counter,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan is made once per change (the heatmap, the legend, the cost and the job all
    read it); the job's engine run does not group the patches again."""
    from patchscaler_gui.engine import grouping
    from patchscaler_gui.ui import document

    calls: list[str] = []
    real = grouping.plan_patches

    def counting(where: str):  # type: ignore[no-untyped-def]
        def plan(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(where)
            return real(*args, **kwargs)
        return plan

    monkeypatch.setattr(document, "plan_patches", counting("app"))
    monkeypatch.setattr(sampler, "plan_patches", counting("engine"))
    window.controls.budgets[0].setValue(3)
    assert calls == ["app"]
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    run_to_end(qtbot, window)
    assert calls == ["app"] and counted.evaluations > 0
