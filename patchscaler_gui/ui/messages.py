"""One bridge carries messages from anywhere in the app to the view.

After qutebrowser's ``utils/message.py``: logic calls ``messages.error(text)`` (or
``warning`` / ``info``) and never touches a widget. The bridge holds messages until a view
connects, then delivers them in order; it may be called from any thread (the signal is
queued to the bridge's thread, the main one). ``exception`` is for bugs: the view shows a
dialog with the traceback and the app keeps running.
"""

from __future__ import annotations

import enum
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

from patchscaler_gui.ui import i18n


class Level(enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


Slot = Callable[[Level, str, str], None]


class MessageBridge(QObject):
    """Delivers (level, text, details) to the connected view.

    Signals:
        shown(level, text, details): a message for the user; ``details`` is empty except
            for unexpected errors, where it holds the traceback.
    """

    shown = Signal(object, str, str)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._held: list[tuple[Level, str, str]] = []
        self._views = 0

    def show(self, level: Level, text: str, details: str = "") -> None:
        with self._lock:
            if self._views == 0:
                self._held.append((level, text, details))
                return
        self.shown.emit(level, text, details)

    def connect_view(self, slot: Slot) -> None:
        """Connect a view and hand it every message held so far."""
        self.shown.connect(slot)
        with self._lock:
            self._views += 1
            held, self._held = self._held, []
        for message in held:
            slot(*message)

    def disconnect_view(self, slot: Slot) -> None:
        self.shown.disconnect(slot)
        with self._lock:
            self._views -= 1

    def held(self) -> list[tuple[Level, str, str]]:
        with self._lock:
            return list(self._held)


_bridge: MessageBridge | None = None


def bridge() -> MessageBridge:
    """The process-wide bridge (created on first use)."""
    global _bridge
    if _bridge is None:
        _bridge = MessageBridge()
    return _bridge


def info(text: str) -> None:
    bridge().show(Level.INFO, text)


def warning(text: str) -> None:
    bridge().show(Level.WARNING, text)


def error(text: str, details: str = "") -> None:
    bridge().show(Level.ERROR, text, details)


def exception(exc: BaseException, context: str = "") -> None:
    """Report a bug (an exception that is not a PatchscalerError) with its traceback;
    ``context`` says what went wrong (translated), by default "Something went wrong"."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    context = context or QCoreApplication.translate("Messages", "Something went wrong")
    error(i18n.arg(QCoreApplication.translate(
        "Messages", "%1: %2: %3. PatchScaler keeps running; please report this with the "
        "details below."), context, type(exc).__name__, exc), details)


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. in a slot) to the bridge instead of aborting."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        exception(value.with_traceback(tb),
                  QCoreApplication.translate("Messages", "Unexpected error"))

    sys.excepthook = hook
