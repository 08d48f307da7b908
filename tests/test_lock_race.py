"""The write lock belongs to the database file, not to a name: four racing processes never share it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from councildesk.db.engine import open_database
from councildesk.db.file_lock import DatabaseLock, lock_path_for
from councildesk.domain.errors import DatabaseInUseError
from tests.reliability.lock_race import race


def test_four_processes_under_three_names_never_hold_the_lock_together(tmp_path: Path) -> None:
    result = race(tmp_path, seconds=2.0)
    assert result.acquisitions > 50  # the race really ran
    assert result.refusals > 0  # and they really collided
    assert result.double_holds == 0


def test_a_hard_link_meets_the_writer_of_the_original(tmp_path: Path) -> None:
    original = tmp_path / "council.db"
    with open_database(original):
        link = tmp_path / "copy-of-name.db"
        os.link(original, link)
        with pytest.raises(DatabaseInUseError, match="under another name"):
            open_database(link)
        assert not lock_path_for(link).exists()  # the refused writer let go of its lock file
    with open_database(link):  # once the first one closed, the second name may write
        pass


def test_a_symlink_meets_the_lock_file_of_its_target(tmp_path: Path) -> None:
    original = tmp_path / "council.db"
    shortcut = tmp_path / "shortcut.db"
    shortcut.symlink_to(original)
    with open_database(original), pytest.raises(DatabaseInUseError, match="already open"):
        open_database(shortcut)


def test_a_lock_file_that_cannot_be_written_leaves_the_lock_held_and_nothing_leaked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk at the holder's note (os.write) must not become a traceback or a lost descriptor."""
    import councildesk.db.file_lock as file_lock

    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    before = len(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(file_lock.os, "write", disk_full)
    lock = DatabaseLock(tmp_path / "council.db")
    lock.acquire()
    monkeypatch.undo()
    with pytest.raises(DatabaseInUseError):
        DatabaseLock(tmp_path / "council.db").acquire()
    lock.release()
    assert len(os.listdir("/proc/self/fd")) == before


def test_a_folder_without_write_permission_is_one_sentence(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere, so permission cannot be refused here")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(Exception, match=r"^CouncilDesk could not use the lock file .*permission"):
            DatabaseLock(tmp_path / "council.db").acquire()
    finally:
        tmp_path.chmod(0o700)
