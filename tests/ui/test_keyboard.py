"""The window without a mouse: the side panel's Tab order, the divider's keys, a visible
focus, View → Language by its mnemonics, and names for assistive technology."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from patchscaler_gui.ui import settings as settings_store
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import press, press_in_popup


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def proxy(widget: QWidget) -> QWidget:
    """The widget that takes the focus for ``widget`` (a labelled slider's slider)."""
    return widget.focusProxy() or widget


def test_tab_walks_the_side_panel_top_to_bottom(qtbot, window: MainWindow) -> None:
    c = window.controls
    expected = [c.look]
    for g in range(3):
        expected += [proxy(c.budgets[g]), proxy(c.starts[g])]
    expected += [proxy(c.thresholds), proxy(c.opacity), c.seed, c.texture]
    expected += [c.cleanup] if c.cleanup.isEnabled() else []
    expected += [c.sharpen, c.radius, c.device, c.scale, c.format]  # PNG: no quality
    press(qtbot, window, "Alt+L")  # the Look box's key
    seen = [focused()]
    for _ in expected[1:]:
        press(qtbot, focused(), "Tab")
        seen.append(focused())
    assert [w.accessibleName() for w in seen] == [w.accessibleName() for w in expected]
    assert seen == expected
    press(qtbot, focused(), "Tab")  # out of the panel, to the canvas; and back
    assert focused() is window.canvas
    press(qtbot, focused(), "Tab")
    assert focused() is c.look
    press(qtbot, focused(), "Shift+Tab")
    assert focused() is window.canvas


def test_the_quality_takes_input_for_jpeg_and_webp_only(qtbot, window: MainWindow) -> None:
    c = window.controls
    assert c.values().output_format == "png" and not c.quality.isEnabled()
    press(qtbot, window, "Alt+U")  # the format box's key
    assert focused() is c.format
    walk = []
    for _ in range(3):  # JPEG, WebP, TIFF
        press(qtbot, c.format, "Down")
        press(qtbot, c.format, "Tab")
        walk.append((c.values().output_format, focused() is c.quality))
        press(qtbot, window, "Alt+U")
    assert walk == [("jpg", True), ("webp", True), ("tiff", False)]
    assert window.settings.output_format == "tiff"


def test_the_batch_queue_is_in_the_tab_chain_when_shown(qtbot, window: MainWindow,
                                                        photo_path: Path) -> None:
    window.batch.add([photo_path, photo_path])
    press(qtbot, window, "Ctrl+B")
    qtbot.waitUntil(window.batch.isVisible)
    window.batch.table.setFocus()
    chain = [focused()]
    for _ in range(3):
        press(qtbot, focused(), "Tab")
        chain.append(focused())
    b = window.batch
    assert chain == [b.table, b.folder_button, b.start_button, b.clear_button]  # skip/cancel
    # are disabled until the queue runs


def test_the_divider_moves_with_keys(qtbot, window: MainWindow, photo_path: Path) -> None:
    window.open_file(photo_path)
    canvas = window.canvas
    assert canvas.split == 0.5
    press(qtbot, canvas, "Alt+Left")
    assert round(canvas.split, 3) == 0.48
    press(qtbot, canvas, "Alt+Shift+Right")
    assert round(canvas.split, 3) == 0.58
    assert "58 %" in canvas.accessibleDescription()
    for _ in range(30):
        press(qtbot, canvas, "Alt+Shift+Left")
    assert canvas.split == 0.0
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20_000)


def test_f11_fills_the_screen_and_gives_it_back(qtbot, window: MainWindow) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    press(qtbot, window, "F11")
    qtbot.waitUntil(window.isFullScreen)
    assert window.commands.full_screen.isChecked()
    press(qtbot, window, "F11")
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.isMaximized() and not window.commands.full_screen.isChecked()
    window.showFullScreen()  # by the window manager: the menu follows
    qtbot.waitUntil(window.commands.full_screen.isChecked)


def test_the_canvas_shows_when_it_has_the_keyboard_focus(qtbot, window: MainWindow) -> None:
    press(qtbot, window, "Alt+L")
    press(qtbot, focused(), "Shift+Tab")
    assert focused() is window.canvas
    highlight = window.canvas.palette().highlight().color()
    frame = window.canvas.viewport().grab().toImage()
    assert QColor(frame.pixel(1, frame.height() // 2)) == highlight
    press(qtbot, focused(), "Tab")
    frame = window.canvas.viewport().grab().toImage()
    assert QColor(frame.pixel(1, frame.height() // 2)) != highlight


# The offscreen platform warns when a menu pops up; not ours.
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise",
                           "does not support grabbing the keyboard")
def test_view_language_by_mnemonics_is_remembered_for_the_next_start(
        qtbot, window: MainWindow, config_dir: Path, bridge) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    bridge.connect_view(lambda level, text, details: shown.append(text))
    menu = window.language
    assert [a.text() for a in menu.actions() if not a.isSeparator()][:7] == [
        "&System language", "&English", "&Deutsch", "Es&pañol", "&Français", "简体中文 (&Z)",
        "日本語 (&J)"]
    assert menu.choices[""].isChecked()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    view.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is view)
    press_in_popup(qtbot, "G")  # Lan&guage
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    press_in_popup(qtbot, "D")  # &Deutsch
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.settings.language == "de" and menu.choices["de"].isChecked()
    assert any("starts again" in text for text in shown)
    window.close()
    data = json.loads((config_dir / settings_store.FILE_NAME).read_text(encoding="utf-8"))
    assert data["language"] == "de"
    assert settings_store.language(config_dir) == "de"


def test_assistive_technology_names_the_canvas_sliders_legend_and_queue(
        window: MainWindow) -> None:
    c = window.controls
    widgets = [window.canvas, c.legend, window.batch.table, c.thresholds, c.opacity,
               *c.budgets, *c.starts]
    for widget in widgets:
        for w in {widget, proxy(widget)}:
            assert w.accessibleName(), w
            assert w.accessibleDescription(), w
    assert c.budgets[1].accessibleName() == "Medium: steps"
    assert c.starts[2].accessibleName() == "Hard: start step"
    assert window.canvas.accessibleName() == "Before and after"
    assert "divider" in window.canvas.accessibleDescription()
    assert window.batch.table.accessibleName() == "Batch queue"
    assert window.batch.table.horizontalHeaderItem(1).text() == "Status"
    c.show_legend((0.1, 0.9), (0.3, 0.6), (5, 6, 7))
    assert "0.300 and 0.600" in c.legend.accessibleDescription()
    assert "simple: 5" in c.legend.accessibleDescription()
    # what a screen reader gets through Qt's accessibility interface
    face = QAccessible.queryAccessibleInterface(proxy(c.budgets[0]))
    assert face is not None
    assert face.text(QAccessible.Text.Name) == "Simple: steps"
    assert face.role() == QAccessible.Role.Slider
    assert c.look.focusPolicy() & Qt.FocusPolicy.TabFocus
