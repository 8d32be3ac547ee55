#!/usr/bin/env bash
# Translations of the borne's own screens (Qt Linguist files).
#
#   tools/build-translations.sh            build resources/translations/*.qm
#                                          from the committed .ts files (setup)
#   tools/build-translations.sh --update   first refresh every .ts from the Qt
#                                          code (kiosk/app.py, kiosk/ui/*.py);
#                                          add a language with --update xx
#
# The source text is French; borne_fr.ts lists every string (no translation
# needed). The .qm files are built here and never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
DIR=resources/translations
mkdir -p "$DIR"

if [[ "${1:-}" == "--update" ]]; then
  shift
  sources=(kiosk/app.py kiosk/ui/*.py)
  for lang in fr "$@"; do
    [[ -e "$DIR/borne_$lang.ts" ]] || echo "translations: new language $lang"
  done
  for ts in "$DIR"/borne_*.ts $(for lang in "$@"; do echo "$DIR/borne_$lang.ts"; done); do
    lang=${ts##*/borne_}
    lang=${lang%.ts}
    "$BIN/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations none \
      -source-language fr -target-language "$lang" -ts "$ts"
  done
fi

shopt -s nullglob
for ts in "$DIR"/borne_*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
