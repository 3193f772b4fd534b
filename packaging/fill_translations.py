"""Fill lupdate's .ts files from the translation memory, and check the memory.

    python packaging/fill_translations.py resources/i18n/patchscaler_de.ts ...
    python packaging/fill_translations.py --lint

Each ``<message>`` whose translation is unfinished gets the memory's translation of its
source text (``resources/i18n/memory.json``: English source → {language: text}); the
language comes from the file name (``patchscaler_<code>.ts``). Plural messages (``%n``,
``numerus="yes"``) take the memory's list of forms. A translation that is already
finished is kept (a translator may have improved it in Qt Linguist) unless ``--force``.
What the memory lacks stays ``type="unfinished"`` and is listed, as are kept translations
that fail the checks below; ``--check`` makes either an error, so the build never ships a
half-translated catalogue.

``--lint`` checks the memory itself: every language present, the same ``%1`` … markers
and shortcut texts as the source, one ``&`` mnemonic where the source has one (``(&F)``
after the text in Chinese and Japanese), mnemonics unique within each menu (the entries'
``menu`` lists), and the ASCII parentheses that Qt's file-dialog filters parse.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MEMORY = ROOT / "resources" / "i18n" / "memory.json"
LANGUAGES = ("de", "es", "fr", "zh_CN", "ja")
PLURAL_FORMS = {"en": 2, "de": 2, "es": 2, "fr": 2, "zh_CN": 1, "ja": 1}  # Qt's numerus rules
CJK = ("zh_CN", "ja")

_MARKER = re.compile(r"%L?(\d{1,2})")
_KEY = (r"(?:Ctrl|Alt|Shift|Left|Right|Up|Down|Return|Enter|Esc|F\d{1,2}|[A-Z](?![a-z])"
        r"|\d(?:/\d)*|[=\-])")
_SHORTCUT = re.compile(rf"\b(?:Ctrl|Alt|Shift)(?:\+{_KEY})+|\bEsc\b|\bF\d{{1,2}}\b")
_CJK_MNEMONIC = re.compile(r"\(&([A-Z0-9])\)")
# a file-dialog filter ("Images (%1)", "All files (*)"), not a tooltip ending in "(%1)"
_FILTER = re.compile(r"^\w+(?: \w+)? \((?:\*|%1)\)$")
_TS_NAME = re.compile(r"_([a-z]{2,3}(?:_[A-Z]{2})?)\.ts$")

Memory = dict[str, dict[str, Any]]


def load_memory(path: Path = MEMORY) -> Memory:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return data


def markers(text: str) -> set[str]:
    """The ``%1`` … markers of a text (``%L1`` counts as ``%1``), and ``%n``."""
    found = {f"%{m}" for m in _MARKER.findall(text)}
    return found | ({"%n"} if "%n" in text or "%Ln" in text else set())


def mnemonic(text: str) -> str | None:
    """The mnemonic character (upper case), or None; "&&" is a literal ampersand."""
    plain = text.replace("&&", "")
    if plain.count("&") != 1:
        return None if "&" not in plain else "?"
    index = plain.index("&") + 1
    return plain[index].upper() if index < len(plain) else "?"


def _forms(value: Any) -> list[str]:
    return value if isinstance(value, list) else [value]


def _lint_text(source: str, lang: str, text: Any) -> list[str]:
    where = f"{source!r} [{lang}]"
    problems = []
    if not isinstance(text, str) or not text.strip():
        return [f"{where}: empty"]
    if markers(text) - {"%n"} != markers(source) - {"%n"}:
        problems.append(f"{where}: markers {sorted(markers(text))} != {sorted(markers(source))}")
    for key in _SHORTCUT.findall(source):
        if key not in text:
            problems.append(f"{where}: lost the shortcut text {key!r}")
    if text.count("\n") != source.count("\n"):
        problems.append(f"{where}: another number of lines")
    if text != text.strip() or (source[:1] == " ") != (text[:1] == " "):
        problems.append(f"{where}: leading or trailing white space differs")
    want = mnemonic(source)
    got = mnemonic(text)
    if want is None and got is not None:
        problems.append(f"{where}: a mnemonic the source does not have")
    elif want is not None:
        if got in (None, "?"):
            problems.append(f"{where}: needs exactly one & mnemonic")
        elif lang in CJK and not _CJK_MNEMONIC.search(text):
            problems.append(f"{where}: Chinese and Japanese put the mnemonic after the text: (&F)")
    for tail in ("(*)", "(%1)"):
        if _FILTER.match(source) and source.endswith(tail) and not text.endswith(" " + tail):
            problems.append(f"{where}: a file filter must end with ' {tail}' (ASCII)")
    return problems


def lint(memory: Memory) -> list[str]:
    """Everything wrong with the memory (an empty list when it is fine)."""
    problems = []
    menus: dict[tuple[str, str], dict[str, str]] = {}
    for source, entry in memory.items():
        numerus = bool(entry.get("numerus"))
        if numerus != ("%n" in source):
            problems.append(f"{source!r}: 'numerus' must be true exactly when the source has %n")
        if not entry.get("context"):
            problems.append(f"{source!r}: no context")
        for lang in (("en",) if numerus else ()) + LANGUAGES:
            value = entry.get(lang)
            if numerus:
                if not (isinstance(value, list) and len(value) == PLURAL_FORMS[lang]):
                    problems.append(f"{source!r} [{lang}]: needs {PLURAL_FORMS[lang]} "
                                    "plural forms")
                    continue
                for form in value:
                    problems += _lint_text(source, lang, form)
                    if "%n" not in form and "%Ln" not in form:
                        problems.append(f"{source!r} [{lang}]: a plural form without %n")
            elif isinstance(value, list):
                problems.append(f"{source!r} [{lang}]: a list, but the source is not plural")
            else:
                problems += _lint_text(source, lang, value)
        for menu in entry.get("menu", []):
            for lang in ("en", *LANGUAGES):
                text = source if lang == "en" else entry.get(lang)
                key = mnemonic(text) if isinstance(text, str) else None
                if key in (None, "?"):
                    continue
                seen = menus.setdefault((menu, lang), {})
                if key in seen:
                    problems.append(f"menu {menu} [{lang}]: {key!r} is the mnemonic of "
                                    f"{seen[key]!r} and {text!r}")
                seen[key] = str(text)
    return problems


def language_of(ts: Path, root: ET.Element) -> str:
    """The memory's language code for a .ts file: from its name, else its language."""
    found = _TS_NAME.search(ts.name)
    code = found.group(1) if found else root.get("language", "")
    return code if code in PLURAL_FORMS else code.split("_")[0]


def fill(ts: Path, memory: Memory, force: bool = False) -> tuple[int, int, list[str]]:
    """Fill ``ts`` in place; (filled, kept, problems): the messages left unfinished, and
    the finished translations in the file (kept) that fail the memory's checks: lrelease's
    own -fail-on-invalid lets a lost %1 or & through (6.11)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    lang = language_of(ts, root)
    filled = kept = 0
    unfinished: list[str] = []
    invalid: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            numerus = message.get("numerus") == "yes"
            done = [f.text or "" for f in forms] if numerus else [translation.text or ""]
            if kind is None and all(done) and not force:
                kept += 1
                invalid += [f"[{name}] {p}" for text in done
                            for p in _lint_text(source, lang, text)]
                continue
            value = memory.get(source, {}).get(lang)
            reason = _fits(value, numerus, len(forms))
            if reason:
                translation.set("type", "unfinished")
                unfinished.append(f"[{name}] {source!r} ({reason})")
                continue
            if numerus:
                for form, text in zip(forms, _forms(value), strict=True):
                    form.text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    _write(root, ts)
    return filled, kept, unfinished + [f"{line} (invalid)" for line in invalid]


def _fits(value: Any, numerus: bool, forms: int) -> str:
    """Why ``value`` cannot fill a message ("" when it can)."""
    if value is None:
        return "not in the memory"
    if numerus != isinstance(value, list):
        return "plural in one and not in the other"
    if numerus and len(value) != forms:
        return f"{len(value)} plural forms, the file has {forms}"
    return ""


def _write(root: ET.Element, ts: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="*", type=Path, help="lupdate's .ts files to fill")
    parser.add_argument("--memory", type=Path, default=MEMORY)
    parser.add_argument("--force", action="store_true",
                        help="replace finished translations with the memory's too")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if anything stays unfinished")
    parser.add_argument("--lint", action="store_true", help="check the memory and exit")
    args = parser.parse_args(argv)
    memory = load_memory(args.memory)
    if args.lint:
        problems = lint(memory)
        for problem in problems:
            print(problem)
        print(f"{args.memory}: {len(memory)} sources, {len(problems)} problems")
        return 1 if problems else 0
    missing = 0
    for ts in args.ts:
        filled, kept, problems = fill(ts, memory, args.force)
        print(f"{ts}: {filled} filled, {kept} kept, {len(problems)} to do")
        for line in problems:
            print(f"  to do: {line}")
        missing += len(problems)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
