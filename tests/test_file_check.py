"""One integrity check per open, when due: a file closed cleanly is trusted, a crashed one fully checked."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from councildesk.cli import EXIT_USER_ERROR, main
from councildesk.db import file_check
from councildesk.db.engine import open_database
from councildesk.db.integrity import check_database
from councildesk.domain.errors import UserError
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services

DAMAGED = "damaged and cannot be opened safely|not a CouncilDesk database or is damaged"
ROOT = Path(__file__).resolve().parents[1]


def demo_file(path: Path) -> Path:
    with open_database(path) as db:
        load_demo(Services(db))
    return path


def scribble(path: Path) -> None:
    """Overwrite every third page after the header's (as tests/test_db_files.py does), keeping the size."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        data[offset : offset + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def scribble_last_page(path: Path) -> None:
    """Damage one page the open does not read (the last), so that only a check finds it."""
    data = bytearray(path.read_bytes())
    data[-4096:] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def crash_with_it_open(path: Path) -> None:
    """A real crash: a process opens the file for writing and dies without closing it."""
    code = (
        "import os, sys; from councildesk.db.engine import open_database; "
        "open_database(sys.argv[1]); os._exit(9)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, check=False)
    assert done.returncode == 9
    path.with_name(path.name + ".lock").unlink(missing_ok=True)  # a dead process's lock (stale)


def set_mark(path: Path, mark: int) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version={mark}")


def test_the_mark_says_open_while_a_writer_has_it_and_clean_after_a_normal_close(db_path: Path) -> None:
    demo_file(db_path)
    assert file_check.read_mark(db_path) == file_check.CLEAN
    db = open_database(db_path)
    assert db.check_due is None  # a CLEAN file is trusted: no check on this open
    assert file_check.read_mark(db_path) == file_check.OPEN
    db.close()
    assert file_check.read_mark(db_path) == file_check.CLEAN


def test_a_reader_neither_checks_a_clean_file_nor_changes_its_mark(db_path: Path) -> None:
    demo_file(db_path)
    before = db_path.read_bytes()
    open_database(db_path, write=False).close()
    assert db_path.read_bytes() == before


def test_a_cleanly_closed_file_is_not_checked_again_but_the_check_on_demand_finds_damage(
    db_path: Path,
) -> None:
    """What the mark trades: damage done outside CouncilDesk after a clean close waits for `check`."""
    scribble_last_page(demo_file(db_path))
    db = open_database(db_path, write=False)  # opens: the file was closed CLEAN
    try:
        problems = check_database(db)
    finally:
        db.close()
    assert any(p.startswith("SQLite integrity:") for p in problems), problems
    assert main(["--db", str(db_path), "check"]) == EXIT_USER_ERROR  # `councildesk check` says so
    damaged = open_database(db_path)  # a writer opens it too; the demo's schema pages are sound
    damaged.close()


def test_after_a_crash_the_next_writer_runs_the_full_check_and_refuses_damage(db_path: Path) -> None:
    demo_file(db_path)
    crash_with_it_open(db_path)
    assert file_check.read_mark(db_path) == file_check.OPEN
    assert file_check.check_due(file_check.read_mark(db_path), writer=True) == file_check.FULL
    open_database(db_path).close()  # a sound file passes, and is CLEAN again after a normal close
    assert file_check.read_mark(db_path) == file_check.CLEAN
    crash_with_it_open(db_path)
    with closing(sqlite3.connect(db_path)) as conn:  # the crash's WAL into the file, to scribble on
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA user_version={file_check.OPEN}")
    scribble(db_path)
    with pytest.raises(UserError, match=rf"^{db_path} is ({DAMAGED})"):
        open_database(db_path)


def test_a_file_from_before_the_mark_gets_the_quick_check(db_path: Path) -> None:
    set_mark(demo_file(db_path), file_check.UNKNOWN)
    assert file_check.check_due(file_check.UNKNOWN, writer=True) == file_check.QUICK
    assert file_check.check_due(file_check.OPEN, writer=False) == file_check.QUICK  # beside a live writer
    scribble(db_path)
    with pytest.raises(UserError, match=rf"^{db_path} is ({DAMAGED})"):
        open_database(db_path, write=False)


def test_a_deferred_check_opens_first_then_refuses_and_never_marks_the_file_clean(db_path: Path) -> None:
    set_mark(demo_file(db_path), file_check.UNKNOWN)
    scribble_last_page(db_path)
    db = open_database(db_path, defer_check=True)
    assert db.check_due == file_check.QUICK
    with pytest.raises(UserError, match=rf"^{db_path} is ({DAMAGED})"):
        db.run_due_check()
    db.close()
    assert file_check.read_mark(db_path) != file_check.CLEAN
    with pytest.raises(UserError, match=rf"^{db_path} is ({DAMAGED})"):
        open_database(db_path)


def test_a_deferred_check_that_passes_lets_the_close_mark_the_file_clean(db_path: Path) -> None:
    set_mark(demo_file(db_path), file_check.UNKNOWN)
    db = open_database(db_path, defer_check=True)
    db.run_due_check()
    assert db.check_due is None
    db.close()
    assert file_check.read_mark(db_path) == file_check.CLEAN


def test_a_file_that_is_not_sqlite_is_refused_at_once_even_when_the_check_is_deferred(db_path: Path) -> None:
    db_path.write_text("Minutes of the meeting of 18 August 2011\n" * 200)
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="is not a CouncilDesk database or is damaged"):
        open_database(db_path, defer_check=True)
    assert db_path.read_bytes() == before
