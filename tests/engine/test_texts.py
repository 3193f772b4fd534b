"""The engine's texts: English for the command line, template and values kept for the
app's translations (engine/texts.py)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from patchscaler_gui.engine.errors import InputError
from patchscaler_gui.engine.imageio import load_image
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text


def test_a_text_is_its_english_and_keeps_template_and_values() -> None:
    text = Text(QT_TRANSLATE_NOOP("Engine", "%1: %2 cannot hold %3×%3 pixels"), "a.jpg",
                "JPEG", "70000")
    assert text == "a.jpg: JPEG cannot hold 70000×70000 pixels"
    assert isinstance(text, str) and text.upper().startswith("A.JPG")
    assert text.template == "%1: %2 cannot hold %3×%3 pixels"
    assert text.values == ("a.jpg", "JPEG", "70000")
    assert Text("%1 and %4", 1) == "1 and %4"  # a marker without a value stays
    again = pickle.loads(pickle.dumps(text))
    assert again == text and isinstance(again, Text) and again.values == text.values


def test_an_engine_error_reads_as_before_and_carries_its_text(tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        load_image(empty)
    assert str(caught.value) == f"{empty}: the file is empty (0 bytes)."  # what the CLI prints
    text = caught.value.args[0]
    assert isinstance(text, Text) and text.template == "%1: the file is empty (0 bytes)."
    assert text.values == (empty,)
