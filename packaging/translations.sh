#!/usr/bin/env bash
# The translations (issue 18): the UI's strings → resources/i18n/*.ts → memory → *.qm.
#   packaging/translations.sh           lupdate, fill from memory.json, lrelease
#   packaging/translations.sh --check   the same, but fail on anything unfinished or invalid
# lupdate reads the tr() / QCoreApplication.translate() calls of patchscaler_gui/ui/*.py and the
# Qt-free QT_TRANSLATE_NOOP("Engine", ...) marks of patchscaler_gui/engine/*.py
# (a .py file must be named: lupdate scans folders for C++, QML and .ui files only) and
# merges them into one .ts per language, dropping strings the code no longer has
# (-no-obsolete). patchscaler_en.ts holds only the plural messages (-pluralonly): English
# needs "1 image" / "2 images" too. fill_translations.py fills what is unfinished from
# memory.json and lists the rest; lrelease writes each .qm next to its .ts and leaves out
# unfinished entries (-nounfinished), so they show in English rather than half-done.
# BIN (default .venv/bin), LANGS and SOURCES can be overridden from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
I18N=resources/i18n
read -r -a LANGS <<< "${LANGS:-de es fr zh_CN ja}"
read -r -a SOURCES <<< "${SOURCES:-$(echo patchscaler_gui/ui/*.py patchscaler_gui/engine/*.py)}"
CHECK=()
RELEASE=(-nounfinished)
if [[ ${1:-} == --check ]]; then
    CHECK=(--check)
    RELEASE+=(-fail-on-unfinished)  # (-fail-on-invalid misses a lost %1 or & in 6.11)
fi
TS=()
for lang in "${LANGS[@]}"; do TS+=("$I18N/patchscaler_$lang.ts"); done
LUPDATE=("$BIN/pyside6-lupdate" -silent -no-obsolete -locations relative -source-language en)
"${LUPDATE[@]}" "${SOURCES[@]}" -ts "${TS[@]}"
"${LUPDATE[@]}" -pluralonly "${SOURCES[@]}" -ts "$I18N/patchscaler_en.ts"
"$BIN/python" packaging/fill_translations.py ${CHECK[@]+"${CHECK[@]}"} "${TS[@]}" "$I18N/patchscaler_en.ts"
for ts in "${TS[@]}" "$I18N/patchscaler_en.ts"; do
    "$BIN/pyside6-lrelease" -silent "${RELEASE[@]}" "$ts"
done
QM=("$I18N"/patchscaler_*.qm)
echo "translations: ${#QM[@]} catalogues in $I18N"
