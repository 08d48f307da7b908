"""SQLite's own check of a database file, and the mark in the file that says whether it is due.

Checking a file costs time that grows with the archive (0.26 s CPU for `quick_check` on a
100-year city, 0.9 s for the full `integrity_check`), so it runs once per open and only when due.
The file's header field `user_version` (which Alembic leaves alone) records its state:

* CLEAN: the last writer passed a check, or opened a file that was CLEAN, and closed it normally;
  nothing is checked on the next open (`councildesk check` still checks on demand).
* OPEN: a writer has it open now, or crashed with it open; the next writer runs the full
  `integrity_check` (a reader, which may be reading beside a live writer, runs `quick_check`).
* UNKNOWN (0): never marked (a file from before the mark, a restored backup taken while open);
  `quick_check`.

The header is read straight from the file (no connection, so no `-wal` file is made); a WAL left
with frames in it means the last writer did not close normally, whatever the header says.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

UNKNOWN, OPEN, CLEAN = 0, 1, 2
QUICK, FULL = "quick_check", "integrity_check"
_HEADER = b"SQLite format 3\x00"
_USER_VERSION_AT = 60  # big-endian 4 bytes in the 100-byte database header


def read_mark(path: Path) -> int:
    """The file's mark; UNKNOWN when the header is unreadable (the check then says why)."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return OPEN
        with path.open("rb") as f:
            header = f.read(100)
    except OSError:
        return UNKNOWN
    if len(header) < 100 or not header.startswith(_HEADER):
        return UNKNOWN
    return int.from_bytes(header[_USER_VERSION_AT : _USER_VERSION_AT + 4], "big")


def is_sqlite_file(path: Path) -> bool:
    """Whether the file starts as a SQLite database does (a check may be deferred only then)."""
    try:
        with path.open("rb") as f:
            return f.read(len(_HEADER)) == _HEADER
    except OSError:
        return False


def check_due(mark: int, *, writer: bool) -> str | None:
    """Which check a file with `mark` needs before it is trusted (None: it was closed CLEAN)."""
    if mark == CLEAN:
        return None
    return FULL if mark == OPEN and writer else QUICK


def run_check(path: Path, kind: str = QUICK) -> None:
    """Refuse a damaged file in one sentence (any thread: SQLite works without the GIL)."""
    try:
        # closing(): sqlite3's own context manager only ends the transaction, not the connection.
        with closing(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)) as conn:
            rows = conn.execute(f"PRAGMA {kind}").fetchall()
    except sqlite3.DatabaseError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("db", "{path} is not a CouncilDesk database or is damaged ({error})."),
            path=path,
            error=error,
        ) from None
    if rows != [("ok",)]:
        problem = "; ".join(str(r[0]) for r in rows[:3])
        raise UserError(
            QT_TRANSLATE_NOOP("db", "{path} is damaged and cannot be opened safely: {problem}."),
            path=path,
            problem=problem,
        )


def quick_check(path: Path) -> None:
    """Refuse a damaged file before anything writes to it, whatever its mark (a restore's target)."""
    run_check(Path(path).resolve(), QUICK)
