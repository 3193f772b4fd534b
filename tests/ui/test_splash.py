"""The splash: ``patchscaler`` shows it before torch loads, and the window replaces it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from patchscaler_gui.launch import opens_window
from patchscaler_gui.ui import splash

ROOT = Path(__file__).parents[2]

DRIVER = """
import sys
from patchscaler_gui.ui import splash
shown = splash.show

def show():
    print("splash before torch:", "torch" not in sys.modules, flush=True)
    shown()

splash.show = show
from patchscaler_gui.launch import main
code = main(sys.argv[1:])
print("splash closed:", splash._shown is None, flush=True)
sys.exit(code)
"""


def launch(tmp_path: Path, model: Path, *args: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"model_dir": str(model)}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATCHSCALER_CONFIG_DIR": str(config),
           "PATCHSCALER_GUI_SMOKE": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-c", DRIVER, *args], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_the_launcher_and_the_splash_import_no_torch() -> None:
    done = subprocess.run([sys.executable, "-c", "import sys, patchscaler_gui.launch, "
                           "patchscaler_gui.ui.splash; print('torch' in sys.modules)"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr


@pytest.mark.parametrize(("args", "window"), [
    ([], True), (["gui"], True), (["gui", "a.png", "b.png"], True),
    (["gui", "--help"], False), (["gui", "a.png", "--bogus"], False), (["--version"], False),
    (["-h"], False),
    (["upscale", "a.png", "-o", "b.png"], False), (["info"], False)])
def test_which_commands_open_the_window(args: list[str], window: bool) -> None:
    assert opens_window(args) is window


def test_patchscaler_shows_the_splash_before_torch_and_the_window_closes_it(
        tmp_path: Path, tiny_model_dir: Path) -> None:
    done = launch(tmp_path, tiny_model_dir, "gui")
    assert done.returncode == 0, done.stderr
    assert "splash before torch: True" in done.stdout
    assert "gui smoke: window" in done.stdout and "visible=True" in done.stdout
    assert "splash closed: True" in done.stdout
    help_only = launch(tmp_path, tiny_model_dir, "gui", "--help")
    assert help_only.returncode == 0 and "splash before torch" not in help_only.stdout


def test_the_splash_shows_until_it_is_finished(qtbot) -> None:
    def splashes() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets()
                if w.windowType() == Qt.WindowType.SplashScreen and w.isVisible()]

    splash.show()
    assert len(splashes()) == 1
    splash.finish()
    qtbot.waitUntil(lambda: not splashes(), timeout=5_000)


def test_the_gui_diagnostic_times_the_splash_and_the_window() -> None:
    from patchscaler_gui.bench.gui import startup

    times = startup(runs=1)
    assert set(times) == {"startup_to_splash_s", "startup_to_window_s"}
    assert 0 < times["startup_to_splash_s"] < times["startup_to_window_s"]  # the order only
