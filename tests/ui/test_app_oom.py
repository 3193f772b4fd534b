"""Out of memory in the app (injected through the device layer's hook, on the CPU)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from patchscaler_gui.engine import memory
from patchscaler_gui.ui import messages
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import RUN_TIMEOUT_MS, run_to_end


def test_oom_once_is_told_in_the_status_bar_and_the_run_completes(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path) -> None:
    shown: list[tuple[messages.Level, str]] = []
    bridge.shown.connect(lambda level, text, details: shown.append((level, text)))
    with memory.inject_oom(lambda kind, n, size: kind == "denoiser" and n == 1) as counts:
        with qtbot.waitSignal(window.session.editor.run_finished, timeout=RUN_TIMEOUT_MS):
            window.open_file(photo_path)
        run_to_end(qtbot, window)
    assert counts["denoiser"] > 1
    notes = [text for level, text in shown if "out of memory" in text]
    assert len(notes) == 1 and (messages.Level.WARNING, notes[0]) in shown
    assert "ran out of memory" in window.statusBar().currentMessage()
    assert window.session.doc.result is not None


def test_oom_at_every_size_fails_cleanly_and_the_window_runs_again(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path) -> None:
    with memory.inject_oom(lambda kind, n, size: True):
        with qtbot.waitSignal(bridge.shown, timeout=RUN_TIMEOUT_MS) as shown:
            window.open_file(photo_path)
        run_to_end(qtbot, window)
    level, text, details = shown.args
    assert level == messages.Level.ERROR and "not enough memory" in text and details == ""
    assert window.status_text.text() == "Failed" and not window.session.busy
    assert window.session.doc.result is None
    _close_the_message_and_run_again(qtbot, window)


def _close_the_message_and_run_again(qtbot, window: MainWindow  # type: ignore[no-untyped-def]
                                      ) -> None:
    """The error dialog is up: Escape closes it, and F5 runs the photo to its end."""
    dialog = window._dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # the offscreen platform leaves no window active after a dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.session.editor.run_finished, timeout=RUN_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    run_to_end(qtbot, window)
    assert window.session.doc.result is not None


def test_oom_merging_a_rerun_fails_cleanly_and_the_window_runs_again(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path) -> None:
    """A re-run from the cached coarse stage cannot be tiled: merging it out of memory is
    NotEnoughMemory, a message, not a bug report (seen as torch.OutOfMemoryError on an
    H200 capped at 0.6 GB)."""
    with qtbot.waitSignal(window.session.editor.run_finished, timeout=RUN_TIMEOUT_MS):
        window.open_file(photo_path)
    run_to_end(qtbot, window)
    assert window.session.doc.result is not None
    window.controls.seed.setValue(7)  # every patch is stale now
    window.session.editor._resample_timer.stop()
    with memory.inject_oom(lambda kind, n, size: kind == "merge"):
        with qtbot.waitSignal(bridge.shown, timeout=RUN_TIMEOUT_MS) as shown:
            qtbot.keyClick(window, Qt.Key.Key_F5)
        run_to_end(qtbot, window)
    level, text, details = shown.args
    assert level == messages.Level.ERROR and "smallest image tile" in text and details == ""
    assert not window.session.busy and window.session.doc.result is not None  # kept
    _close_the_message_and_run_again(qtbot, window)
