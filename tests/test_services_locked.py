"""An approved meeting is locked: every editing service call is refused and nothing changes."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from councildesk.db.engine import Database
from councildesk.domain.enums import AttendanceStatus
from councildesk.domain.errors import LockedError
from councildesk.services.container import Services
from tests.builders import Council, approve_by_sql, small_council
from tests.helpers import table_dump

LOCKED = "The minutes of the meeting of 5 March 2024 are approved and locked; record a correction instead."


@pytest.fixture
def locked(services: Services, db: Database) -> dict[str, int]:
    council = small_council(services)
    ids: dict[str, Any] = {"council": council}
    ids["motion"] = services.motions.make_motion(council.item_id, "To repave.", mover_id=council.a).id
    ids["pending"] = services.motions.make_motion(council.item_id, "To study first.", mover_id=council.b).id
    ids["vote"] = services.votes.record_unanimous(ids["motion"]).id
    ids["speaker"] = services.speakers.add_speaker(council.item_id, "Amy Bookbinder", residence="Leeds").id
    ids["document"] = services.documents.attach(b"%PDF-1.4 map", "map.pdf", agenda_item_id=council.item_id).id
    ids["child"] = services.agenda.add_item(council.meeting_id, "Sub-item", parent_id=council.item_id).id
    approve_by_sql(db, council.meeting_id)
    return ids


def _calls(services: Services, ids: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    c: Council = ids["council"]
    m, item = c.meeting_id, c.item_id
    ballots = {c.a: "yes", c.b: "yes", c.c: "yes", c.d: "absent", c.e: "excused"}
    return {
        "update meeting": lambda: services.meetings.update_meeting(m, location="Elsewhere"),
        "delete meeting": lambda: services.meetings.delete_meeting(m),
        "call to order": lambda: services.meetings.call_to_order(m),
        "adjourn": lambda: services.meetings.adjourn(m, datetime(2024, 3, 5, 21)),
        "set attendance": lambda: services.meetings.set_attendance(m, c.d, AttendanceStatus.PRESENT),
        "clear attendance": lambda: services.meetings.set_attendance(m, c.a, None),
        "mark all present": lambda: services.meetings.mark_all_present(m),
        "add item": lambda: services.agenda.add_item(m, "Late item"),
        "update item": lambda: services.agenda.update_item(item, discussion="Rewritten"),
        "delete item": lambda: services.agenda.delete_item(item),
        "move item": lambda: services.agenda.move_item(ids["child"], None, 0),
        "outdent item": lambda: services.agenda.outdent(ids["child"]),
        "make motion": lambda: services.motions.make_motion(item, "Another.", mover_id=c.a),
        "update motion": lambda: services.motions.update_motion(ids["motion"], text="Changed"),
        "set disposition": lambda: services.motions.set_disposition(ids["pending"], "withdrawn"),
        "delete motion": lambda: services.motions.delete_motion(ids["motion"]),
        "unanimous vote": lambda: services.votes.record_unanimous(ids["pending"]),
        "roll call": lambda: services.votes.record_roll_call(ids["pending"], ballots),
        "voice vote": lambda: services.votes.record_voice_vote(ids["pending"], 3, 0),
        "delete vote": lambda: services.votes.delete_vote(ids["vote"]),
        "add speaker": lambda: services.speakers.add_speaker(item, "Late Speaker"),
        "update speaker": lambda: services.speakers.update_speaker(ids["speaker"], summary="Changed"),
        "move speaker": lambda: services.speakers.move_speaker(ids["speaker"], 3),
        "delete speaker": lambda: services.speakers.delete_speaker(ids["speaker"]),
        "attach document": lambda: services.documents.attach(b"x", "x.txt", agenda_item_id=item),
        "delete document": lambda: services.documents.delete(ids["document"]),
    }


CALL_NAMES = [
    "update meeting",
    "delete meeting",
    "call to order",
    "adjourn",
    "set attendance",
    "clear attendance",
    "mark all present",
    "add item",
    "update item",
    "delete item",
    "move item",
    "outdent item",
    "make motion",
    "update motion",
    "set disposition",
    "delete motion",
    "unanimous vote",
    "roll call",
    "voice vote",
    "delete vote",
    "add speaker",
    "update speaker",
    "move speaker",
    "delete speaker",
    "attach document",
    "delete document",
]


@pytest.mark.parametrize("name", CALL_NAMES)
def test_every_edit_of_an_approved_meeting_is_refused(
    services: Services, db: Database, locked: dict[str, Any], name: str
) -> None:
    call = _calls(services, locked)[name]
    before = table_dump(db)
    with pytest.raises(LockedError, match=f"^{re.escape(LOCKED)}$"):
        call()
    assert table_dump(db) == before


def test_the_list_of_refused_calls_is_complete(services: Services, locked: dict[str, Any]) -> None:
    assert sorted(_calls(services, locked)) == sorted(CALL_NAMES)


def test_reading_an_approved_meeting_still_works(services: Services, locked: dict[str, Any]) -> None:
    council: Council = locked["council"]
    record = services.records.load(council.meeting_id)
    assert record.meeting.minutes_status.value == "approved"
    assert len(record.items) == 2


def test_the_trigger_refusal_reaches_the_user_as_a_locked_error(db: Database, locked: dict[str, Any]) -> None:
    """Code that forgets the service guard still meets the database's wall, as a readable LockedError."""
    from sqlalchemy import text

    council: Council = locked["council"]
    before = table_dump(db)
    with (
        pytest.raises(LockedError, match=r"^The minutes of this meeting are approved and locked"),
        db.transaction() as s,
    ):
        s.execute(text("UPDATE agenda_item SET title = 'x' WHERE id = :id"), {"id": council.item_id})
    assert table_dump(db) == before
