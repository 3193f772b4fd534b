"""The translation memory and the tooling around it (packaging/fill_translations.py,
pyside6-lupdate / -lrelease on Python sources)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
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
    assert translator.translate("Actions", "&File") == "&Datei"
