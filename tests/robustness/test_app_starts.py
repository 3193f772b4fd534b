"""Issue 15, item 5: the app always starts, and its sampler thread stops on every way out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from patchscaler_gui.ui import messages, model_source
from patchscaler_gui.ui.main_window import MainWindow
from patchscaler_gui.ui.settings import ENV_DIR, FILE_NAME

BAD_SETTINGS = {"heatmap_opacity": float("nan"), "seed": 10**30, "quality": 500,
                "budgets": [1, 2, 10**40], "thresholds": [float("inf"), 0.1],
                "rates": {"m|cpu": float("nan")}, "output_format": "gif", "device": "cpu"}


def write_settings(folder: Path, **values: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE_NAME).write_text(json.dumps(values))  # NaN and Infinity as JSON allows


def broken_model(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("[1, 2, 3]")
    (folder / "model.safetensors").write_bytes(b"")
    return folder


def test_broken_settings_fall_back_to_defaults_with_one_message(
        qtbot, qloop, config_dir: Path, tiny_model) -> None:
    write_settings(config_dir, **BAD_SETTINGS)
    window = MainWindow(tiny_model)
    qtbot.addWidget(window)
    c = window.controls
    assert c.seed.value() == 0 and c.opacity.value() == 45 and c.quality.value() == 95
    assert c.values().output_format == "png"
    assert window.settings.rates == {} and window.settings.budgets is None
    texts = [text for level, text, _ in captured(window)]
    settings_texts = [t for t in texts if "Settings file" in t]
    assert len(settings_texts) == 1, texts
    for name in ("heatmap_opacity", "seed", "quality", "budgets", "thresholds", "rates",
                 "output_format"):
        assert name in settings_texts[0]
    window.close()


def captured(window: MainWindow) -> list[tuple[messages.Level, str, str]]:
    return window.captured_messages  # type: ignore[attr-defined,no-any-return]


@pytest.fixture(autouse=True)
def _capture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep what each window was told (its message slot), in order."""
    real = MainWindow._on_message_shown

    def shown(self: MainWindow, level: messages.Level, text: str, details: str) -> None:
        self.__dict__.setdefault("captured_messages", []).append((level, text, details))
        real(self, level, text, details)

    monkeypatch.setattr(MainWindow, "_on_message_shown", shown)


@pytest.mark.parametrize("failure", ["broken folder", "unexpected exception"])
def test_a_broken_remembered_model_opens_the_window_without_a_model(
        qtbot, qloop, config_dir: Path, tmp_path: Path, failure: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = broken_model(tmp_path / "remembered")
    write_settings(config_dir, model_dir=str(folder))
    if failure == "unexpected exception":
        def explode(*_: object) -> None:
            raise RuntimeError("out of the blue")
        monkeypatch.setattr(model_source, "from_folder", explode)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.session.model is None
    assert not window.commands.run.isEnabled()
    errors = [text for level, text, _ in captured(window) if level == messages.Level.ERROR]
    assert len(errors) == 1
    assert str(folder) in errors[0] or "top level" in errors[0], errors
    assert window.controls.model_label.text().startswith("No model loaded")
    window.close()
    assert not window.session.jobs._thread._thread.isRunning()


def app_process(script: str, config: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, ENV_DIR: str(config), "QT_QPA_PLATFORM": "offscreen",
           "PATCHSCALER_MODELS": str(tmp_path / "no-models")}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_real_app_starts_with_broken_settings_and_model_and_quits_cleanly(
        tmp_path: Path) -> None:
    config = tmp_path / "config"
    write_settings(config, **BAD_SETTINGS,
                   model_dir=str(broken_model(tmp_path / "remembered")))
    r = app_process("""
        import sys
        from PySide6.QtCore import QTimer
        from patchscaler_gui.ui import app, splash
        qapp = splash.make_application()
        QTimer.singleShot(1000, qapp.quit)  # quit without closing the window
        sys.exit(app.run_app([]))
    """, config, tmp_path)
    assert r.returncode == 0, r.stderr
    assert "QThread" not in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_an_error_building_the_window_is_reported_not_an_abort(tmp_path: Path) -> None:
    r = app_process("""
        import sys
        from PySide6.QtWidgets import QMessageBox
        from patchscaler_gui.ui import actions, app, messages
        QMessageBox.critical = lambda parent, title, text: print("BOX:", text, file=sys.stderr)
        def broken(self, window):
            messages.warning("held before the window existed")
            raise RuntimeError("the window cannot be built")
        actions.Actions.__init__ = broken
        sys.exit(app.run_app([]))
    """, tmp_path / "config", tmp_path)
    assert r.returncode == 1, r.stderr
    assert "QThread" not in r.stderr
    assert "BOX: PatchScaler could not open its window: RuntimeError: the window cannot be " \
        "built" in r.stderr
    assert "patchscaler: error: PatchScaler could not open its window" in r.stderr
    assert "held before the window existed" in r.stderr
