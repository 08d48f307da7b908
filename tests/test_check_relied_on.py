"""`check` names what the app relies on when a file was changed behind its back, and exits 1."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from councildesk.cli import main
from councildesk.db import approval_lock
from councildesk.db.engine import open_database
from councildesk.db.integrity import check_database, check_warnings
from councildesk.services.container import Services
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures

DRAFT_ITEM = "(SELECT MIN(id) FROM agenda_item WHERE meeting_id = (SELECT MAX(id) FROM meeting))"


def edit(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def one(path: Path, query: str) -> tuple[int, ...]:
    """The first row a query finds in the file."""
    with closing(sqlite3.connect(path)) as conn:
        return tuple(conn.execute(query).fetchone())


SPEAKERS = "SELECT agenda_item_id, MIN(id) FROM speaker GROUP BY agenda_item_id HAVING COUNT(*) > 1 LIMIT 1"


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(path), "check"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def refused(path: Path, capsys: pytest.CaptureFixture[str], *statements: str) -> str:
    """What `check` says of the file once `statements` changed it; it must exit 1."""
    edit(path, *statements)
    code, out = check(path, capsys)
    assert code == 1, out
    return out


def test_the_demo_passes(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = check(db_path, capsys)
    assert code == 0, out
    assert "passed the integrity check" in out and "Warning" not in out


def test_two_votes_on_one_motion_are_named(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (motion,) = one(
        db_path,
        "SELECT v.motion_id FROM vote v JOIN motion m ON m.id = v.motion_id JOIN agenda_item a "
        "ON a.id = m.agenda_item_id JOIN meeting g ON g.id = a.meeting_id "
        "WHERE g.minutes_status = 'draft' LIMIT 1",
    )
    out = refused(
        db_path,
        capsys,
        "INSERT INTO vote (motion_id, method, threshold_fraction, threshold_base, result, yes_count, "
        "no_count, abstain_count) SELECT motion_id, method, threshold_fraction, threshold_base, result, "
        f"yes_count, no_count, abstain_count FROM vote WHERE motion_id = {motion}",
    )
    assert f"Motion {motion} has 2 votes" in out


def test_agenda_items_out_of_order_are_named(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (meeting,) = one(db_path, "SELECT MAX(id) FROM meeting")
    out = refused(db_path, capsys, f"UPDATE agenda_item SET position = position + 7 WHERE id = {DRAFT_ITEM}")
    assert f"The agenda items of meeting {meeting}" in out and "not numbered 0 to" in out


def test_speakers_sharing_a_place_are_named(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item, _ = one(db_path, SPEAKERS)
    out = refused(db_path, capsys, f"UPDATE speaker SET position = 0 WHERE agenda_item_id = {item}")
    assert f"speakers of agenda item {item} have only 1 distinct places" in out


def test_a_deleted_speakers_gap_is_only_a_warning(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, _ = demo
    item, speaker = one(db_path, SPEAKERS)
    services.speakers.delete_speaker(speaker)
    code, out = check(db_path, capsys)
    assert code == 0, out
    assert f"Warning: Speakers of agenda item {item} are numbered with gaps" in out


def test_changed_approved_minutes_are_named(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lock is dropped, a motion of the approved meeting edited, and the lock put back."""
    (seed,) = one(db_path, "SELECT meeting_id FROM minutes_approval")
    out = refused(
        db_path,
        capsys,
        *(f"DROP TRIGGER trg_motion_locked_{change}" for change in ("insert", "update", "delete")),
        "UPDATE motion SET text = 'To approve something else' WHERE agenda_item_id IN "
        f"(SELECT id FROM agenda_item WHERE meeting_id = {seed})",
        *(s for s in approval_lock.sqlite_statements() if "trg_motion_locked" in s),
    )
    assert f"Meeting {seed}: TAMPERED" in out
    assert "missing or disabled" not in out


def test_the_same_checks_run_on_postgresql(pg_url: str) -> None:  # noqa: F811
    """The queries are plain SQL: on PostgreSQL too two votes on one motion are named."""
    from councildesk.sample.demo import load_demo

    with open_database(pg_url) as db:
        load_demo(Services(db))
        assert check_database(db) == [] and check_warnings(db) == []
        with db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE vote DISABLE TRIGGER USER"))
            motion = conn.execute(text("SELECT MIN(motion_id) FROM vote")).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO vote (motion_id, method, threshold_fraction, threshold_base, result) "
                    "SELECT motion_id, method, threshold_fraction, threshold_base, result FROM vote "
                    "WHERE motion_id = :m"
                ),
                {"m": motion},
            )
            conn.execute(text("ALTER TABLE vote ENABLE TRIGGER USER"))
        assert any(f"Motion {motion} has 2 votes" in p for p in check_database(db))
