"""File → Open Recent: the pictures and folders last opened, most recent first, kept in the
settings (``AppSettings.recent``) as absolute paths; a folder's entry ends in the path
separator and queues the folder again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from patchscaler_gui.ui.main_window import MainWindow

MAX_RECENT = 9  # each entry has a digit to pick it with, 1 to 9


def remember(recent: list[str], path: Path, folder: bool = False) -> list[str]:
    """``recent`` with ``path`` first (once; a ``folder`` ends in the separator), at most
    :data:`MAX_RECENT` long."""
    name = str(path.absolute())
    entry = os.path.join(name, "") if folder else name
    return [entry, *(p for p in recent if Path(p) != Path(name))][:MAX_RECENT]


def forget(recent: list[str], path: Path) -> list[str]:
    """``recent`` without ``path`` (a file's or a folder's entry)."""
    return [p for p in recent if Path(p) != path.absolute()]


class RecentMenu(QMenu):
    """The submenu, filled from the window's settings each time it opens: ``&1 name`` (the
    full path as its tip; a folder's name ends in the separator), then Clear Menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(self.tr("Open &Recent"), window)
        self._window = window
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.clear()
        for k, name in enumerate(self._window.settings.recent, start=1):
            # the entry says it is a folder: no stat, which could hang on a network share
            shown = Path(name).name + (os.sep if name.endswith(os.sep) else "")
            entry = self.addAction(f"&{k} {shown.replace('&', '&&')}")
            entry.setToolTip(name)
            entry.setStatusTip(name)
            entry.triggered.connect(lambda _checked=False, p=Path(name):
                                    self._window.open_paths([p]))
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(self._window.settings.recent))
        clear.triggered.connect(self._clear)

    def _clear(self) -> None:
        self._window.settings.recent = []
        self._window.commands.update(self._window)
