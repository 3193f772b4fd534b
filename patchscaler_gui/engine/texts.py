"""Texts the engine writes for people: errors, a picture's notes, out-of-memory notes.

The engine has no Qt, and the command line prints its texts in English. A :class:`Text` is
that English string, and it keeps its template and values, so the desktop app can show it
in the user's language (``ui/i18n.engine_text``). The templates are marked with
:func:`QT_TRANSLATE_NOOP` under the context "Engine": lupdate reads that name in
``engine/*.py`` and puts them in the app's ``.ts`` files, Qt's ``%1`` markers included.

    raise InputError(Text(QT_TRANSLATE_NOOP("Engine", "%1: the file is empty (0 bytes)."),
                          path))
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate reads it)
    """Mark ``source`` for translation under ``context``; returns it unchanged (Qt's
    macro of that name, without Qt)."""
    return source


class Text(str):
    """``template`` with ``%1`` … filled by ``values`` (in English); it remembers both.

    Values are shown as ``str()`` gives them (format numbers before: ``f"{x:.1f}"``); a
    value that is itself a :class:`Text` is translated with it."""

    template: str
    values: tuple[object, ...]

    def __new__(cls, template: str, *values: object) -> Text:
        def fill(m: re.Match[str]) -> str:
            k = int(m.group(1))
            return str(values[k - 1]) if 1 <= k <= len(values) else m.group(0)

        text = super().__new__(cls, _MARKER.sub(fill, template))
        text.template, text.values = template, values
        return text

    def __reduce__(self) -> tuple[object, ...]:  # pickled (a worker's error) as what it is
        return (Text, (self.template, *self.values))
