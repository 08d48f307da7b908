#!/usr/bin/env bash
# CI for what a clerk installs: build the bundle and .deb outside the checkout, install the .deb with
# apt, run the installed program's self-test with no Python on PATH, test upgrades from the bundle,
# and validate the desktop entry and AppStream metainfo. Run by .ci/run after the test suite.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
eval "$("$ROOT/.venv/bin/python" "$ROOT/packaging/metadata.py" shell)"
OUT="$(mktemp -d /tmp/councildesk-bundle.XXXXXX)"
RUN="$(mktemp -d /tmp/councildesk-run.XXXXXX)"
trap 'rm -rf "$OUT" "$RUN"' EXIT
if command -v apt-get >/dev/null; then
  apt-get install -y -qq --no-install-recommends desktop-file-utils appstream >/dev/null
fi

started=$(date +%s)
bash "$ROOT/packaging/build-linux.sh" "$OUT"
echo "bundle and package built in $(($(date +%s) - started)) s"
DEB="$OUT/${APP_EXECUTABLE}_${APP_VERSION}_amd64.deb"
apt-get install -y -qq "$DEB" >/dev/null

# The installed command, from a folder outside the checkout, with a bare environment: no PYTHONHOME,
# PYTHONPATH or virtualenv, and a PATH whose only python3 (Debian's) the bundle must not use.
cd "$RUN"
env -i PATH=/usr/bin:/bin HOME="$RUN" "$APP_EXECUTABLE" --self-test | tee "$RUN/self-test.txt"
system_python="$(env -i PATH=/usr/bin:/bin sh -c 'command -v python3' || true)"
runtime="$(head -n1 "$RUN/self-test.txt")"
case "$runtime" in
  *"(bundle; Python "*" at /opt/$APP_EXECUTABLE/$APP_EXECUTABLE;"*) ;;
  *) echo "the installed program did not run from its bundle: $runtime" >&2; exit 1 ;;
esac
if [ -n "$system_python" ] && [[ "$runtime" == *"$system_python"* ]]; then
  echo "the installed program used $system_python" >&2; exit 1
fi
cd "$ROOT"
COUNCILDESK_BUNDLE="/usr/bin/$APP_EXECUTABLE" .venv/bin/python -m pytest -q tests/test_bundle.py

desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net --pedantic "/usr/share/metainfo/$APP_ID.metainfo.xml"
apt-get remove -y -qq "$APP_EXECUTABLE" >/dev/null
