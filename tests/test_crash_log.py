"""The crash log: a process that dies hard leaves a report, and the next start finds it once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from councildesk.crash_log import CRASH_FILE, take_previous_crash

# A hard crash after the crash log is on, in its own process (a segfault in C, as a Qt bug would be).
CRASH = """
import sys
from pathlib import Path
from councildesk import crash_log
crash_log.enable(Path(sys.argv[1]))
import faulthandler
faulthandler._sigsegv()
"""


def crash_in_a_subprocess(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CRASH, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONFAULTHANDLER": ""},  # only the crash log, not also stderr
    )


def test_a_segfault_is_written_to_the_crash_file_and_set_aside_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    done = crash_in_a_subprocess(folder)
    assert done.returncode != 0
    assert "Segmentation fault" in (folder / CRASH_FILE).read_text()
    previous = take_previous_crash(folder)
    assert previous is not None
    assert "Fatal Python error: Segmentation fault" in previous.text
    assert previous.saved_as.name.startswith("crash-") and previous.saved_as.read_text() == previous.text
    assert not (folder / CRASH_FILE).exists()
    assert take_previous_crash(folder) is None  # offered once, not at every start


def test_two_crashes_keep_two_reports(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    crash_in_a_subprocess(folder)
    first = take_previous_crash(folder)
    crash_in_a_subprocess(folder)
    second = take_previous_crash(folder)
    assert first is not None and second is not None
    assert first.saved_as != second.saved_as
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.saved_as.name, second.saved_as.name])


def test_a_clean_run_leaves_nothing_to_offer(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    clean = "import sys, pathlib, councildesk.crash_log as log; log.enable(pathlib.Path(sys.argv[1]))"
    subprocess.run([sys.executable, "-c", clean, str(folder)], check=True, timeout=60)
    assert (folder / CRASH_FILE).exists()  # open for the whole run
    assert take_previous_crash(folder) is None
    assert take_previous_crash(tmp_path / "never-created") is None
