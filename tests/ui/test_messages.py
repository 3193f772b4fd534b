"""The message bridge holds messages until a view connects, from any thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject

from patchscaler_gui.ui import messages


def test_messages_wait_for_a_view_then_arrive_in_order(bridge: messages.MessageBridge) -> None:
    messages.info("one")
    messages.error("two")
    seen: list[tuple[messages.Level, str, str]] = []
    bridge.connect_view(lambda *m: seen.append(m))
    messages.warning("three")
    assert [(level, text) for level, text, _ in seen] == [
        (messages.Level.INFO, "one"), (messages.Level.ERROR, "two"),
        (messages.Level.WARNING, "three")]
    assert bridge.held() == []


def test_a_message_from_a_worker_thread_reaches_the_view(qtbot,
                                                         bridge: messages.MessageBridge) -> None:
    seen: list[str] = []

    class View(QObject):  # a view lives in the main thread, as the main window does
        def show(self, level: messages.Level, text: str, details: str) -> None:
            seen.append(threading.current_thread().name)

    view = View()
    bridge.connect_view(view.show)
    thread = threading.Thread(target=messages.error, args=("from a thread",))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [threading.main_thread().name]


def test_the_excepthook_reports_a_bug_with_its_traceback(
        bridge: messages.MessageBridge, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    messages.install_excepthook()
    try:
        raise ValueError("bad value")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    ((level, text, details),) = bridge.held()
    assert level == messages.Level.ERROR and "ValueError: bad value" in text
    assert "Traceback" in details and "keeps running" in text
