#!/bin/sh
# Refresh the window's catalogues from the code and compile them (run after changing strings in ui/).
#   pyside6-lupdate: every tr()/translate()/QT_TRANSLATE_NOOP in councildesk/ui → councildesk_<lang>.ts
#   packaging/translations_es_fr.py: fills the Spanish and French we wrote (the source of truth)
#   pyside6-lrelease: .ts → .qm, which the application loads (committed; a test checks they are current)
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
OUT=resources/translations
for lang in es fr; do
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        councildesk/ui/*.py -ts "$OUT/councildesk_$lang.ts"
done
"$BIN/python" packaging/translations_es_fr.py "$OUT"
for lang in es fr; do
    "$BIN/pyside6-lrelease" -silent -removeidentical "$OUT/councildesk_$lang.ts" -qm "$OUT/councildesk_$lang.qm"
done
