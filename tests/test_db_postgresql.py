"""The approval lock and schema checks on a real PostgreSQL server (the shared-records set-up)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from councildesk.db.engine import Database, open_database
from councildesk.domain.errors import LockedError, SchemaTooNewError
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services
from tests.helpers import table_dump
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_demo(pg_url: str) -> Iterator[tuple[Database, Services, int, str]]:  # noqa: F811
    database = open_database(pg_url)
    services = Services(database)
    meeting_id = load_demo(services)
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE meeting SET minutes_status = 'approved' WHERE id = :id"), {"id": meeting_id}
        )
    yield database, services, meeting_id, pg_url
    database.close()


EDITS = {
    "update meeting": "UPDATE meeting SET location = 'x' WHERE id = :m",
    "delete meeting": "DELETE FROM meeting WHERE id = :m",
    "update item": "UPDATE agenda_item SET title = 'x' WHERE meeting_id = :m",
    "insert item": "INSERT INTO agenda_item (meeting_id, position, number, kind, title, body, discussion, "
    "action_text, consent) VALUES (:m, 9, '9', 'other', 'late', '', '', '', false)",
    "update ballot": "UPDATE ballot SET option = 'no' WHERE vote_id IN (SELECT v.id FROM vote v "
    "JOIN motion mo ON mo.id = v.motion_id JOIN agenda_item a ON a.id = mo.agenda_item_id "
    "WHERE a.meeting_id = :m)",
    "delete vote": "DELETE FROM vote WHERE motion_id IN (SELECT mo.id FROM motion mo "
    "JOIN agenda_item a ON a.id = mo.agenda_item_id WHERE a.meeting_id = :m)",
    "audit log": "UPDATE audit_log SET action = 'forged'",
    "delete audit": "DELETE FROM audit_log",
}


@pytest.mark.parametrize("sql", EDITS.values(), ids=EDITS.keys())
def test_plain_sql_cannot_touch_an_approved_meeting_on_postgresql(
    pg_demo: tuple[Database, Services, int, str], sql: str
) -> None:
    database, _services, meeting_id, url = pg_demo
    before = table_dump(database)
    engine = create_engine(url)  # a separate client, as another tool would be
    try:
        refusal = r"CouncilDesk: (the minutes of this meeting|this record is append-only)"
        with pytest.raises(DBAPIError, match=refusal), engine.begin() as conn:
            conn.execute(text(sql), {"m": meeting_id})
    finally:
        engine.dispose()
    assert table_dump(database) == before


def test_services_refuse_an_approved_meeting_on_postgresql(
    pg_demo: tuple[Database, Services, int, str],
) -> None:
    database, services, meeting_id, _url = pg_demo
    before = table_dump(database)
    with pytest.raises(
        LockedError, match=r"^The minutes of the meeting of 18 August 2011 are approved and locked"
    ):
        services.agenda.add_item(meeting_id, "Late item")
    with (
        pytest.raises(LockedError, match=r"^The minutes of this meeting are approved and locked"),
        database.transaction() as s,
    ):
        s.execute(text("UPDATE meeting SET title = 'x' WHERE id = :id"), {"id": meeting_id})
    assert table_dump(database) == before


def test_a_newer_schema_is_refused_on_postgresql(pg_url: str) -> None:  # noqa: F811
    open_database(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    engine.dispose()
    with pytest.raises(SchemaTooNewError, match=r"was written by a newer CouncilDesk \(schema ffff9999\)"):
        open_database(pg_url)
