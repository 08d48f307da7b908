"""The integrity check begun early at start-up: used when the file is unchanged, repeated when it changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildesk.db import file_check
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services

DAMAGED = "damaged and cannot be opened safely|not a CouncilDesk database or is damaged"


def demo_file(path: Path) -> Path:
    with open_database(path) as db:
        load_demo(Services(db))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def scribble(path: Path) -> None:
    """Overwrite every third page (as tests/test_db_files.py does), keeping the size."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        data[offset : offset + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def test_an_early_check_of_a_sound_file_is_used_once(db_path: Path) -> None:
    demo_file(db_path)
    file_check.start_quick_check(db_path)
    assert db_path.resolve() in file_check._early
    open_database(db_path).close()
    assert db_path.resolve() not in file_check._early  # the next open checks afresh


def test_an_early_check_of_a_damaged_file_refuses_it(db_path: Path) -> None:
    scribble(demo_file(db_path))
    file_check.start_quick_check(db_path)
    with pytest.raises(UserError, match=rf"^{db_path} is ({DAMAGED})"):
        open_database(db_path)


def test_a_file_changed_after_the_early_check_is_checked_again(db_path: Path) -> None:
    """Damage after a clean early check must still be caught: the stale result is not trusted."""
    demo_file(db_path)
    file_check.start_quick_check(db_path)
    file_check._early[db_path.resolve()][1].join()  # the early check has passed
    scribble(db_path)
    with pytest.raises(UserError, match=rf"^{db_path} is ({DAMAGED})"):
        open_database(db_path)


def test_urls_new_and_empty_files_start_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    for target in ("postgresql://clerk@localhost/council", tmp_path / "new.db", empty):
        file_check.start_quick_check(target)
    assert file_check._early == {}


def test_the_empty_wal_the_early_check_leaves_does_not_repeat_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only connection creates an empty -wal file; the open must still trust the early result."""
    demo_file(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.unlink(missing_ok=True)
    checked: list[Path] = []
    real = file_check._check

    def counting(path: Path) -> None:
        checked.append(path)
        real(path)

    monkeypatch.setattr(file_check, "_check", counting)
    file_check.start_quick_check(db_path)
    file_check._early[db_path.resolve()][1].join()
    assert wal.exists() and wal.stat().st_size == 0  # what the read-only check left
    open_database(db_path).close()
    assert checked == [db_path.resolve()]
