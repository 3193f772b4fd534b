"""The translation memory and the tooling around it (packaging/fill_translations.py,
pyside6-lupdate / -lrelease on Python sources)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _fill_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "fill_translations", ROOT / "packaging" / "fill_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fill = _fill_module()


def test_the_memory_translates_every_source_into_every_language_cleanly() -> None:
    memory = fill.load_memory()
    assert len(memory) > 150
    assert fill.lint(memory) == []


def test_lint_finds_lost_markers_shortcuts_and_clashing_mnemonics() -> None:
    ok = {"de": "Gespeichert: %1 (Ctrl+S)", "es": "x %1 (Ctrl+S)", "fr": "x %1 (Ctrl+S)",
          "zh_CN": "x %1 (Ctrl+S)", "ja": "x %1 (Ctrl+S)", "context": "t"}
    menu = {"de": "&Datei", "es": "&Archivo", "fr": "&Fichier", "zh_CN": "文件(&F)",
            "ja": "ファイル(&F)", "context": "t", "menu": ["bar"]}
    memory = {
        "Saved %1 (Ctrl+S)": {**ok, "de": "Gespeichert (Strg+S)"},
        "&File": menu,
        "&Fit": {**menu, "zh_CN": "&适应", "ja": "合わせる(&A)"},
    }
    found = fill.lint(memory)
    problems = "\n".join(found)
    assert "'Saved %1 (Ctrl+S)' [de]: markers" in problems
    assert "lost the shortcut text 'Ctrl+S'" in problems
    assert "menu bar [de]: 'D' is the mnemonic of '&Datei' and '&Datei'" in problems
    assert "menu bar [en]: 'F'" in problems
    assert "'&Fit' [zh_CN]: Chinese and Japanese put the mnemonic after the text" in problems
    assert not [p for p in found if "[ja]" in p]  # "合わせる(&A)" is right in Japanese


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Panel</name>
    <message><source>&amp;Open…</source><translation type="unfinished"></translation></message>
    <message><source>Saved %1</source><translation>Gespeichert</translation></message>
    <message><source>New string</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n image(s) added to the batch queue.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform>
        </translation></message>
</context>
</TS>
"""


def test_fill_translates_what_the_memory_knows_and_lists_the_rest(tmp_path: Path) -> None:
    ts = tmp_path / "patchscaler_de.ts"
    ts.write_text(TS, encoding="utf-8")
    filled, kept, todo = fill.fill(ts, fill.load_memory())
    assert (filled, kept) == (2, 1)
    assert todo == ["[Panel] 'New string' (not in the memory)",
                    "[Panel] 'Saved %1' [de]: markers [] != ['%1'] (invalid)"]
    text = ts.read_text(encoding="utf-8")
    assert "<translation>&amp;Öffnen…</translation>" in text
    assert "<numerusform>%n Bilder zur Stapelverarbeitung hinzugefügt.</numerusform>" in text
    assert '<source>New string</source><translation type="unfinished" />' in text


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="no pyside6-lupdate")
def test_lupdate_reads_tr_in_python_and_lrelease_builds_a_catalogue(tmp_path: Path) -> None:
    (tmp_path / "panel.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "class Panel(QWidget):\n"
        "    def texts(self, files):\n"
        "        return [self.tr('&Open…'), self.tr(f'Saved {files}'),\n"
        "                self.tr('%n image(s) added to the batch queue.', '', len(files)),\n"
        "                QCoreApplication.translate('Actions', '&File')]\n")
    ts = tmp_path / "patchscaler_de.ts"
    subprocess.run([BIN / "pyside6-lupdate", "-silent", "-no-obsolete", "panel.py", "-ts",
                    ts.name], cwd=tmp_path, check=True)
    text = ts.read_text(encoding="utf-8")
    assert "<name>Panel</name>" in text and "<name>Actions</name>" in text
    assert "<source>Saved {files}</source>" in text  # an f-string: extracted, never matched
    assert '<message numerus="yes">' in text
    fill.fill(ts, fill.load_memory())
    subprocess.run([BIN / "pyside6-lrelease", "-silent", ts], check=True)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert translator.translate("Panel", "&Open…") == "&Öffnen…"
    assert translator.translate("Actions", "&File") == "Date&i"


I18N = ROOT / "resources" / "i18n"
CODES = ("de", "es", "fr", "zh_CN", "ja")
SOURCES = sorted(str(p.relative_to(ROOT)) for part in ("ui", "engine")
                 for p in (ROOT / "patchscaler_gui" / part).glob("*.py"))


def messages(ts: Path) -> dict[tuple[str, str, str], list[str] | None]:
    """(context, source, comment) → the translation's forms, or None if unfinished."""
    found: dict[tuple[str, str, str], list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            assert translation is not None, key
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""]
            done = translation.get("type") is None and all(forms)
            found[key] = forms if done else None
    return found


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="no pyside6-lupdate")
def test_every_string_the_code_marks_has_a_translation_in_every_language(
        tmp_path: Path) -> None:
    """lupdate on the code as it is now: no string without a finished translation, and
    the committed .ts hold exactly the code's strings (make translations is up to date)."""
    copies = []
    for code in CODES:
        copies.append(tmp_path / f"patchscaler_{code}.ts")
        shutil.copy(I18N / copies[-1].name, copies[-1])
    subprocess.run([BIN / "pyside6-lupdate", "-silent", "-no-obsolete", "-source-language",
                    "en", *SOURCES, "-ts", *copies], cwd=ROOT, check=True)
    counts = set()
    for copy in copies:
        now, committed = messages(copy), messages(I18N / copy.name)
        unfinished = [key for key, forms in now.items() if forms is None]
        assert not unfinished, f"{copy.name}: no translation for {unfinished}"
        assert now.keys() == committed.keys(), f"{copy.name}: run make translations"
        counts.add(len(now))
    assert len(counts) == 1 and counts.pop() > 200  # every language, every string


@pytest.mark.parametrize("code", CODES)
def test_each_language_has_its_plural_forms_and_its_catalogue_is_current(
        tmp_path: Path, code: str) -> None:
    ts = I18N / f"patchscaler_{code}.ts"
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            forms = list(message.iter("numerusform"))
            assert len(forms) == fill.PLURAL_FORMS[code], message.findtext("source")
    if not (BIN / "pyside6-lrelease").exists():
        pytest.skip("no pyside6-lrelease")
    shutil.copy(ts, tmp_path / ts.name)
    subprocess.run([BIN / "pyside6-lrelease", "-silent", "-nounfinished",
                    tmp_path / ts.name], check=True)
    built = (tmp_path / ts.name).with_suffix(".qm").read_bytes()
    assert built == ts.with_suffix(".qm").read_bytes(), "the .qm is stale: make translations"
