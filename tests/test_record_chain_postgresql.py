"""The insert guard, the append-only chain and `check` on a real PostgreSQL server, with a non-owner role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from councildesk.cli import main
from councildesk.db.chain_guard import GUARD_MESSAGE
from councildesk.db.engine import Database, open_database
from councildesk.db.integrity import check_database
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services
from tests.helpers import table_dump
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres

FOUR_AUGUST = 1  # approved by the demo
CORRECTION = (
    "INSERT INTO correction (meeting_id, made_on, reason, entity, entity_id, field, before, after, "
    "recorded_at) VALUES (1, '2011-09-01', 'forged', 'meeting', 1, '', 'a', 'b', '2011-09-01 10:00:00')"
)
VERSION_2 = (
    "INSERT INTO minutes_approval (meeting_id, version, approved_on, approving_meeting_id, "
    "approving_vote_id, manner, sha256, snapshot, snapshot_format, recorded_at) SELECT meeting_id, 2, "
    "approved_on, approving_meeting_id, approving_vote_id, manner, sha256, snapshot, snapshot_format, "
    "recorded_at FROM minutes_approval WHERE meeting_id = 1"
)
LINK = (
    "INSERT INTO record_chain (kind, entry_id, entry_hash, prev_hash, hash) "
    "VALUES ('audit', 1, 'a', 'b', 'c')"
)


@pytest.fixture
def pg_demo(pg_url: str) -> Iterator[tuple[Database, str]]:  # noqa: F811
    database = open_database(pg_url)
    load_demo(Services(database))
    yield database, pg_url
    database.close()


@pytest.fixture
def helper_url(pg_demo: tuple[Database, str]) -> Iterator[str]:
    """A login role that is not the owner but may read and write every table (a reporting tool, say)."""
    database, url = pg_demo
    role = f"helper_{uuid.uuid4().hex[:8]}"
    with database.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'helper'"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    yield make_url(url).set(username=role, password="helper").render_as_string(hide_password=False)
    with database.engine.begin() as conn:
        conn.execute(text(f"DROP OWNED BY {role}"))
        conn.execute(text(f"DROP ROLE {role}"))


@pytest.mark.parametrize(
    ("sql", "refusal"),
    [
        (CORRECTION, GUARD_MESSAGE),
        (VERSION_2, GUARD_MESSAGE),
        (LINK, GUARD_MESSAGE),
        # Knowing the setting CouncilDesk's own path uses is not enough without owning the table.
        ("SET LOCAL councildesk.path = 'service'; " + CORRECTION, GUARD_MESSAGE),
        ("SET LOCAL councildesk.path = 'service'; " + VERSION_2, GUARD_MESSAGE),
        ("UPDATE record_chain SET hash = 'x'", "CouncilDesk: this record is append-only"),
        ("DELETE FROM record_chain", "CouncilDesk: this record is append-only"),
        ("DELETE FROM audit_log", "CouncilDesk: this record is append-only"),
        ("DROP TRIGGER trg_correction_guarded_insert ON correction", "must be owner"),
        ("ALTER TABLE minutes_approval DISABLE TRIGGER ALL", "must be owner"),
    ],
)
def test_a_non_owner_role_cannot_forge_an_approval_or_a_correction(
    pg_demo: tuple[Database, str], helper_url: str, sql: str, refusal: str
) -> None:
    database, _url = pg_demo
    before = table_dump(database)
    engine = create_engine(helper_url)
    try:
        with pytest.raises(DBAPIError, match=refusal), engine.begin() as conn:
            for statement in sql.split("; "):
                conn.execute(text(statement))
    finally:
        engine.dispose()
    assert table_dump(database) == before


def test_the_service_path_still_records_approvals_and_corrections(pg_demo: tuple[Database, str]) -> None:
    database, _url = pg_demo
    services = Services(database)
    services.approvals.approve(2, at_meeting_id=3)
    services.approvals.record_correction(2, reason="Misspelt name", before="Narkewitz", after="Narkewicz")
    assert services.approvals.verify_all().ok
    assert check_database(database) == []


def test_check_and_verify_report_a_broken_chain_on_postgresql(
    pg_demo: tuple[Database, str], capsys: pytest.CaptureFixture[str]
) -> None:
    database, url = pg_demo
    assert main(["--db", url, "check"]) == 0
    # The owner, who can do anything, deletes audit entries with the append-only trigger out of the way.
    with database.engine.begin() as conn:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        conn.execute(text("DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id LIMIT 2)"))
        conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
    capsys.readouterr()
    assert main(["--db", url, "check"]) == 1
    out = capsys.readouterr().out
    assert "The record chain breaks: " in out and "audit entry" in out
    assert main(["--db", url, "verify", "--all"]) == 1
    assert "TAMPERED: the record chain breaks" in capsys.readouterr().out
