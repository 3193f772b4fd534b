"""The real app in a subprocess: ``run_app`` (what ``patchscaler gui FILE`` calls) opens a
photo, runs it to the end with the model from the settings, and saves its settings on
close."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from patchscaler_gui.ui.app import run_app
from patchscaler_gui.ui.splash import make_application
from patchscaler_gui.ui.main_window import MainWindow

app = make_application()

def finished(win):
    print("finished", win.session.doc.result.pixels.shape, flush=True)
    win.close()

def hook():
    win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print("model:", win.controls.model_label.text(), flush=True)
    if win.session.doc is not None and win.session.doc.result is not None:
        finished(win)
    else:
        win.session.editor.run_finished.connect(lambda _: finished(win))

QTimer.singleShot(0, hook)
sys.exit(run_app(sys.argv[1:]))
"""


def run_app_process(config: Path, models: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATCHSCALER_CONFIG_DIR": str(config),
           "PATCHSCALER_MODELS": str(models), "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-c", DRIVER, *map(str, files)], env=env,
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[2])


@pytest.mark.slow
def test_the_app_runs_a_photo_from_the_command_line(tmp_path: Path, tiny_model_dir: Path,
                                                    photo_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"model_dir": str(tiny_model_dir)}))
    done = run_app_process(config, tmp_path / "no-models", photo_path)
    assert done.returncode == 0, done.stderr
    assert "finished (256, 384, 3)" in done.stdout
    assert "tiny-model" in done.stdout
    saved = json.loads((config / "settings.json").read_text())
    assert saved["geometry"] and saved["model_dir"] == str(tiny_model_dir)
