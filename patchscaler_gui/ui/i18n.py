"""The languages the app speaks, which one to use, and the translators that speak it.

The app's strings are English in the source and go through Qt's translation system
(``self.tr`` / ``QCoreApplication.translate``); the compiled catalogues
``patchscaler_<code>.qm`` are package data in ``patchscaler_gui._resources`` (the
top-level ``resources/i18n/``), built by ``packaging/translations.sh``. Qt's own strings
(the buttons of message boxes, file dialogs, ``Ctrl`` in shortcut texts) come from the
``qtbase_<code>.qm`` that PySide6 ships. The language follows the system's UI languages
unless the user picked one (View → Language, a setting); number formats follow the
system locale when it speaks the chosen language, else that language's defaults.

PySide6's ``tr`` returns a Python ``str``, which has no ``QString.arg``: :func:`arg` fills
``%1``, ``%2`` … and :func:`number` formats numbers for the locale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QKeySequence

from patchscaler_gui.engine.texts import Text

# code → native name, in the order the Language menu lists them; "en" is the source.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "zh_CN": "简体中文",
    "ja": "日本語",
}
SOURCE = "en"
CATALOG = "patchscaler"  # patchscaler_<code>.qm
FOLDER = "i18n"  # inside patchscaler_gui._resources
QT_CATALOG = "qtbase"  # not "qt": the .deb keeps only qtbase_*.qm (packaging/trim_env.py)

_PLACEHOLDER = re.compile(r"%L?(\d{1,2})")
_installed: list[QTranslator] = []  # Python must hold them, or Qt loses the strings


def language_of(name: str) -> str | None:
    """The shipped language a locale name ("de-AT", "de_AT", "zh-Hans-CN") asks for, or
    None. Chinese needs the simplified script: "zh-TW" and "zh-Hant" are not zh_CN."""
    locale = QLocale(name.replace("_", "-"))
    language = locale.language()
    if language == QLocale.Language.Chinese:
        simplified = locale.script() == QLocale.Script.SimplifiedHanScript
        return "zh_CN" if simplified else None
    for code in LANGUAGES:
        if QLocale(code).language() == language:
            return code
    return None


def match(ui_languages: Sequence[str]) -> str:
    """The first shipped language in the user's ordered preferences (as
    ``QLocale.uiLanguages()`` lists them), else English.

    Qt lists each preference with its truncations ("zh-Hant-TW", "zh-TW", "zh-Hant", "zh"):
    a bare "zh" after a traditional-script entry is that same preference, not zh_CN."""
    traditional = False
    for name in ui_languages:
        locale = QLocale(name.replace("_", "-"))
        if locale.language() == QLocale.Language.Chinese:
            if locale.script() == QLocale.Script.TraditionalHanScript:
                traditional = True
                continue
            if traditional and "-" not in name.replace("_", "-"):
                continue
        code = language_of(name)
        if code is not None:
            return code
    return SOURCE


def choose(override: str = "", ui_languages: Sequence[str] | None = None) -> str:
    """The language to use: ``override`` (the setting; "" = follow the system) when it is
    a shipped one, else the best match for ``ui_languages`` (default: the system's)."""
    if override in LANGUAGES:
        return override
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    return match(ui_languages)


def number_locale(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for numbers: the system's when it speaks ``code`` (a Swiss German keeps
    1'234.5), else ``code``'s own (English from a "C" system: 1,234.5)."""
    system = QLocale.system() if system is None else system
    if language_of(system.name()) == code:
        return system
    return QLocale(code)


def catalog_path(code: str) -> Path:
    """Our compiled catalogue for ``code`` (it may not exist: English has none unless it
    has plural forms)."""
    folder = resources.files("patchscaler_gui._resources") / FOLDER
    return Path(str(folder / f"{CATALOG}_{code}.qm"))


def qt_catalog_dir() -> Path:
    """Where PySide6 keeps Qt's own ``.qm`` files."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(code: str, app: QCoreApplication | None = None) -> list[str]:
    """Speak ``code`` from now on: replace the translators installed earlier with ours
    and Qt's for ``code`` (each only if its catalogue exists), and set the default locale
    for numbers. Call before the window is built; installing again sends widgets a
    LanguageChange event. Returns the catalogues loaded (for a log line or a test)."""
    app = uninstall(app)
    loaded = []
    catalogues = [catalog_path(code)]  # English too: its plural forms ("1 image")
    if code != SOURCE:
        catalogues.insert(0, qt_catalog_dir() / f"{QT_CATALOG}_{code}.qm")
    for path in catalogues:  # the one installed last is asked first: ours, then Qt's
        translator = QTranslator()
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path.name)
    QLocale.setDefault(number_locale(code))
    return loaded


def uninstall(app: QCoreApplication | None = None) -> QCoreApplication:
    """Back to the source language: remove the translators :func:`install` added and
    let numbers follow the system locale again."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("i18n needs a QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    return app


def arg(template: str, *values: object) -> str:
    """``QString.arg`` for a translated ``str``: ``%1`` … ``%99`` (and ``%L1``) become
    ``values[0]`` …, in one pass (a value holding "%2" stays as it is); every occurrence
    of a marker is replaced. ints are written with the default locale's digit grouping;
    format other numbers with :func:`number`. Markers without a value stay."""
    texts = [number(v) if isinstance(v, int) and not isinstance(v, bool) else str(v)
             for v in values]

    def fill(m: re.Match[str]) -> str:
        k = int(m.group(1))
        return texts[k - 1] if 1 <= k <= len(texts) else m.group(0)

    return _PLACEHOLDER.sub(fill, template)


def number(value: float, decimals: int | None = None) -> str:
    """``value`` in the default locale (``QLocale.setDefault``): ints with digit grouping
    ("12.345" in German), floats with ``decimals`` places ("0,125"), or as few as they
    need without."""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    if isinstance(value, int):
        return locale.toString(value)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return locale.toString(value, "g", shortest.value)


def native(key: str | QKeySequence | QKeySequence.StandardKey) -> str:
    """A shortcut as the menus spell it in the installed language: "Ctrl+Shift+O" is
    *Strg+Umschalt+O* in German (Qt's own catalogue translates the key names)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def engine_text(text: object) -> str:
    """What the engine wrote (an error, a picture's note, an out-of-memory note) in the
    installed language: a :class:`~patchscaler_gui.engine.texts.Text` is translated from its
    template (context "Engine"), anything else is shown as it is (an OS error's own text)."""
    if isinstance(text, BaseException):
        text = text.args[0] if len(text.args) == 1 else str(text)
    if not isinstance(text, Text):
        return str(text)
    values = [engine_text(v) if isinstance(v, Text) else v for v in text.values]
    return arg(QCoreApplication.translate("Engine", text.template), *values)
