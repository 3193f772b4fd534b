"""Settings persist under the (temporary) config folder and survive a restart."""

from __future__ import annotations

import json
from pathlib import Path

from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.ui import messages, settings
from patchscaler_gui.ui.main_window import MainWindow


def test_settings_survive_a_restart(qtbot, qloop, tiny_model: PatchScaler,
                                    config_dir: Path, tmp_path: Path) -> None:
    first = MainWindow(tiny_model)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.controls.show_plan(GroupPlan((0.3, 0.6), (3, 7, 12), (1, 5, 9)), 15)
    first.controls.show_output("webp", 80, 2)
    first.controls.show_options(42, False, True, Sharpening(0.75, 2.0), True, 0.7)
    first.commands.heatmap.setChecked(False)
    first.batch_dock.show()
    first.settings.output_dir = str(tmp_path / "out")
    first.settings.last_open_dir = str(tmp_path)
    first.resize(700, 500)
    first.close()
    assert (config_dir / settings.FILE_NAME).is_file()

    second = MainWindow(tiny_model)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    c = second.controls
    assert c.values().plan == GroupPlan((0.3, 0.6), (3, 7, 12), (1, 5, 9))
    assert (c.values().output_format, c.quality.value(), c.values().output_scale) == (
        "webp", 80, 2)
    assert (c.seed.value(), c.texture.isChecked(), c.opacity.value()) == (42, False, 70)
    assert c.cleanup.isChecked() and c.values().cleanup_on
    assert c.values().sharpen == Sharpening(0.75, 2.0) and c.values().lowband
    assert c.values().device == "cpu"
    assert not second.commands.heatmap.isChecked()
    assert second.settings.output_dir == str(tmp_path / "out")
    assert second.settings.last_open_dir == str(tmp_path)
    assert (second.width(), second.height()) == (700, 500)
    assert not second.batch_dock.isHidden()


def test_a_broken_settings_file_gives_defaults_and_a_warning(
        config_dir: Path, bridge: messages.MessageBridge) -> None:
    config_dir.mkdir()
    (config_dir / settings.FILE_NAME).write_text("{not json")
    assert settings.load() == settings.AppSettings()
    (config_dir / settings.FILE_NAME).write_text(json.dumps(
        {"quality": "high", "seed": 5, "output_format": "bmp", "unknown": 1,
         "sharpen": [0.5, 9.0], "output_scale": 5}))
    loaded = settings.load()
    assert (loaded.quality, loaded.seed, loaded.output_format) == (95, 5, "png")
    assert loaded.output_scale == 4
    assert loaded.sharpen is None  # a radius beyond the largest
    held = [text for _, text, _ in bridge.held()]
    assert len(held) == 2 and "quality" in held[1] and "sharpen" in held[1]
    assert "output_scale" in held[1]


def test_the_config_folder_follows_the_environment(config_dir: Path) -> None:
    assert settings.config_dir() == config_dir


def test_a_plan_tuned_for_another_model_gives_way_to_the_new_models_calibration(
        qtbot, qloop, tiny_model: PatchScaler, config_dir: Path) -> None:
    from tests.conftest import make_tiny_model

    first = MainWindow(tiny_model)
    qtbot.addWidget(first)
    first.controls.show_plan(GroupPlan((0.3, 0.6), (3, 7, 12), (1, 5, 9)), 15)
    first.close()
    other = make_tiny_model(seed=1)
    second = MainWindow(other)
    qtbot.addWidget(second)
    assert second.controls.values().plan == other.config.plan


def test_an_unknown_language_setting_falls_back_to_the_system_one(
        config_dir: Path, bridge: messages.MessageBridge) -> None:
    config_dir.mkdir()
    (config_dir / settings.FILE_NAME).write_text(json.dumps({"language": "pt_BR", "seed": 3}))
    loaded = settings.load()
    assert (loaded.language, loaded.seed) == ("", 3)
    assert any("language" in text for _, text, _ in bridge.held())
    assert settings.language() == ""  # read quietly before the window: no second warning
    (config_dir / settings.FILE_NAME).write_text(json.dumps({"language": "zh_CN"}))
    assert settings.load().language == settings.language() == "zh_CN"
