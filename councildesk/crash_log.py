"""The crash log: faulthandler writes a hard crash to a file; the next start finds it and sets it aside."""

from __future__ import annotations

import faulthandler
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

CRASH_FILE = "crash.txt"

# faulthandler writes into this file when the process dies; it must stay open (and referenced)
# until the process ends, so it lives here and not in a local variable.
_open_file: TextIO | None = None


@dataclass(frozen=True)
class PreviousCrash:
    """What the last run left: its text, and where the file was moved so it is offered only once."""

    text: str
    saved_as: Path


def logs_folder() -> Path:
    """The folder beside the rotating log (councildesk.log) in the user's data folder."""
    from councildesk.paths import user_data_dir

    return user_data_dir() / "logs"


def take_previous_crash(folder: Path) -> PreviousCrash | None:
    """A non-empty crash file from an earlier run, moved aside as crash-<timestamp>.txt; else None.

    Call it before `enable`, which starts a fresh file.
    """
    path = folder / CRASH_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not text.strip():
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(path.stat().st_mtime))
    target = folder / f"crash-{stamp}.txt"
    counter = 1
    while target.exists():  # two crashes in one second: keep both
        counter += 1
        target = folder / f"crash-{stamp}-{counter}.txt"
    try:
        path.replace(target)
    except OSError:
        return PreviousCrash(text, path)  # offered again next time rather than lost
    return PreviousCrash(text, target)


def enable(folder: Path) -> Path | None:
    """Send hard crashes (segfault, abort, a fatal error in Qt) to `folder`/crash.txt; None if unwritable."""
    global _open_file
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Append, never truncate: a second CouncilDesk running beside this one keeps its report.
        handle = (folder / CRASH_FILE).open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=handle, all_threads=True)
    if _open_file is not None:
        _open_file.close()
    _open_file = handle
    return folder / CRASH_FILE


def disable() -> None:
    """Stop writing to the crash file (tests; the application keeps it until it exits)."""
    global _open_file
    faulthandler.disable()
    if _open_file is not None:
        _open_file.close()
        _open_file = None
