"""The database itself refuses plain-SQL edits to approved meetings; approvals and logs are append-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from councildesk.db.engine import Database
from councildesk.services.container import Services
from tests.helpers import table_dump

FOUR_AUGUST = 1  # the demo meeting whose minutes are approved


@pytest.fixture
def approved(
    demo: tuple[Services, int], db_path: Path
) -> Iterator[tuple[sqlite3.Connection, dict[str, int]]]:
    """The seed meeting approved by plain SQL, and a raw sqlite3 connection to try edits with."""
    _services, meeting_id = demo
    conn = sqlite3.connect(db_path, isolation_level=None)
    ids = {"meeting": meeting_id}
    for name, sql in {
        "agenda_item": "SELECT id FROM agenda_item WHERE meeting_id = ? AND matter_id IS NOT NULL",
        "motion": "SELECT m.id FROM motion m JOIN agenda_item a ON a.id = m.agenda_item_id "
        "WHERE a.meeting_id = ?",
        "vote": "SELECT v.id FROM vote v JOIN motion m ON m.id = v.motion_id "
        "JOIN agenda_item a ON a.id = m.agenda_item_id WHERE a.meeting_id = ?",
        "speaker": "SELECT s.id FROM speaker s JOIN agenda_item a ON a.id = s.agenda_item_id "
        "WHERE a.meeting_id = ?",
        "attendance": "SELECT id FROM attendance WHERE meeting_id = ?",
    }.items():
        ids[name] = conn.execute(sql, (meeting_id,)).fetchone()[0]
    ids["ballot"] = conn.execute("SELECT id FROM ballot WHERE vote_id = ?", (ids["vote"],)).fetchone()[0]
    ids["person"] = conn.execute("SELECT person_id FROM ballot WHERE id = ?", (ids["ballot"],)).fetchone()[0]
    conn.execute("UPDATE meeting SET minutes_status = 'approved' WHERE id = ?", (meeting_id,))
    try:
        yield conn, ids
    finally:
        conn.close()


EDITS = {
    "update meeting": "UPDATE meeting SET location = 'elsewhere' WHERE id = :meeting",
    "reopen meeting": "UPDATE meeting SET minutes_status = 'draft' WHERE id = :meeting",
    "delete meeting": "DELETE FROM meeting WHERE id = :meeting",
    "update item": "UPDATE agenda_item SET title = 'changed' WHERE id = :agenda_item",
    "delete item": "DELETE FROM agenda_item WHERE id = :agenda_item",
    "insert item": "INSERT INTO agenda_item (meeting_id, position, number, kind, title, body, discussion, "
    "action_text, consent) VALUES (:meeting, 9, '9', 'other', 'late', '', '', '', 0)",
    "move item away": "UPDATE agenda_item SET meeting_id = (SELECT MIN(id) FROM meeting) "
    "WHERE id = :agenda_item",
    "update motion": "UPDATE motion SET text = 'changed' WHERE id = :motion",
    "delete motion": "DELETE FROM motion WHERE id = :motion",
    "insert motion": "INSERT INTO motion (agenda_item_id, position, kind, text, disposition) "
    "VALUES (:agenda_item, 5, 'main', 'late', 'pending')",
    "update vote": "UPDATE vote SET result = 'fail' WHERE id = :vote",
    "delete vote": "DELETE FROM vote WHERE id = :vote",
    "insert vote": "INSERT INTO vote (motion_id, method, threshold_fraction, threshold_base, result) "
    "VALUES (:motion, 'voice', 'majority', 'votes_cast', 'pass')",
    "update ballot": "UPDATE ballot SET option = 'no' WHERE id = :ballot",
    "delete ballot": "DELETE FROM ballot WHERE id = :ballot",
    "insert ballot": "INSERT INTO ballot (vote_id, person_id, option, note) "
    "VALUES (:vote, (SELECT MAX(id) FROM person), 'no', '')",
    "update speaker": "UPDATE speaker SET summary = 'x' WHERE id = :speaker",
    "update attendance": "UPDATE attendance SET status = 'absent' WHERE id = :attendance",
    "delete attendance": "DELETE FROM attendance WHERE id = :attendance",
}


@pytest.mark.parametrize("sql", EDITS.values(), ids=EDITS.keys())
def test_plain_sql_cannot_touch_an_approved_meeting(
    approved: tuple[sqlite3.Connection, dict[str, int]], db: Database, sql: str
) -> None:
    conn, ids = approved
    before = table_dump(db)
    with pytest.raises(sqlite3.IntegrityError, match="approved and locked"):
        conn.execute(sql, ids)
    assert table_dump(db) == before


def test_other_meetings_stay_editable_by_sql(approved: tuple[sqlite3.Connection, dict[str, int]]) -> None:
    conn, ids = approved
    other = conn.execute(
        "SELECT MIN(id) FROM meeting WHERE id <> ? AND minutes_status = 'draft'", (ids["meeting"],)
    ).fetchone()[0]
    conn.execute("UPDATE meeting SET location = 'Annex' WHERE id = ?", (other,))
    assert conn.execute("SELECT location FROM meeting WHERE id = ?", (other,)).fetchone() == ("Annex",)


def test_approval_correction_and_audit_log_are_append_only(
    approved: tuple[sqlite3.Connection, dict[str, int]], db: Database, demo: tuple[Services, int]
) -> None:
    conn, _ids = approved
    services, _ = demo
    # Approvals and corrections enter only along CouncilDesk's path (plain inserts are refused,
    # see test_record_chain_guard); the demo approved the 4 August minutes, here is a correction to them.
    services.approvals.record_correction(
        FOUR_AUGUST, reason="typo", before="Amy", after="Amy B.", made_on=date(2011, 9, 15)
    )
    for table in ("minutes_approval", "correction"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= 1, table
    before = table_dump(db)
    for table, column in (("minutes_approval", "sha256"), ("correction", "reason"), ("audit_log", "action")):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(f"UPDATE {table} SET {column} = 'forged'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(f"DELETE FROM {table}")
    assert table_dump(db) == before
    assert len(before["audit_log"]) > 50  # the demo's own changes were all logged
