"""SQLite's quick_check on a database file, optionally started early in a thread (no SQLAlchemy here).

The desktop start-up begins the check before it imports Qt and SQLAlchemy: SQLite works without
the GIL, so on a 30-year file the check costs no wall time. `quick_check` then uses that result
only if the file (and its WAL) is exactly as it was when the early check ran; otherwise, or when
no early check was started, it checks again. A damaged file is refused either way.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

from councildesk.domain.errors import UserError

_early: dict[Path, tuple[tuple[int, ...], threading.Thread, list[BaseException | None]]] = {}


def _state(path: Path) -> tuple[int, ...]:
    """Size and modification time of the file and its WAL: any write changes one of them.

    An empty WAL counts as none: the check's own read-only connection creates an empty `-wal`
    file (and cannot remove it), which once made every start-up check the file a second time.
    """
    out: list[int] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            out += [-1, -1, -1]
            continue
        out += [st.st_size, st.st_mtime_ns, st.st_ino] if st.st_size else [-1, -1, -1]
    return tuple(out)


def _check(path: Path) -> None:
    try:
        # closing(): sqlite3's own context manager only ends the transaction, not the connection.
        with closing(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise UserError(f"{path} is not a CouncilDesk database or is damaged ({error}).") from None
    if rows != [("ok",)]:
        problem = "; ".join(str(r[0]) for r in rows[:3])
        raise UserError(f"{path} is damaged and cannot be opened safely: {problem}.")


def start_quick_check(target: str | Path) -> None:
    """Begin checking an existing database file in a background thread (URLs and new files: nothing)."""
    if "://" in str(target):
        return
    path = Path(target).expanduser().resolve()
    if not path.is_file() or path.stat().st_size == 0:
        return
    outcome: list[BaseException | None] = [None]

    def run() -> None:
        try:
            _check(path)
        except BaseException as error:  # noqa: BLE001 - handed to the thread that opens the file
            outcome[0] = error

    thread = threading.Thread(target=run, name="quick_check", daemon=True)
    _early[path] = (_state(path), thread, outcome)
    thread.start()


def quick_check(path: Path) -> None:
    """Refuse a damaged file before anything writes to it."""
    path = Path(path).resolve()
    early = _early.pop(path, None)
    if early is not None:
        state, thread, outcome = early
        thread.join()
        if _state(path) == state:
            if outcome[0] is not None:
                raise outcome[0]
            return
    _check(path)
