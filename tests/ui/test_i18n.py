"""The language choice, the translators and the %1 filling of ``ui/i18n.py``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from patchscaler_gui.ui import i18n


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs is gone afterwards (translators, the default locale)."""
    yield
    i18n.uninstall(qapp)


def test_the_shipped_languages_by_native_name_english_first() -> None:
    assert i18n.LANGUAGES == {"en": "English", "de": "Deutsch", "es": "Español",
                              "fr": "Français", "zh_CN": "简体中文", "ja": "日本語"}
    assert next(iter(i18n.LANGUAGES)) == i18n.SOURCE


@pytest.mark.parametrize(("ui_languages", "expected"), [
    (["de-Latn-DE", "de-DE", "de-Latn", "de"], "de"),
    (["de_AT"], "de"),
    (["fr-CA", "fr"], "fr"),
    (["es-419"], "es"),
    (["ja-Jpan-JP", "ja-JP", "ja"], "ja"),
    (["zh-Hans-CN", "zh-CN", "zh-Hans", "zh"], "zh_CN"),
    (["zh-SG"], "zh_CN"),
    (["pt-BR", "pt", "es-ES", "es"], "es"),  # the first shipped one in the user's order
    (["en-GB", "de-DE"], "en"),
])
def test_the_language_follows_the_users_preferences(ui_languages: list[str],
                                                     expected: str) -> None:
    assert i18n.match(ui_languages) == expected


@pytest.mark.parametrize("ui_languages", [
    ["zh-Hant-TW", "zh-TW", "zh-Hant", "zh"],  # traditional script: not zh_CN
    ["pt-BR", "pt"], ["C"], ["xx"], [],
])
def test_unknown_languages_fall_back_to_english(ui_languages: list[str]) -> None:
    assert i18n.match(ui_languages) == "en"


def test_a_chosen_language_overrides_the_system_and_an_unknown_one_does_not() -> None:
    assert i18n.choose("fr", ["de-DE"]) == "fr"
    assert i18n.choose("", ["de-DE"]) == "de"
    assert i18n.choose("pt", ["ja-JP"]) == "ja"  # a stale setting: back to the system
    assert i18n.choose("", []) == "en"


def test_numbers_follow_the_system_locale_when_it_speaks_the_language() -> None:
    swiss = QLocale("de_CH")
    assert i18n.number_locale("de", swiss).name() == "de_CH"
    assert i18n.number_locale("fr", swiss).name() == "fr_FR"
    assert i18n.number_locale("en", QLocale.c()).name() == "en_US"


def test_arg_fills_every_marker_once_with_locale_numbers(english: None) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert i18n.arg("Brush: %1×%1 patches", 3) == "Brush: 3×3 patches"
    assert i18n.arg("%2 von %1", "a%2", 12345) == "12.345 von a%2"
    assert i18n.arg("%L1 · %3", "x") == "x · %3"
    assert i18n.number(0.1254, 3) == "0,125"


def test_install_speaks_qts_own_strings_and_uninstall_goes_back(english: None,
                                                                 qapp: QApplication) -> None:
    if not (i18n.qt_catalog_dir() / "qtbase_de.qm").is_file():
        pytest.skip("this PySide6 ships no qtbase_de.qm")
    assert "qtbase_de.qm" in i18n.install("de", qapp)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Abbrechen"
    assert QLocale().name() == i18n.number_locale("de").name()  # de_DE, or a German system
    i18n.uninstall(qapp)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancel"
