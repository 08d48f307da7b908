"""Database files in tmp_path: pragmas, migrations, schema checks, lock file, damage checks, backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from councildesk.db import migrate
from councildesk.db.backup import backup_sqlite_file
from councildesk.db.engine import Database, open_database
from councildesk.db.file_lock import lock_path_for
from councildesk.db.models import Base
from councildesk.domain.errors import DatabaseInUseError, SchemaTooNewError, UserError
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services

REPO = Path(__file__).resolve().parents[1]


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def _version(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _set_version(path: Path, version: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (version,))
    finally:
        conn.close()


# -- engine settings ------------------------------------------------------------------------


def test_pragmas_are_set_on_every_pooled_connection(db: Database) -> None:
    assert _pragma(db, "foreign_keys") == 1
    assert str(_pragma(db, "journal_mode")).lower() == "wal"
    assert _pragma(db, "synchronous") == 2  # FULL
    assert int(str(_pragma(db, "busy_timeout"))) >= 1000


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO attendance (meeting_id, person_id, status, remote_reason) "
                "VALUES (999, 999, 'present', '')"
            )
        )


# -- migrations -----------------------------------------------------------------------------


def test_new_file_is_created_at_the_head_schema(db: Database, db_path: Path) -> None:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        triggers = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    assert {
        "trg_ballot_locked_update",
        "trg_meeting_locked_delete",
        "trg_audit_log_append_only_update",
    } <= triggers
    assert _version(db_path) == migrate.head_revision()
    assert lock_path_for(db_path).exists()


def test_a_newer_schema_is_refused_with_a_clear_message(db_path: Path) -> None:
    open_database(db_path).close()
    _set_version(db_path, "ffff9999")
    for write in (True, False):
        with pytest.raises(SchemaTooNewError) as caught:
            open_database(db_path, write=write)
        message = str(caught.value)
        assert str(db_path) in message
        assert "newer CouncilDesk (schema ffff9999)" in message
        assert message.endswith("install the newer version to open it.")
    assert _version(db_path) == "ffff9999"  # untouched
    assert not lock_path_for(db_path).exists()  # the refused writer let go of its lock
    _set_version(db_path, migrate.head_revision())
    open_database(db_path).close()


def test_a_file_with_foreign_tables_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="holds tables that are not CouncilDesk's"):
        open_database(db_path)


def _add_test_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Only one line of real revisions exists, so a copy of the migrations gains one after the head."""
    old_head = migrate.head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9000_test_marker.py").write_text(
        textwrap.dedent(
            f'''\
            """Test-only revision: adds a marker table."""
            import sqlalchemy as sa
            from alembic import op

            revision = "9000test"
            down_revision = "{old_head}"
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
                op.create_table("upgrade_marker", sa.Column("id", sa.Integer(), primary_key=True))


            def downgrade() -> None:
                op.drop_table("upgrade_marker")
            '''
        )
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)
    return old_head


def test_an_older_file_is_backed_up_before_it_is_upgraded(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(db_path) as db:
        load_demo(Services(db))
    old_head = _add_test_revision(tmp_path, monkeypatch)
    backups = tmp_path / "kept"
    with open_database(db_path, backup_dir=backups) as db, db.engine.connect() as conn:
        assert "upgrade_marker" in inspect(conn).get_table_names()
        meetings = conn.exec_driver_sql("SELECT COUNT(*) FROM meeting").scalar()
    assert _version(db_path) == "9000test"
    [backup] = list(backups.iterdir())
    assert backup.name.startswith("council-") and backup.name.endswith("-before-9000test.db")
    assert _version(backup) == old_head
    conn2 = sqlite3.connect(backup)
    try:
        assert conn2.execute("SELECT COUNT(*) FROM meeting").fetchone()[0] == meetings == 3
        assert "upgrade_marker" not in {r[0] for r in conn2.execute("SELECT name FROM sqlite_master")}
    finally:
        conn2.close()


def test_a_reader_refuses_an_older_or_empty_schema_in_a_sentence(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(UserError, match=r"^.*empty\.db holds no CouncilDesk records; create them with"):
        open_database(empty, write=False)
    open_database(db_path).close()
    old_head = _add_test_revision(tmp_path, monkeypatch)
    with pytest.raises(UserError) as caught:
        open_database(db_path, write=False)
    assert str(caught.value) == (
        f"{db_path} uses an older CouncilDesk schema ({old_head}); "
        "open it once for writing so that it is backed up and upgraded."
    )
    assert _version(db_path) == old_head  # a reader never upgrades


# -- the lock file --------------------------------------------------------------------------


def test_a_second_writer_in_this_process_is_refused_with_the_holder_named(
    db: Database, db_path: Path
) -> None:
    with pytest.raises(DatabaseInUseError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert f"council.db is already open in another CouncilDesk (process {os.getpid()} of " in message
    assert message.endswith("close it there first.")
    with open_database(db_path, write=False) as reader:  # a reader may look alongside
        assert not reader.writable
        assert Services(reader).meetings.list_meetings() == []


def test_a_writer_in_another_process_is_named_and_readers_still_work(db_path: Path) -> None:
    with open_database(db_path) as db:
        load_demo(Services(db))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from councildesk.db.engine import open_database; "
            f"db = open_database({str(db_path)!r}); print('ready', flush=True); sys.stdin.read(); db.close()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUseError, match=f"process {holder.pid} of "):
            open_database(db_path)
        with open_database(db_path, write=False) as reader:
            assert len(Services(reader).meetings.list_meetings()) == 3
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0
    open_database(db_path).close()  # released when the other process closed it


def test_the_lock_is_released_on_close_and_on_a_failed_open(db_path: Path) -> None:
    open_database(db_path).close()
    assert not lock_path_for(db_path).exists()
    open_database(db_path).close()


# -- damaged files --------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_refused_in_one_sentence(db_path: Path) -> None:
    db_path.write_text("Minutes of the meeting of 18 August 2011\n" * 200)
    before = db_path.read_bytes()
    with pytest.raises(UserError) as caught:
        open_database(db_path)
    assert (
        str(caught.value)
        == f"{db_path} is not a CouncilDesk database or is damaged (file is not a database)."
    )
    assert db_path.read_bytes() == before
    assert not lock_path_for(db_path).exists()


def test_a_damaged_database_is_refused(db_path: Path) -> None:
    with open_database(db_path) as db:
        load_demo(Services(db))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    for offset in range(2 * page, len(data) - page, 3 * page):  # scribble over every third page
        data[offset : offset + page] = b"\xa5" * page
    db_path.write_bytes(bytes(data))
    damaged = "damaged and cannot be opened safely|not a CouncilDesk database or is damaged"
    with pytest.raises(UserError, match=rf"^{db_path} is ({damaged})"):
        open_database(db_path)


def test_missing_folder_and_missing_file_messages(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"^The folder .*nowhere does not exist\.$"):
        open_database(tmp_path / "nowhere" / "council.db")
    with pytest.raises(UserError, match=r"^There is no database at .*absent\.db\.$"):
        open_database(tmp_path / "absent.db", write=False)


# -- online backup --------------------------------------------------------------------------


def test_backup_while_another_connection_is_mid_transaction(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path
) -> None:
    services, _ = demo
    committed = services.people.count()
    writer = sqlite3.connect(db_path, isolation_level=None, timeout=5)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO person (display_name, given_name, family_name, honorific, title, affiliation, "
            "residence, email, is_sample) VALUES ('Not Yet Committed', '', '', '', '', '', '', '', 0)"
        )
        target = backup_sqlite_file(db_path, tmp_path / "copy.db")
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert target == tmp_path / "copy.db"
    assert not (tmp_path / "copy.db.partial").exists()
    with open_database(target, write=False) as copy:
        again = Services(copy)
        assert again.people.count() == committed
        assert again.people.find_by_name("Not Yet Committed") is None
        assert again.people.find_by_name("Russell P. Sienkiewicz") is not None
        assert len(again.meetings.list_meetings()) == 3


def test_backup_refuses_its_own_source_and_missing_folders(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="cannot be written over the database it copies"):
        backup_sqlite_file(db_path, db_path)
    with pytest.raises(UserError, match=r"^The backup folder .*missing does not exist\.$"):
        backup_sqlite_file(db_path, tmp_path / "missing" / "copy.db")


def test_a_lock_file_unlinked_during_acquire_is_not_trusted(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The previous holder unlinks the lock file on release; if that lands between our open and our
    lock, we would hold a lock nobody else can see. Simulate exactly that interleaving once."""
    from councildesk.db.file_lock import DatabaseLock

    real_lock = DatabaseLock._lock
    calls = []

    def releasing_first(fd: int) -> None:
        if not calls:
            lock_path_for(db_path).unlink()  # the old holder's release() happens right now
        calls.append(fd)
        real_lock(fd)

    monkeypatch.setattr(DatabaseLock, "_lock", staticmethod(releasing_first))
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        assert len(calls) == 2  # it noticed and locked again
        on_disk = os.stat(lock_path_for(db_path))
        assert lock._fd is not None
        held = os.fstat(lock._fd)
        assert (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)
        monkeypatch.setattr(DatabaseLock, "_lock", staticmethod(real_lock))
        with pytest.raises(DatabaseInUseError):
            DatabaseLock(db_path).acquire()
    finally:
        lock.release()
