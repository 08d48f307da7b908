"""`check` notices a dropped approval-lock trigger, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from councildesk.db.engine import open_database
from councildesk.db.integrity import check_database
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures


def test_a_dropped_trigger_is_reported_on_sqlite(db_path: Path) -> None:
    with open_database(db_path) as db:
        assert check_database(db) == []
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER trg_ballot_locked_update")
    conn.commit()
    conn.close()
    with open_database(db_path, write=False) as db:
        [problem] = check_database(db)
    assert "trg_ballot_locked_update is missing or disabled" in problem


def test_a_dropped_trigger_is_reported_on_postgresql(pg_url: str) -> None:  # noqa: F811
    with open_database(pg_url) as db:
        assert check_database(db) == []
        with db.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER trg_ballot_locked ON ballot"))
        [problem] = check_database(db)
    assert "trg_ballot_locked is missing or disabled" in problem
