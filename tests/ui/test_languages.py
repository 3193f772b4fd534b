"""The window in each shipped language: translated menus, mnemonics unique in every menu,
texts that fit the side panel at the default window size, accessible names."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QScrollArea,
    QWidget,
)

from patchscaler_gui.engine import memory
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui import i18n
from patchscaler_gui.ui.main_window import MainWindow
from tests.robustness.test_keys import bindings
from tests.ui.conftest import RUN_TIMEOUT_MS, run_to_end

ROOT = Path(__file__).resolve().parents[2]
MEMORY = json.loads((ROOT / "resources" / "i18n" / "memory.json").read_text(encoding="utf-8"))
TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE]
MENUS = ("&File", "&Edit", "&Run", "&View", "&Model", "&Help")
_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language of the test's parameter, installed before the window is built."""
    code: str = request.param
    loaded = i18n.install(code, qapp)
    assert f"patchscaler_{code}.qm" in loaded
    yield code
    i18n.install(i18n.SOURCE, qapp)


def build(qtbot, model: PatchScaler, photo: Path | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window at its default size (no settings: 1280×800), after a run on ``photo``."""
    win = MainWindow(model)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    if photo is not None:
        with qtbot.waitSignal(win.session.editor.run_finished, timeout=RUN_TIMEOUT_MS):
            win.open_file(photo)
        run_to_end(qtbot, win)
    return win


def menus(win: MainWindow) -> Iterator[tuple[str, list[QAction]]]:
    """(title, entries) of the menu bar and of every menu and submenu in it."""
    bar = win.menuBar()
    yield "menu bar", bar.actions()
    todo = [a.menu() for a in bar.actions()]
    while todo:
        menu = todo.pop()
        assert isinstance(menu, QMenu)
        entries = [a for a in menu.actions() if not a.isSeparator()
                   and (a.isEnabled() or a.menu() is not None)]  # not the Language note
        yield menu.title(), entries
        todo.extend(a.menu() for a in entries if isinstance(a.menu(), QMenu))


@pytest.mark.parametrize("speaking", TRANSLATED, indirect=True)
def test_the_window_built_in_a_language_shows_its_menus(qtbot, qloop, speaking: str,
                                                        tiny_model: PatchScaler) -> None:
    win = build(qtbot, tiny_model)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == [MEMORY[m][speaking] for m in MENUS]
    assert win.commands.open.text() == MEMORY["&Open…"][speaking]
    assert win.controls_dock.windowTitle() == MEMORY["Controls"][speaking]
    assert win.controls.look.placeholderText() == MEMORY["Custom"][speaking]


@pytest.mark.parametrize("speaking", [i18n.SOURCE, *TRANSLATED], indirect=True)
def test_every_menu_entry_has_a_mnemonic_unique_in_its_menu(qtbot, qloop, speaking: str,
                                                            tiny_model: PatchScaler) -> None:
    win = build(qtbot, tiny_model)
    for title, entries in menus(win):
        letters = []
        for a in entries:
            found = _MNEMONIC.findall(a.text())
            assert len(found) == 1, f"{speaking} {title!r}: {a.text()!r} needs one & letter"
            letters.append(found[0].casefold())
        assert len(set(letters)) == len(letters), f"{speaking} {title!r}: {letters}"
    # Chinese and Japanese menus: the English letter after the text, as "文件(&F)"
    if speaking in ("zh_CN", "ja"):
        assert all(re.search(r"\(&[A-Z0-9]\)", a.text()) for a in win.menuBar().actions())


def _room(win: MainWindow) -> int:
    """The width the side panel is seen in (its scroll area's; no horizontal scroll bar)."""
    scroll = win.controls_dock.widget()
    assert isinstance(scroll, QScrollArea)
    return scroll.viewport().width()


def _fits(widget: QWidget, panel: QWidget, room: int) -> list[str]:
    """What of ``widget`` is clipped, or lies beyond the ``room`` px the panel is seen in."""
    problems = []
    right = widget.mapTo(panel, QPoint(widget.width(), 0)).x()
    if right > room:
        problems.append(f"ends at {right} beyond the panel's {room}")
    text = ""
    if isinstance(widget, QLabel) and not widget.wordWrap():
        text, need = widget.text(), widget.sizeHint().width()
    elif isinstance(widget, QCheckBox):
        text, need = widget.text(), widget.sizeHint().width()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
        need = QFontMetrics(widget.font()).horizontalAdvance(text)
    if text and need > widget.width():
        problems.append(f"needs {need} px, has {widget.width()}")
    if text and need > room:
        problems.append(f"is wider ({need} px) than the panel ({room} px)")
    return [f"{type(widget).__name__} {text!r}: {p}" for p in problems]


@pytest.mark.parametrize("speaking", [i18n.SOURCE, *TRANSLATED], indirect=True)
def test_the_side_panel_holds_its_texts_at_the_default_size(
        qtbot, qloop, speaking: str, tiny_model: PatchScaler, photo_path: Path) -> None:
    win = build(qtbot, tiny_model, photo_path)
    assert (win.width(), win.height()) == (1280, 800)
    panel, room = win.controls, _room(win)
    assert panel.width() <= room
    problems = []
    for widget in panel.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QCheckBox, QGroupBox)):
            problems += _fits(widget, panel, room)
    for box in panel.findChildren(QComboBox):  # the look and format boxes show it all
        if box is not panel.device:
            text = box.currentText() or box.placeholderText()
            need = QFontMetrics(box.font()).horizontalAdvance(text)
            if need > box.width() - 30:  # less the arrow and the frame
                problems.append(f"combo box {text!r} needs {need} px, has {box.width()}")
        problems += _fits(box, panel, room)
    device = panel.device  # a long entry is elided with "…", never cut mid-letter
    assert device.shown_text() == device.currentText() or device.shown_text().endswith("…")
    legend = panel.legend
    low, high, counts = legend.texts()
    metrics = QFontMetrics(legend.font())
    room = legend.width() - 8
    if metrics.horizontalAdvance(low) + metrics.horizontalAdvance(high) + 8 > room:
        problems.append(f"legend ends {low!r} and {high!r} overlap")
    if metrics.horizontalAdvance(counts) > room:
        problems.append(f"legend counts {counts!r} wider than the legend")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_accessible_names_are_translated(qtbot, qloop, speaking: str,
                                         tiny_model: PatchScaler) -> None:
    win = build(qtbot, tiny_model)
    assert win.canvas.accessibleName() == MEMORY["Before and after"]["de"]
    assert win.controls.legend.accessibleName() == MEMORY["Difficulty heatmap legend"]["de"]
    assert win.batch.table.accessibleName() == MEMORY["Batch queue"]["de"]
    assert win.controls.budgets[0].accessibleName() == "Einfach: Schritte"
    assert "Strg" in win.commands.open_folder.toolTip()  # Qt's German key names
    assert "Strg+Umschalt+F" in win.batch.folder_button.toolTip()


def test_the_geometry_check_finds_a_label_too_long_for_the_panel(qtbot, qloop,
                                                                 tiny_model: PatchScaler) -> None:
    win = build(qtbot, tiny_model)
    box = win.controls.findChildren(QGroupBox)[0]
    long = QLabel("Rauschen und JPEG-Blöcke entfernen, " * 3)
    box.layout().addWidget(long)
    qtbot.waitUntil(long.isVisible)
    QApplication.processEvents()
    found = _fits(long, win.controls, _room(win))
    assert any("wider" in p for p in found) and any("beyond" in p for p in found), found
    assert win.controls.width() > _room(win)  # the panel grew past what is seen of it


SPEAK = ("from PySide6.QtCore import QCoreApplication\n"
         "from patchscaler_gui.ui.app import speak\n"
         "from patchscaler_gui.ui.splash import make_application\n"
         "code = speak(make_application())\n"
         "print(code, QCoreApplication.translate('Actions', '&File'))\n")


@pytest.mark.parametrize(("system", "setting", "expected"), [
    ("fr_FR", None, "fr &Fichier"),
    ("zh_CN:en", None, "zh_CN 文件(&F)"),
    ("pt_BR", None, "en &File"),  # not shipped: English
    ("fr_FR", "ja", "ja ファイル(&F)"),  # View → Language wins
    ("de_DE", "", "de Date&i"),
])
def test_the_app_speaks_the_system_language_unless_the_user_chose_one(
        tmp_path: Path, system: str, setting: str | None, expected: str) -> None:
    config = tmp_path / "config"
    if setting is not None:
        config.mkdir()
        (config / "settings.json").write_text(json.dumps({"language": setting}))
    env = {**os.environ, "LANGUAGE": system, "PATCHSCALER_CONFIG_DIR": str(config),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SPEAK], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip() == expected


@pytest.mark.parametrize("speaking", ["de", "ja"], indirect=True)
def test_the_engines_errors_and_notes_are_shown_translated(
        qtbot, qloop, speaking: str, tiny_model: PatchScaler, tmp_path: Path,
        bridge) -> None:  # type: ignore[no-untyped-def]
    from patchscaler_gui.engine.texts import Text

    shown: list[str] = []
    win = build(qtbot, tiny_model)
    bridge.connect_view(lambda level, text, details: shown.append(text))
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    win.open_file(empty)
    template = MEMORY["%1: the file is empty (0 bytes)."][speaking]
    assert shown[-1] == i18n.arg(template, empty)
    note = Text("the file has %1 frames (animated): only the first is upscaled", 12)
    assert i18n.engine_text(note) == i18n.arg(
        MEMORY["the file has %1 frames (animated): only the first is upscaled"][speaking], 12)
    assert i18n.engine_text(OSError("disk on fire")) == "disk on fire"  # not the engine's
    # out of memory at the smallest size: the message and the piece inside it
    fit = memory.plan(tiny_model)
    fit.batch = 1
    with pytest.raises(memory.NotEnoughMemory) as caught:
        fit.shrink_batch(MemoryError())
    piece = MEMORY["one patch at a time"][speaking]
    assert i18n.engine_text(caught.value) == i18n.arg(MEMORY[
        "not enough memory on %1 for this image, even with %2; close other programs using "
        "the computer or lower --tile-memory."][speaking], "cpu", piece)


@pytest.mark.parametrize("speaking", TRANSLATED, indirect=True)
def test_the_menu_bar_mnemonics_share_no_key_with_a_command(qtbot, qloop, speaking: str,
                                                            tiny_model: PatchScaler) -> None:
    """Alt and a menu title's letter opens that menu in every language: a key shared with
    a command (Alt+D focuses the device box) would be ambiguous, and Qt runs neither."""
    win = build(qtbot, tiny_model)
    shared = {key: names for key, names in bindings(win).items() if len(names) > 1}
    assert shared == {}, speaking
