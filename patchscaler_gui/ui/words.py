"""The words the UI uses in many places, translated: the group names (in a sentence and as
a title), the looks' names and durations. Qt-free callers (the engine's ``GROUP_NAMES``,
``LOOKS``) keep the English keys; only what the user reads goes through here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from patchscaler_gui.ui import i18n


def group_name(group: int) -> str:
    """A group's name inside a sentence ("simple"), translated."""
    return (QCoreApplication.translate("Words", "simple"),
            QCoreApplication.translate("Words", "medium"),
            QCoreApplication.translate("Words", "hard"))[group]


def group_title(group: int) -> str:
    """A group's name as a title ("Simple"): a menu item, a side-panel row."""
    return (QCoreApplication.translate("Words", "Simple"),
            QCoreApplication.translate("Words", "Medium"),
            QCoreApplication.translate("Words", "Hard"))[group]


def look_title(name: str) -> str:
    """A look's name as the Look box lists it ("faithful" → "Faithful")."""
    titles = {"faithful": QCoreApplication.translate("Words", "Faithful"),
              "balanced": QCoreApplication.translate("Words", "Balanced"),
              "detailed": QCoreApplication.translate("Words", "Detailed")}
    return titles.get(name, name.capitalize())


def duration(seconds: float) -> str:
    """``12,5 s`` under a minute, else ``3 min 4 s``, in the current language."""
    if seconds < 60:
        return i18n.arg(QCoreApplication.translate("Words", "%1 s"), i18n.number(seconds, 1))
    return i18n.arg(QCoreApplication.translate("Words", "%1 min %2 s"), int(seconds // 60),
                    i18n.number(seconds % 60, 0))
