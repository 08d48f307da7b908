"""Backups of a shared server: `backup` runs pg_dump, `restore` pg_restore into an empty database, checked."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from councildesk.cli import main
from councildesk.db import pg_tools
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.sample.demo import load_demo
from councildesk.services.approval_service import VerificationStatus
from councildesk.services.container import Services
from tests.pg_databases import scratch_database
from tests.pg_server import ENV_URL, pg_admin_url, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres


def counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            return {t: int(conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar() or 0) for t in tables}
    finally:
        engine.dispose()


@pytest.fixture
def empty_url(pg_admin_url: str) -> Iterator[str]:  # noqa: F811
    """A second, empty database on the same server: where a backup is restored."""
    if os.environ.get(ENV_URL):
        pytest.skip(f"{ENV_URL} gives one database; restoring needs a second, empty one")
    with scratch_database(pg_admin_url) as url:
        yield url


@pytest.fixture
def demo_url(pg_url: str) -> str:  # noqa: F811
    db = open_database(pg_url)
    try:
        load_demo(Services(db))
    finally:
        db.close()
    return pg_url


def test_backup_and_restore_round_trip_with_every_check(
    demo_url: str, empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "council.dump"
    assert main(["--db", demo_url, "backup", str(dump)]) == 0
    assert dump.read_bytes()[:5] == pg_tools.DUMP_MAGIC
    assert main(["--db", empty_url, "restore", str(dump)]) == 0
    said = capsys.readouterr().out
    assert "integrity check passed" in said and "1 approved meetings verify" in said
    assert counts(empty_url) == counts(demo_url)
    db = open_database(empty_url)
    try:
        assert Services(db).approvals.verify(1).status is VerificationStatus.OK
    finally:
        db.close()


def test_restore_refuses_a_database_that_is_not_empty_and_changes_nothing(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = pg_tools.dump(demo_url, tmp_path / "council.dump")
    before = counts(demo_url)
    assert main(["--db", demo_url, "restore", str(dump)]) == 1
    err = capsys.readouterr().err.strip()
    assert "is not empty" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert counts(demo_url) == before


def test_restore_refuses_a_file_that_is_not_a_dump(empty_url: str, tmp_path: Path) -> None:
    other = tmp_path / "notes.dump"
    other.write_text("minutes")
    with pytest.raises(UserError, match=r"^notes\.dump is not a PostgreSQL backup"):
        pg_tools.restore(empty_url, other)
    assert counts(empty_url) == {}


def test_a_restore_that_fails_its_check_is_taken_out_again(
    demo_url: str, empty_url: str, tmp_path: Path
) -> None:
    # A tampered source: the approved meeting's agenda changed with the lock's trigger switched off.
    engine = create_engine(demo_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE agenda_item DISABLE TRIGGER trg_agenda_item_locked")
        conn.exec_driver_sql("UPDATE agenda_item SET title = 'forged' WHERE meeting_id = 1")
        conn.exec_driver_sql("ALTER TABLE agenda_item ENABLE TRIGGER trg_agenda_item_locked")
    engine.dispose()
    dump = pg_tools.dump(demo_url, tmp_path / "tampered.dump")
    from councildesk.services.server_backup import restore_server

    with pytest.raises(UserError, match=r"failed its check: meeting 1: .*the database is empty\.$"):
        restore_server(empty_url, dump)
    assert counts(empty_url) == {}


def _fake_tool(folder: Path, name: str, version: str) -> None:
    script = folder / name
    script.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) {version}'\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_pg_dump_missing_or_too_old_is_one_sentence(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The installed client tools are the system edge here: PATH and Debian's folder are emptied.
    monkeypatch.setattr("glob.glob", lambda _pattern: [])
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(UserError, match=r"^pg_dump is not installed.*postgresql-client\)\.$"):
        pg_tools.dump(pg_url, tmp_path / "x.dump")
    _fake_tool(tmp_path, "pg_dump", "9")
    with pytest.raises(UserError, match=r"^pg_dump 9 is older than the server \(PostgreSQL \d+\)"):
        pg_tools.dump(pg_url, tmp_path / "x.dump")
    assert not list(tmp_path.glob("*.dump*"))


def test_a_refused_sign_in_is_one_sentence() -> None:
    stderr = (
        'pg_dump: error: connection to server failed: FATAL:  password authentication failed for user "x"\n'
    )
    error = pg_tools.failure_sentence("pg_dump", "council", stderr, "back up")
    assert str(error) == (
        "pg_dump could not back up council: the server refused the user name or password; put the "
        "password in the PostgreSQL password file (~/.pgpass or PGPASSFILE)."
    )
