"""Start the desktop app: QApplication, the qasync event loop, the main window.

``run_app(files)`` is what ``patchscaler gui [FILES]`` (and plain ``patchscaler``) call.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import traceback
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMessageBox

from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.device import configure_cpu
from patchscaler_gui.ui import i18n, messages, settings, splash
from patchscaler_gui.ui.main_window import MainWindow

# For install checks (the wheel test, packaging/check_deb.sh, the release workflow): with
# this set, the app prints what its window shows once the event loop runs, then closes.
SMOKE_ENV = "PATCHSCALER_GUI_SMOKE"


def speak(app: QApplication) -> str:
    """Install the language the user chose (View → Language), else the system's, before
    the window is built; returns its code."""
    code = i18n.choose(settings.language())
    i18n.install(code, app)
    return code


def freeze_heap() -> None:
    """Move everything alive after start-up (torch, Qt, the model) out of the garbage
    collector's reach: a full collection of that heap takes ~150 ms and would stall the
    event loop whenever it runs; afterwards only objects made later are scanned."""
    gc.collect()
    gc.freeze()


def report_startup_failure(exc: BaseException) -> None:
    """An error before the window exists: on stderr (with what the bridge still holds) and
    in a message box, since no view will ever show the bridge's messages."""
    for level, text, _details in messages.bridge().held():
        print(f"patchscaler: {level.value}: {text}", file=sys.stderr)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    text = i18n.arg(QCoreApplication.translate(
        "App", "PatchScaler could not open its window: %1: %2. The details are on the "
        "terminal (standard error); please report them."), type(exc).__name__,
        i18n.engine_text(exc))
    print(f"patchscaler: error: {text}", file=sys.stderr, flush=True)
    QMessageBox.critical(None, "PatchScaler", text)


def run_app(files: list[str]) -> int:
    """Open the window (with ``files``, if any) and run the event loop until it closes.

    A failure while the window is built is reported (stderr and a message box) and gives
    exit status 1; the sampler thread is stopped however the loop ends."""
    configure_cpu()
    app = splash.make_application()
    speak(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    messages.install_excepthook()
    try:
        window = MainWindow()
    except Exception as exc:
        splash.finish()
        report_startup_failure(exc)
        return 1
    app.aboutToQuit.connect(window.shutdown)
    try:
        freeze_heap()
        window.show()
        splash.finish()
        if files:
            window.open_paths([Path(f) for f in files])
        if os.environ.get(SMOKE_ENV):
            QTimer.singleShot(0, lambda: _smoke_report(window))
        with loop:
            return int(loop.run_forever())
    finally:
        window.shutdown()


def _smoke_report(window: MainWindow) -> None:
    model = QTextDocumentFragment.fromHtml(window.controls.model_label.text()).toPlainText()
    print(f"gui smoke: window {window.windowTitle()!r} desktop_file="
          f"{QApplication.desktopFileName()} visible={window.isVisible()} "
          f"model: {' | '.join(model.splitlines())}", flush=True)
    look = window.controls.values().look  # "" where the panel matches no look: Custom
    print(f"gui smoke: look {look or 'custom'} "
          f"({'the default' if look == DEFAULT_LOOK else 'not the default ' + DEFAULT_LOOK})",
          flush=True)
    window.close()
