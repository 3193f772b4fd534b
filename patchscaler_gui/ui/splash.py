"""The app's QApplication and the splash it shows while torch and the model load.

Torch-free, like :mod:`patchscaler_gui.launch`, which shows the splash before anything
heavy is imported: importing torch takes seconds on a cold disk, and a desktop app that
shows nothing for that long gets started twice.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from patchscaler_gui.desktop import APP_ID
from patchscaler_gui.ui.icon import app_icon, render_icon

ICON_PX = 128
_shown: QLabel | None = None


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("PatchScaler")
    app.setOrganizationName("PatchScaler")
    app.setApplicationDisplayName("PatchScaler")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def _picture(app: QApplication) -> QPixmap:
    """The icon over the app's name, on the palette's window colour."""
    w, h = 2 * ICON_PX + 40, ICON_PX + 80
    pixmap = QPixmap(w, h)
    palette = app.palette()
    pixmap.fill(palette.window().color())
    painter = QPainter(pixmap)
    painter.drawImage((w - ICON_PX) // 2, 16, render_icon(ICON_PX))
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    painter.setFont(font)
    painter.setPen(palette.windowText().color())
    painter.drawText(QRect(0, ICON_PX + 24, w, h - ICON_PX - 24),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "PatchScaler")
    painter.end()
    return pixmap


def show() -> None:
    """Show the splash now, centred on the screen (making the QApplication), until
    :func:`finish`. A frameless label: QSplashScreen.show() waits up to a second for the
    window manager, which is as long as the splash is meant to save (Xvfb, offscreen)."""
    global _shown
    app = make_application()
    _shown = QLabel()
    _shown.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    _shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
    _shown.setPixmap(_picture(app))
    _shown.adjustSize()
    screen = app.primaryScreen()
    if screen is not None:
        frame = _shown.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        _shown.move(frame.topLeft())
    _shown.show()
    app.processEvents()


def finish() -> None:
    """Close the splash, if one shows: the window shows now, or never will."""
    global _shown
    if _shown is not None:
        _shown.close()
        _shown = None
