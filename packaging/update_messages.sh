#!/bin/sh
# Refresh the catalogues of error sentences, command-line messages and enum labels, and compile them.
#   pyside6-lupdate: every QT_TRANSLATE_NOOP()/translate() outside councildesk/ui → messages_<lang>.ts
#   packaging/messages_es_fr.py: fills the Spanish and French we wrote (the source of truth)
#   pyside6-lrelease: .ts → .qm, which the window loads; the command line reads the .ts itself
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
OUT=resources/translations
FILES=$(grep -rlE "QT_TRANSLATE_NOOP|[^_.a-z]translate\(" --include=*.py councildesk | grep -v "^councildesk/ui/" | sort)
for lang in es fr; do
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        $FILES -ts "$OUT/messages_$lang.ts"
done
"$BIN/python" packaging/messages_es_fr.py "$OUT"
for lang in es fr; do
    "$BIN/pyside6-lrelease" -silent "$OUT/messages_$lang.ts" -qm "$OUT/messages_$lang.qm"
done
