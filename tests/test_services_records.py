"""Matters and sponsors, meetings and attendance, the audit log, and not-found messages."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from councildesk.db.engine import Database
from councildesk.db.file_lock import os_user
from councildesk.domain.enums import AttendanceStatus, MeetingStatus
from councildesk.domain.errors import NotFoundError, UserError
from councildesk.services.container import Services
from tests.builders import Council, small_council
from tests.helpers import refused


@pytest.fixture
def council(services: Services) -> Council:
    return small_council(services)


# -- matters and sponsors ------------------------------------------------------------------


def test_sponsors_primary_first_and_non_members_marked(services: Services, council: Council) -> None:
    matter = services.matters.create_matter("R-24-001", "Resolution on sidewalks")
    result = services.matters.set_sponsors(matter.id, council.b, [council.a, council.outsider])
    assert [(s.name, s.is_primary, s.is_member) for s in result.sponsors] == [
        ("Ben Baker", True, True),
        ("Ann Able", False, True),
        ("Olive Outsider", False, False),
    ]
    assert result.sponsors[2].title == "Police Chief"


def test_sponsor_refusals(db: Database, services: Services, council: Council) -> None:
    matters = services.matters
    matter = matters.create_matter("R-24-002", "Resolution on trees")
    matters.set_sponsors(matter.id, council.a, [council.b])
    refused(
        db,
        lambda: matters.set_sponsors(matter.id, council.a, [council.a, council.c]),
        "The primary sponsor cannot also be listed as a co-sponsor.",
    )
    refused(
        db,
        lambda: matters.set_sponsors(matter.id, council.a, [council.c, council.c]),
        "A co-sponsor is listed twice.",
    )
    refused(
        db,
        lambda: matters.set_sponsors(matter.id, council.a, [council.c, 999]),
        "There is no person 999.",
        NotFoundError,
    )
    refused(db, lambda: matters.set_sponsors(999, council.a, []), "There is no matter 999.", NotFoundError)
    refused(db, lambda: matters.add_sponsor(matter.id, council.b), "Ben Baker already sponsors R-24-002.")
    refused(db, lambda: matters.remove_sponsor(matter.id, council.c), "Cara Cole does not sponsor R-24-002.")
    refused(
        db, lambda: matters.create_matter("R-24-002", "Again"), "A matter numbered R-24-002 already exists."
    )
    refused(db, lambda: matters.create_matter(" ", "Blank"), "The matter's identifier cannot be empty.")
    other = matters.create_matter("R-24-003", "Other")
    refused(
        db,
        lambda: matters.update_matter(other.id, identifier="R-24-002"),
        "A matter numbered R-24-002 already exists.",
    )


def test_one_primary_sponsor_is_enforced(db: Database, services: Services, council: Council) -> None:
    matters = services.matters
    matter = matters.create_matter("R-24-004", "Resolution on benches")
    matters.set_sponsors(matter.id, council.a, [council.b])
    result = matters.add_sponsor(matter.id, council.c, primary=True)  # the old primary becomes a co-sponsor
    assert [(s.name, s.is_primary) for s in result.sponsors] == [
        ("Cara Cole", True),
        ("Ann Able", False),
        ("Ben Baker", False),
    ]
    result = matters.add_sponsor(matter.id, council.b, primary=True)  # promote an existing co-sponsor
    assert [s.name for s in result.sponsors if s.is_primary] == ["Ben Baker"]
    assert db.path is not None
    conn = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute("UPDATE sponsorship SET is_primary = 1 WHERE matter_id = ?", (matter.id,))
    finally:
        conn.close()


def test_seed_resolution_sponsors(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    [entry] = [e for e in services.records.load(meeting_id).items if e.matter is not None]
    assert entry.matter is not None
    assert [(s.name, s.is_primary, s.is_member) for s in entry.matter.sponsors] == [
        ("David J. Narkewicz", True, True),
        ("Pamela Schwartz", False, True),
        ("Russell P. Sienkiewicz", False, False),
    ]
    assert [s.described for s in entry.speakers] == [
        "William C. Newman, Northampton attorney; director, ACLU of Massachusetts western office",
        "Amy Bookbinder of Leeds",
        "Emma Roderick, Campaign coordinator, Bill of Rights Defense Committee",
    ]


# -- meetings and attendance ---------------------------------------------------------------


def test_quorum_follows_attendance(services: Services, council: Council) -> None:
    q = services.meetings.quorum(council.meeting_id)
    assert (q.present, q.required, q.seat_count, q.seats_filled, q.has_quorum) == (3, 3, 5, 5, True)
    services.meetings.set_attendance(
        council.meeting_id, council.a, AttendanceStatus.REMOTE, remote_reason="Ill"
    )
    assert services.meetings.quorum(council.meeting_id).present == 3  # remote members count
    services.meetings.set_attendance(council.meeting_id, council.b, AttendanceStatus.ABSENT)
    assert not services.meetings.quorum(council.meeting_id).has_quorum


def test_meeting_refusals(db: Database, services: Services, council: Council) -> None:
    meetings = services.meetings
    m = council.meeting_id
    refused(
        db,
        lambda: meetings.set_attendance(m, council.d, AttendanceStatus.REMOTE),
        "Give the reason a member takes part remotely; the minutes must state it.",
    )
    refused(
        db,
        lambda: meetings.set_attendance(
            m,
            council.d,
            AttendanceStatus.PRESENT,
            arrived_at=datetime(2024, 3, 5, 20),
            left_at=datetime(2024, 3, 5, 19),
        ),
        "A member cannot leave before arriving.",
    )
    refused(db, lambda: meetings.adjourn(m), "The meeting has not been called to order yet.")
    meetings.call_to_order(m, datetime(2024, 3, 5, 19, 2))
    refused(
        db,
        lambda: meetings.adjourn(m, datetime(2024, 3, 5, 18)),
        "A meeting cannot adjourn before it was called to order.",
    )
    refused(
        db, lambda: meetings.create_meeting(999, datetime(2024, 1, 1)), "There is no body 999.", NotFoundError
    )
    refused(
        db,
        lambda: meetings.create_meeting(council.body_id, datetime(2024, 1, 1), presiding_person_id=999),
        "There is no person 999.",
        NotFoundError,
    )
    refused(
        db,
        lambda: meetings.set_attendance(m, 999, AttendanceStatus.PRESENT),
        "There is no person 999.",
        NotFoundError,
    )
    cancelled = meetings.create_meeting(council.body_id, datetime(2024, 4, 2, 19))
    meetings.update_meeting(cancelled.id, status=MeetingStatus.CANCELLED)
    refused(
        db, lambda: meetings.call_to_order(cancelled.id), "A cancelled meeting cannot be called to order."
    )
    adjourned = meetings.adjourn(m, datetime(2024, 3, 5, 21, 15))
    assert adjourned.status is MeetingStatus.ADJOURNED


def test_body_and_membership_refusals(db: Database, services: Services, council: Council) -> None:
    bodies = services.bodies
    refused(
        db,
        lambda: bodies.create_body("Testville Council", 5),
        "A body named Testville Council already exists.",
    )
    refused(db, lambda: bodies.create_body("Empty Board", 0), "Empty Board needs at least one seat.")
    refused(
        db,
        lambda: bodies.add_post(council.body_id, "Ward 1"),
        "Testville Council already has a seat named Ward 1.",
    )
    post = bodies.list_posts(council.body_id)[0]
    refused(
        db,
        lambda: bodies.add_membership(council.outsider, council.body_id, date(2024, 2, 1), post_id=post.id),
        "Ann Able already holds the seat Ward 1 during that term.",
    )
    refused(
        db,
        lambda: bodies.add_membership(
            council.outsider, council.body_id, date(2024, 2, 1), end_date=date(2024, 1, 1)
        ),
        "A term cannot end before it starts.",
    )
    refused(db, lambda: services.people.create_person("   "), "The person's name cannot be empty.")


# -- the audit log -------------------------------------------------------------------------


def test_audit_log_records_user_and_values_before_and_after(services: Services) -> None:
    person = services.people.create_person("Amy Bookbinder", residence="Leeds")
    services.people.update_person(person.id, residence="Florence")
    services.people.update_person(person.id, residence="Florence")  # no change, no entry
    body = services.bodies.create_body("Parks Commission", 5, classification="commission")  # type: ignore[arg-type]
    meeting = services.meetings.create_meeting(body.id, datetime(2024, 7, 1, 18))
    services.meetings.delete_meeting(meeting.id)

    created, updated = reversed(services.audit.entries(entity="person", entity_id=person.id))
    for entry in (created, updated):
        assert entry.os_user == os_user() and entry.os_user
    assert created.action == "create" and created.before is None
    after = json.loads(created.after or "")
    assert (after["display_name"], after["residence"], after["id"]) == ("Amy Bookbinder", "Leeds", person.id)
    assert updated.action == "update"
    assert json.loads(updated.before or "") == {"residence": "Leeds"}
    assert json.loads(updated.after or "") == {"residence": "Florence"}

    deleted = services.audit.entries(entity="meeting", entity_id=meeting.id)[0]
    assert deleted.action == "delete" and deleted.after is None
    before = json.loads(deleted.before or "")
    assert before["scheduled_start"] == "2024-07-01T18:00:00" and before["kind"] == "regular"


def test_a_refused_call_writes_no_audit_entry(db: Database, services: Services, council: Council) -> None:
    count = len(services.audit.entries(limit=10_000))
    with pytest.raises(UserError):
        services.motions.make_motion(council.item_id, "X", mover_id=council.a, seconder_id=council.a)
    assert len(services.audit.entries(limit=10_000)) == count


# -- not-found ids -------------------------------------------------------------------------

NOT_FOUND: list[tuple[str, Callable[[Services], Any], str]] = [
    ("get body", lambda s: s.bodies.get_body(999), "There is no body 999."),
    ("update body", lambda s: s.bodies.update_body(999, name="X"), "There is no body 999."),
    ("add post", lambda s: s.bodies.add_post(999, "Ward 9"), "There is no body 999."),
    ("list posts", lambda s: s.bodies.list_posts(999), "There is no body 999."),
    ("members on", lambda s: s.bodies.members_on(999, date(2024, 1, 1)), "There is no body 999."),
    ("size on", lambda s: s.bodies.size_on(999, date(2024, 1, 1)), "There is no body 999."),
    ("membership", lambda s: s.bodies.add_membership(999, 1, date(2024, 1, 1)), "There is no person 999."),
    ("delete membership", lambda s: s.bodies.delete_membership(999), "There is no membership 999."),
    ("get person", lambda s: s.people.get_person(999), "There is no person 999."),
    ("update person", lambda s: s.people.update_person(999, title="X"), "There is no person 999."),
    ("get meeting", lambda s: s.meetings.get_meeting(999), "There is no meeting 999."),
    ("update meeting", lambda s: s.meetings.update_meeting(999, title="X"), "There is no meeting 999."),
    ("delete meeting", lambda s: s.meetings.delete_meeting(999), "There is no meeting 999."),
    ("attendance", lambda s: s.meetings.attendance(999), "There is no meeting 999."),
    ("quorum", lambda s: s.meetings.quorum(999), "There is no meeting 999."),
    ("years", lambda s: s.meetings.meeting_years(999), "There is no body 999."),
    ("meeting on", lambda s: s.meetings.meeting_on(999, date(2024, 1, 1)), "There is no body 999."),
    ("call to order", lambda s: s.meetings.call_to_order(999), "There is no meeting 999."),
    ("record", lambda s: s.records.load(999), "There is no meeting 999."),
    ("list items", lambda s: s.agenda.list_items(999), "There is no meeting 999."),
    ("update item", lambda s: s.agenda.update_item(999, title="X"), "There is no agenda item 999."),
    ("get matter", lambda s: s.matters.get_matter(999), "There is no matter 999."),
    ("update matter", lambda s: s.matters.update_matter(999, title="X"), "There is no matter 999."),
    ("add speaker", lambda s: s.speakers.add_speaker(999, "X"), "There is no agenda item 999."),
    ("speaker person", lambda s: s.speakers.add_speaker(1, person_id=999), "There is no person 999."),
    ("update speaker", lambda s: s.speakers.update_speaker(999, summary="X"), "There is no speaker 999."),
    ("delete speaker", lambda s: s.speakers.delete_speaker(999), "There is no speaker 999."),
    ("list speakers", lambda s: s.speakers.list_speakers(999), "There is no agenda item 999."),
    ("get motion", lambda s: s.motions.get_motion(999), "There is no motion 999."),
    ("list motions", lambda s: s.motions.list_motions(999), "There is no agenda item 999."),
    ("get vote", lambda s: s.votes.get_vote(999), "There is no vote 999."),
    ("delete vote", lambda s: s.votes.delete_vote(999), "There is no vote 999."),
    ("unanimous", lambda s: s.votes.record_unanimous(999), "There is no motion 999."),
    ("voice", lambda s: s.votes.record_voice_vote(999, 1, 0), "There is no motion 999."),
    (
        "attach",
        lambda s: s.documents.attach(b"x", "x.txt", agenda_item_id=999),
        "There is no agenda item 999.",
    ),
    ("document", lambda s: s.documents.content(999), "There is no document 999."),
    ("delete document", lambda s: s.documents.delete(999), "There is no document 999."),
    ("list documents", lambda s: s.documents.list_for_item(999), "There is no agenda item 999."),
]


@pytest.mark.parametrize(
    ("call", "message"), [(c, m) for _, c, m in NOT_FOUND], ids=[n for n, _, _ in NOT_FOUND]
)
def test_unknown_ids_get_a_plain_not_found_sentence(
    db: Database, council: Council, services: Services, call: Callable[[Services], Any], message: str
) -> None:
    refused(db, lambda: call(services), message, NotFoundError)


def test_deleting_an_item_logs_everything_it_takes_with_it(services: Services, council: Council) -> None:
    child = services.agenda.add_item(council.meeting_id, "Sub-item", parent_id=council.item_id)
    speaker = services.speakers.add_speaker(child.id, "Amy Bookbinder", residence="Leeds")
    motion = services.motions.make_motion(child.id, "To repave.", mover_id=council.a)
    vote = services.votes.record_unanimous(motion.id)
    doc = services.documents.attach(b"plan", "plan.pdf", agenda_item_id=child.id)
    newest = services.audit.entries(limit=1)[0].id
    services.agenda.delete_item(council.item_id)
    logged = [e for e in services.audit.entries(limit=100) if e.id > newest and e.action == "delete"]
    deleted = {(e.entity, e.entity_id) for e in logged}
    assert {
        ("agenda_item", council.item_id),
        ("agenda_item", child.id),
        ("speaker", speaker.id),
        ("motion", motion.id),
        ("vote", vote.id),
        ("document", doc.id),
    } <= deleted
    assert sum(1 for entity, _ in deleted if entity == "ballot") == 5
    by_entity = {e.entity: json.loads(e.before or "") for e in logged}
    assert by_entity["speaker"]["residence"] == "Leeds"
    assert by_entity["document"]["sha256"] == doc.sha256 and "content" not in by_entity["document"]
    assert all(e.after is None for e in logged)
    # children are logged before their parents, so a reader can replay the log
    order = [(e.entity, e.entity_id) for e in reversed(logged)]
    assert order.index(("vote", vote.id)) < order.index(("motion", motion.id))
    assert order.index(("agenda_item", child.id)) < order.index(("agenda_item", council.item_id))
