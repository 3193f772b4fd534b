"""The look control: pressing keys picks a look, which sets the sliders, the clean-up and
texture switches, the sharpening and the low band exactly as `patchscaler upscale --look`
does; editing any of them makes it Custom; it is remembered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from patchscaler_gui.cli import build_parser
from patchscaler_gui.cli.upscale import _options
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.looks import derive
from patchscaler_gui.engine.model import PatchScaler, random_model, tiny_config
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import RUN_TIMEOUT_MS, pick_look, press, run_to_end


@pytest.fixture
def tiny_model() -> PatchScaler:
    """A tiny model with a plan like the shipped calibration's, so its three looks differ,
    and the clean-up looks sharpened as the shipped model's are."""
    plan = GroupPlan(thresholds=(0.25, 0.5), starts=(2, 5, 15), budgets=(0, 2, 4))
    looks = derive(plan, True, tiny_config().schedule.T)
    looks["balanced"] = replace(looks["balanced"], sharpen=Sharpening(0.25), lowband=True)
    looks["detailed"] = replace(looks["detailed"], sharpen=Sharpening(0.5, 2.0))
    return random_model(replace(tiny_config(), plan=plan, cleanup=tiny_config().grm,
                                looks=looks))


def test_a_new_window_starts_with_the_default_look(window: MainWindow) -> None:
    assert window.controls.values().look == DEFAULT_LOOK


@pytest.mark.parametrize("look", ["detailed", "faithful", "balanced"])
def test_each_look_sets_what_the_cli_flag_sets(qtbot, window: MainWindow, look: str) -> None:
    c, model = window.controls, window.session.model
    assert model is not None
    first = "faithful" if look != "faithful" else "detailed"
    pick_look(qtbot, window, first)
    with qtbot.waitSignal(c.plan_edited):
        pick_look(qtbot, window, look)
    assert c.values().look == look and c.look.currentText() == look.capitalize()
    plan, cli = _options(build_parser().parse_args(["upscale", "a.png", "-o", "b.png",
                                                    "--look", look]), model)
    v = c.values()
    assert (v.plan, v.cleanup_on, v.texture, v.sharpen, v.lowband) == \
        (plan, cli.cleanup, cli.texture, cli.sharpen, cli.lowband)
    assert (cli.sharpen, cli.lowband) == (model.config.look(look).sharpen,
                                          model.config.look(look).lowband)
    assert (plan, cli.cleanup, cli.texture) == (model.config.look(look).plan,
                                                model.config.look(look).cleanup,
                                                model.config.look(look).texture)


def test_a_look_without_the_texture_prompt_unchecks_it_and_the_switch_makes_it_custom(
        qtbot, window: MainWindow) -> None:
    model = window.session.model
    assert model is not None
    looks = model.config.all_looks()
    looks["balanced"] = replace(looks["balanced"], texture=False)
    window.controls.show_model("a model whose balanced look has no texture prompt", looks)
    c = window.controls
    pick_look(qtbot, window, "faithful")
    assert c.texture.isChecked()
    with qtbot.waitSignals([c.plan_edited, c.options_edited]):
        pick_look(qtbot, window, "balanced")
    assert not c.texture.isChecked() and c.values().look == "balanced"
    qtbot.keyClick(window, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(c.options_edited):
        qtbot.keyClick(c.texture, Qt.Key.Key_Space)  # the prompt on: custom
    assert c.texture.isChecked() and c.values().look == ""
    qtbot.keyClick(c.texture, Qt.Key.Key_Space)  # off again: balanced
    assert c.values().look == "balanced"


def test_a_look_that_switches_clean_up_reruns_the_coarse_stage_and_a_slider_makes_it_custom(
        qtbot, window: MainWindow) -> None:
    c = window.controls
    pick_look(qtbot, window, "faithful")
    assert not c.cleanup.isChecked()
    with qtbot.waitSignals([c.plan_edited, c.coarse_edited]):
        pick_look(qtbot, window, "detailed")  # the faithful look does not clean up, this one does
    assert c.cleanup.isChecked()
    before = c.budgets[0].value()
    # superqt's labelled slider takes no arrow keys when focused (Alt+1): set it directly
    c.budgets[0].setValue(before + 1)
    assert c.values().look == "" and c.look.currentIndex() == -1  # shows "Custom"
    assert c.look.placeholderText() == "Custom"
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(c.cleanup, Qt.Key.Key_Space)  # off: still custom
    assert not c.cleanup.isChecked() and c.values().look == ""
    c.budgets[0].setValue(before)  # the detailed plan again, but clean-up off
    assert c.values().look == ""
    qtbot.keyClick(c.cleanup, Qt.Key.Key_Space)  # on again: detailed
    assert c.values().look == "detailed"


def test_a_look_sets_its_sharpening_and_editing_it_makes_it_custom(
        qtbot, window: MainWindow) -> None:
    """The sharpening's keys focus its amount and radius; a change reruns the coarse stage
    (its pixels are sharpened where decoded), and the look's values make it the look again."""
    c = window.controls
    pick_look(qtbot, window, "balanced")
    assert c.values().sharpen == Sharpening(0.25) and c.values().lowband
    with qtbot.waitSignals([c.plan_edited, c.coarse_edited]):
        pick_look(qtbot, window, "detailed")  # the same clean-up, another sharpening
    assert (c.sharpen.value(), c.radius.value()) == (0.5, 2.0) and not c.values().lowband
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert c.sharpen.hasFocus()
    with qtbot.waitSignal(c.coarse_edited):
        qtbot.keyClick(c.sharpen, Qt.Key.Key_Up)
    assert c.values().sharpen == Sharpening(0.75, 2.0) and c.values().look == ""
    qtbot.keyClick(c.sharpen, Qt.Key.Key_Down)
    assert c.values().look == "detailed"
    qtbot.keyClick(window, Qt.Key.Key_A,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert c.radius.hasFocus()
    with qtbot.waitSignal(c.coarse_edited):
        qtbot.keyClick(c.radius, Qt.Key.Key_Down)
    assert c.values().sharpen == Sharpening(0.5, 1.5) and c.values().look == ""
    with qtbot.waitSignal(c.coarse_edited):
        pick_look(qtbot, window, "faithful")
    assert c.values().sharpen == Sharpening() and not c.cleanup.isChecked()


def test_reset_to_model_defaults_gives_back_the_default_look_whole(
        qtbot, window: MainWindow) -> None:
    """Ctrl+Shift+D after a custom tuning of another look: every part of the default look,
    the clean-up and sharpening too, and the coarse stage runs again for them."""
    c = window.controls
    pick_look(qtbot, window, "faithful")  # no clean-up, no sharpening
    c.budgets[0].setValue(c.budgets[0].value() + 1)
    assert c.values().look == ""
    with qtbot.waitSignals([c.plan_edited, c.coarse_edited]):
        press(qtbot, window, "Ctrl+Shift+D")
    assert c.values().look == DEFAULT_LOOK and c.look.currentText() == "Balanced"
    look = window.session.model.config.look(DEFAULT_LOOK)  # type: ignore[union-attr]
    v = c.values()
    assert (v.plan, v.cleanup_on, v.texture, v.sharpen, v.lowband) == \
        (look.plan, look.cleanup, look.texture, look.sharpen, look.lowband)


def test_the_look_is_remembered(qtbot, window: MainWindow, tiny_model: PatchScaler,
                                config_dir: Path) -> None:
    pick_look(qtbot, window, "detailed")
    window.close()
    second = MainWindow(tiny_model)
    qtbot.addWidget(second)
    assert second.controls.values().look == "detailed"
    assert second.controls.values().plan == tiny_model.config.look("detailed").plan
    assert second.settings.look == "detailed"




def test_the_open_photo_runs_with_the_panels_sharpening(qtbot, window: MainWindow,
                                                         photo_path: Path) -> None:
    """The run is sharpened as the panel says; a new amount runs the photo again with it."""
    pick_look(qtbot, window, "detailed")
    editor = window.session.editor
    with qtbot.waitSignal(editor.run_finished, timeout=RUN_TIMEOUT_MS):
        window.open_file(photo_path)
    run_to_end(qtbot, window)
    doc = window.session.doc
    assert doc is not None and doc.state is not None
    assert doc.state.sharpen == Sharpening(0.5, 2.0)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(editor.run_finished, timeout=RUN_TIMEOUT_MS):
        qtbot.keyClick(window.controls.sharpen, Qt.Key.Key_Up)
    run_to_end(qtbot, window)
    doc = window.session.doc
    assert doc is not None and doc.state is not None
    assert doc.state.sharpen == Sharpening(0.75, 2.0)
