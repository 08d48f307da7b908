#!/usr/bin/env bash
# Build the Linux bundle and its .deb from a checkout:
#   bash packaging/build-linux.sh OUT   →  OUT/councildesk/ (program OUT/councildesk/councildesk)
#                                          OUT/councildesk_<version>_amd64.deb
# Uses the project's .venv (created with the bundle extra when missing; PYTHON=… picks another
# interpreter). Names, version and file types come from packaging/app.toml via metadata.py.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: bash packaging/build-linux.sh OUT" >&2; exit 2; }
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
OUT="$(cd "$1" && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
if [ ! -x "$PYTHON" ]; then
  python3 -m venv "$ROOT/.venv"
  PYTHON="$ROOT/.venv/bin/python"
fi
"$PYTHON" -m pip install -q -e "$ROOT[bundle]"

eval "$("$PYTHON" "$ROOT/packaging/metadata.py" shell)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# 1. The one-folder bundle (Python, Qt, resources, migrations).
rm -rf "${OUT:?}/$APP_EXECUTABLE"
"$PYTHON" -m PyInstaller --noconfirm --log-level ERROR --distpath "$OUT" --workpath "$WORK/pyinstaller" \
  "$ROOT/packaging/councildesk.spec"

# 2. The .deb: the bundle under /opt, a command on PATH, menu entry, AppStream, icons, MIME type.
STAGE="$WORK/deb"
SHARE="$STAGE/usr/share"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$SHARE/applications" "$SHARE/metainfo" \
  "$SHARE/mime/packages" "$SHARE/icons/hicolor/scalable/apps" "$SHARE/doc/$APP_EXECUTABLE"
cp -a "$OUT/$APP_EXECUTABLE" "$STAGE/opt/$APP_EXECUTABLE"
ln -s "/opt/$APP_EXECUTABLE/$APP_EXECUTABLE" "$STAGE/usr/bin/$APP_EXECUTABLE"
"$PYTHON" "$ROOT/packaging/metadata.py" linux "$WORK/meta"
cp "$WORK/meta/$APP_ID.desktop" "$SHARE/applications/"
cp "$WORK/meta/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$WORK/meta/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
cp "$ROOT/resources/icons/councildesk.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
QT_QPA_PLATFORM=offscreen "$PYTHON" "$ROOT/packaging/metadata.py" icons "$SHARE/icons/hicolor"
# Every font the bundle embeds in minutes ships with its licence (DejaVu, Noto, Droid Sans Fallback, Symbola).
cp "$ROOT"/resources/fonts/LICENSE-*.txt "$SHARE/doc/$APP_EXECUTABLE/"
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat >"$STAGE/DEBIAN/control" <<EOF
Package: $APP_EXECUTABLE
Version: $APP_VERSION
Architecture: amd64
Maintainer: $DEB_MAINTAINER
Section: $DEB_SECTION
Priority: optional
Installed-Size: $INSTALLED_KB
Depends: $DEB_DEPENDS
Homepage: $APP_HOMEPAGE
Description: $APP_SUMMARY
 $APP_NAME records council meetings as they happen (attendance, agenda, motions, votes)
 and publishes official, fingerprinted PDF minutes. Self-contained: it carries its own
 Python and Qt under /opt/$APP_EXECUTABLE.
EOF
DEB="$OUT/${APP_EXECUTABLE}_${APP_VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$DEB" >/dev/null
echo "bundle: $OUT/$APP_EXECUTABLE ($(du -sh "$OUT/$APP_EXECUTABLE" | cut -f1))"
echo "package: $DEB ($(du -h "$DEB" | cut -f1))"
