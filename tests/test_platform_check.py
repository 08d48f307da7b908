"""The xcb plugin check: when it runs, what it finds with the real `ldd`, and the sentence it says."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from councildesk.platform_check import (
    PACKAGES,
    missing_libraries,
    missing_sentence,
    needs_check,
    platform_problem,
    xcb_plugin,
)


def test_checks_only_linux_with_a_display_and_xcb_or_nothing_asked_for() -> None:
    assert needs_check({"DISPLAY": ":0"}, "linux")
    assert needs_check({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not needs_check({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not needs_check({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not needs_check({}, "linux")
    assert not needs_check({"DISPLAY": ":0"}, "win32")
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}) is None


def test_one_sentence_names_the_library_and_both_packages() -> None:
    sentence = missing_sentence(["libxcb-icccm.so.4"])
    assert sentence.count(".") >= 1 and sentence.endswith("(Fedora).")
    assert "libxcb-icccm.so.4 is missing" in sentence
    assert "sudo apt install libxcb-icccm4`" in sentence and "sudo dnf install xcb-util-wm`" in sentence
    two = missing_sentence(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "libxcb-icccm.so.4 and libxcb-keysyms.so.1 are missing" in two
    assert "apt install libxcb-icccm4 libxcb-keysyms1`" in two


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="needs Linux ldd"
)
def test_every_library_ldd_misses_for_the_real_plugin_has_its_packages() -> None:
    plugin = xcb_plugin()
    assert plugin is not None
    done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    assert "libQt6XcbQpa" in done.stdout
    for name in missing_libraries(plugin):
        assert name in PACKAGES, f"{name} has no package in the table"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_the_window_command_says_the_sentence_instead_of_aborting(tmp_path: Path) -> None:
    plugin = xcb_plugin()
    assert plugin is not None
    if not missing_libraries(plugin):
        pytest.skip("every library of the xcb plugin is installed here")
    env = dict(os.environ, DISPLAY=":0", XDG_DATA_HOME=str(tmp_path))  # the log file stays in tmp_path
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "councildesk", "--db", str(tmp_path / "c.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("CouncilDesk cannot open its window because the system librar")
    assert len(done.stderr.strip().splitlines()) == 1
