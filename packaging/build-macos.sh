#!/usr/bin/env bash
# macOS bundle (run on a Mac with Python >= 3.12): bash packaging/build-macos.sh OUT
#   ->  OUT/CouncilDesk.app and OUT/CouncilDesk-<version>.dmg (Info.plist from packaging/app.toml)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
OUT="$(cd "$1" && pwd)"
python3 -m venv "$ROOT/.venv"
"$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT[bundle]"
eval "$("$ROOT/.venv/bin/python" "$ROOT/packaging/metadata.py" shell)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The .icns from the same PNG sizes as Linux's hicolor icons.
QT_QPA_PLATFORM=offscreen "$ROOT/.venv/bin/python" "$ROOT/packaging/metadata.py" icons "$WORK/png"
ICONSET="$WORK/councildesk.iconset"
mkdir -p "$ICONSET" "$ROOT/packaging/build-icons"
for size in 16 32 128 256 512; do
  cp "$WORK/png/${size}x${size}/apps/$APP_ID.png" "$ICONSET/icon_${size}x${size}.png"
done
iconutil -c icns "$ICONSET" -o "$ROOT/packaging/build-icons/councildesk.icns"
"$ROOT/.venv/bin/python" -m PyInstaller --noconfirm --log-level ERROR --distpath "$OUT" \
  --workpath "$WORK/pyinstaller" "$ROOT/packaging/councildesk.spec"
hdiutil create -volname "$APP_NAME" -srcfolder "$OUT/$APP_NAME.app" -ov -format UDZO \
  "$OUT/$APP_NAME-$APP_VERSION.dmg"
