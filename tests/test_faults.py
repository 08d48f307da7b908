"""Expected faults end in one sentence and exit 1; a bug exits 70 with its traceback in the log."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from councildesk.cli import main
from councildesk.db import engine as engine_module
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures
from tests.test_db_files import _add_test_revision


def _version(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_write_held_by_another_program_beyond_the_busy_timeout_is_one_sentence(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(db_path):
        pass
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code = main(["--db", str(db_path), "demo"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "another program holds a write on it" in err and str(db_path) in err


def test_a_bug_exits_70_with_the_traceback_in_the_log_only(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_database(db_path):
        pass
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(Services, "__init__", _a_bug)  # stands in for any programming error
    code = main(["--db", str(db_path), "meetings"])
    err = capsys.readouterr().err
    assert code == 70
    assert "Traceback" not in err and "ZeroDivisionError" in err
    [log] = (tmp_path / "data").rglob("councildesk.log")
    assert "Traceback" in log.read_text() and "_a_bug" in log.read_text()


def _a_bug(self: Services, db: object) -> None:
    raise ZeroDivisionError("division by zero")


def test_a_closed_pipe_ends_the_listing_quietly(db_path: Path) -> None:
    with open_database(db_path) as db:
        load_demo(Services(db))
    proc = subprocess.Popen(
        [sys.executable, "-m", "councildesk", "--db", str(db_path), "meetings"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head` that has read all it wants before the first line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert err == ""


def test_a_file_where_the_backup_folder_goes_refuses_the_upgrade_in_a_sentence(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(db_path):
        pass
    old_head = _add_test_revision(tmp_path, monkeypatch)
    (db_path.parent / "backups").write_text("not a folder")
    with pytest.raises(UserError, match=r"backup folder .*backups: a file of that name is already there"):
        open_database(db_path)
    assert _version(db_path) == old_head  # not upgraded without its backup


def test_a_postgresql_upgrade_is_dumped_first(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with open_database(pg_url) as db:
        load_demo(Services(db))
    old_head = _add_test_revision(tmp_path, monkeypatch)
    backups = tmp_path / "kept"
    with open_database(pg_url, backup_dir=backups) as db, db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9000test"
    [dump] = list(backups.iterdir())
    assert dump.name.endswith("-before-9000test.dump")
    listing = subprocess.run(["pg_restore", "--list", str(dump)], capture_output=True, text=True, check=True)
    assert "TABLE DATA public meeting" in listing.stdout
    assert old_head and "upgrade_marker" not in listing.stdout  # taken before the upgrade


def test_no_pg_dump_upgrades_with_a_warning(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with open_database(pg_url):
        pass
    _add_test_revision(tmp_path, monkeypatch)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with open_database(pg_url, backup_dir=tmp_path / "kept") as db, db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9000test"
    assert "pg_dump is not installed" in caplog.text
    assert not (tmp_path / "kept").exists()
