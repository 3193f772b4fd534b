"""View → Language: follow the system's language or pick one of the shipped ones (by
native name). The choice is a setting; it applies when PatchScaler starts again (the
window's texts are set once, when it is built), and the menu says so."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from patchscaler_gui.ui import i18n, messages
from patchscaler_gui.ui.settings import AppSettings

# The native names with a mnemonic each, unique in the menu ("&System language" takes S).
MENU_TEXTS = {"en": "&English", "de": "&Deutsch", "es": "Es&pañol", "fr": "&Français",
              "zh_CN": "简体中文 (&Z)", "ja": "日本語 (&J)"}


class LanguageMenu(QMenu):
    """The submenu; the checked entry is the setting ("" = the system's language)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lan&guage"), parent)
        self.settings = settings
        self.setObjectName("language")
        self.setToolTipsVisible(True)
        note = self.tr("The new language applies when PatchScaler starts again.")
        self.menuAction().setToolTip(note)
        self.group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        entries = [("", self.tr("&System language")),
                   *((code, MENU_TEXTS.get(code, name)) for code, name in
                     i18n.LANGUAGES.items())]
        for code, text in entries:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(code == settings.language)
            action.setToolTip(note)
            action.setStatusTip(note)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.addAction(action)
            self.choices[code] = action
        self.addSeparator()
        self.note = self.addAction(note)  # says it in the menu itself; not a command
        self.note.setEnabled(False)

    def choose(self, code: str) -> None:
        """Remember ``code`` ("" = follow the system) for the next start."""
        if code == self.settings.language:
            return
        self.settings.language = code
        self.choices[code].setChecked(True)
        messages.info(self.note.text())
