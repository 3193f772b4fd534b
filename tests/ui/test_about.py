"""Help → About PatchScaler: reached from the keyboard; names the version and the model in
use, with a link to the model folder's card where it has one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMenu

from patchscaler_gui import version
from patchscaler_gui.engine import checkpoints
from patchscaler_gui.ui.about import AboutDialog
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import press_in_popup


# The offscreen platform warns when a menu pops up; not ours.
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise",
                           "does not support grabbing the keyboard")
def test_help_about_by_mnemonics_names_the_version_and_the_model(
        qtbot, window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu) and help_menu.title() == "&Help"
    help_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is help_menu)
    press_in_popup(qtbot, "A")  # &About PatchScaler
    qtbot.waitUntil(lambda: window.findChild(AboutDialog, "about") is not None)
    about = window.findChild(AboutDialog, "about")
    assert about is not None and about.isVisible()
    text = about.text.text()
    assert f"PatchScaler {version()}" in text and "MIT" in text and "Real-ESRGAN" in text
    assert "Model: model (in memory)." in text and "href" not in text  # no folder, no card
    about.reject()


def test_about_links_the_model_folders_card(qtbot, tiny_model_dir: Path) -> None:
    from patchscaler_gui.ui import model_source

    assert model_source.from_folder(tiny_model_dir).card is None  # a folder without one
    (tiny_model_dir / checkpoints.MODEL_CARD).write_text("# tiny\n", encoding="utf-8")
    loaded = model_source.from_folder(tiny_model_dir)
    assert loaded.card == tiny_model_dir / checkpoints.MODEL_CARD
    about = AboutDialog(loaded.name, loaded.card)
    qtbot.addWidget(about)
    href = QUrl.fromLocalFile(str(loaded.card)).toString()
    assert f'Model: {tiny_model_dir.name}; <a href="{href}">its model card</a>' in (
        about.text.text())
    assert about.text.openExternalLinks()
