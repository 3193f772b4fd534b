"""The shipped model's looks through the side panel: each comes back exactly as stored, so
the app starts on the default look, not Custom, and runs what `--look` runs."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from patchscaler_gui.engine.choices import DEFAULT_LOOK, LOOKS
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.looks import parse
from patchscaler_gui.engine.model import PatchScaler, random_model, tiny_config
from patchscaler_gui.ui import settings
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import pick_look

SHIPPED = Path(__file__).resolve().parents[2] / "models" / "patchscaler-x4" / "config.json"


@pytest.fixture
def tiny_model() -> PatchScaler:
    """Tiny networks with the shipped model's plan and looks (its schedule's T too)."""
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))["architecture"]
    config = tiny_config()
    assert shipped["schedule"]["T"] == config.schedule.T  # the sliders' range holds its steps
    return random_model(replace(config, plan=GroupPlan.from_dict(shipped["plan"]),
                                cleanup=config.grm, looks=parse(shipped["looks"])))


def test_the_panel_holds_each_shipped_look_to_the_digit(qtbot, window: MainWindow) -> None:
    """A sharpening amount of 0.125 once came back from a two-decimal box as 0.13: the app
    started on Custom and sharpened otherwise than the CLI."""
    c, model = window.controls, window.session.model
    assert model is not None
    assert c.values().look == DEFAULT_LOOK
    for name in (*LOOKS, DEFAULT_LOOK):
        pick_look(qtbot, window, name)
        v, look = c.values(), model.config.look(name)
        assert (v.look, v.plan, v.cleanup_on, v.texture, v.sharpen, v.lowband) == \
            (name, look.plan, look.cleanup, look.texture, look.sharpen, look.lowband)


def test_a_remembered_look_comes_back_as_the_model_defines_it(
        qtbot, qloop, tiny_model: PatchScaler, config_dir: Path) -> None:
    """Sessions 42-48's app remembered the default look's sharpening of 0.125 as 0.13 (its
    box had 2 decimals); a recalibrated model changes its looks' values too. A look
    remembered by name is that look as the model defines it now, not Custom."""
    first = MainWindow(tiny_model)
    qtbot.addWidget(first)
    first.close()
    path = config_dir / settings.FILE_NAME
    saved = json.loads(path.read_text(encoding="utf-8"))
    look = tiny_model.config.look(DEFAULT_LOOK)
    assert saved["look"] == DEFAULT_LOOK and saved["sharpen"] == [look.sharpen.amount,
                                                                  look.sharpen.sigma]
    saved["sharpen"][0] = round(look.sharpen.amount, 2) + 0.01  # never the look's own
    saved["budgets"] = [b + 1 for b in saved["budgets"]]
    path.write_text(json.dumps(saved), encoding="utf-8")
    second = MainWindow(tiny_model)
    qtbot.addWidget(second)
    v = second.controls.values()
    assert (v.look, v.plan, v.sharpen, v.lowband) == (DEFAULT_LOOK, look.plan, look.sharpen,
                                                      look.lowband)
