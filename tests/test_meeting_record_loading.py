"""The whole-meeting loader reads in bulk yet builds exactly what the per-item helpers build."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database, open_database
from councildesk.db.models import AgendaItem, Body, Document, Matter, Meeting, Motion, Speaker
from councildesk.domain.errors import UserError
from councildesk.sample.generator import generate
from councildesk.services.agenda_service import ordered_items
from councildesk.services.container import Services
from councildesk.services.dto import ItemRecord
from councildesk.services.mapping import document_dto, speaker_dto
from councildesk.services.matter_service import matter_dto, sponsor_membership_body
from councildesk.services.meeting_record_service import load_meeting_record, load_meeting_records
from councildesk.services.minutes_snapshot import canonical_json
from councildesk.services.motion_service import motions_of_item


def one_item_at_a_time(s: Session, meeting_id: int) -> tuple[ItemRecord, ...]:
    """The reference: every item read on its own with the services' per-row helpers."""
    meeting = s.get(Meeting, meeting_id)
    assert meeting is not None
    day = meeting.scheduled_start.date()
    out = []
    for item in ordered_items(s, meeting_id):
        matter = s.get(Matter, item.matter_id) if item.matter_id else None
        speakers = s.scalars(
            select(Speaker).where(Speaker.agenda_item_id == item.id).order_by(Speaker.position, Speaker.id)
        )
        documents = s.scalars(
            select(Document).where(Document.agenda_item_id == item.id).order_by(Document.id)
        )
        out.append(
            ItemRecord(
                item=item,
                matter=matter_dto(s, matter, sponsor_membership_body(s, meeting.body_id), day)
                if matter
                else None,
                speakers=tuple(speaker_dto(x) for x in speakers),
                motions=tuple(motions_of_item(s, item.id)),
                documents=tuple(document_dto(d) for d in documents),
            )
        )
    return tuple(out)


def assert_same_as_reference(db: Database, meeting_ids: list[int]) -> None:
    with db.reading() as s:
        for meeting_id in meeting_ids:
            record = load_meeting_record(s, meeting_id)
            assert record.items == one_item_at_a_time(s, meeting_id), f"meeting {meeting_id}"
            # The approval fingerprint is taken over this record: it must not move either.
            reference = replace(record, items=one_item_at_a_time(s, meeting_id))
            assert canonical_json(record, 1) == canonical_json(reference, 1)


def test_demo_meetings_load_exactly_as_item_by_item(demo: tuple[Services, int]) -> None:
    services, seed_meeting = demo
    with services.db.reading() as s:
        ids = list(s.scalars(select(Meeting.id)))
        non_member = s.scalar(select(func.count()).select_from(Matter))
    assert seed_meeting in ids and non_member
    assert_same_as_reference(services.db, ids)
    seed = services.records.load(seed_meeting)
    sponsors = next(e.matter.sponsors for e in seed.items if e.matter and len(e.matter.sponsors) == 3)
    assert [s.is_member for s in sponsors].count(False) == 1  # the Police Chief, not a member


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("city") / "city.db"
    database = open_database(path)
    try:
        generate(database, years=1, seed=7)
    finally:
        database.close()
    return path


def test_generated_year_loads_exactly_as_item_by_item(city: Path) -> None:
    database = open_database(city, write=False)
    try:
        with database.reading() as s:
            ids = list(s.scalars(select(Meeting.id)))
            with_amendments = s.scalar(
                select(func.count()).select_from(Motion).where(Motion.parent_motion_id.is_not(None))
            )
        assert len(ids) > 20 and with_amendments > 0  # the comparison must cover amendments too
        assert_same_as_reference(database, ids)
    finally:
        database.close()


def test_queries_do_not_grow_with_the_agenda(city: Path) -> None:
    """The smallest and the largest meeting take about the same number of queries (none per item or vote)."""
    database = open_database(city, write=False)
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    try:
        with database.reading() as s:
            sizes = (
                select(AgendaItem.meeting_id, func.count().label("n"))
                .group_by(AgendaItem.meeting_id)
                .order_by(func.count())
                .subquery()
            )
            smallest = s.scalar(select(sizes.c.meeting_id).order_by(sizes.c.n).limit(1))
            largest = s.scalar(select(sizes.c.meeting_id).order_by(sizes.c.n.desc()).limit(1))
            counts = []
            for meeting_id in (smallest, largest):
                statements.clear()
                record = load_meeting_record(s, meeting_id)
                counts.append(len(statements))
            assert len(record.items) >= 20
            assert s.get(Body, record.body.id) is not None
        # A meeting without matters skips the sponsor queries; nothing else may differ.
        assert counts[1] <= counts[0] + 3 and counts[1] < 40, counts
    finally:
        database.close()


def test_unknown_meeting_is_refused_in_a_sentence(services: Services) -> None:
    from councildesk.domain.errors import UserError

    with pytest.raises(UserError, match="There is no meeting 4242"):
        services.records.load(4242)


def test_many_meetings_read_together_equal_each_read_alone(demo: tuple[Services, int], city: Path) -> None:
    """Read together, the meetings share the rolls, sponsors and sizes read once; nothing may leak
    from one meeting into another (a sponsor a member at one meeting and not at the next)."""
    database = open_database(city, write=False)
    try:
        with database.reading() as s:
            ids = list(s.scalars(select(Meeting.id)))
            alone = {i: load_meeting_record(s, i) for i in ids}
        with database.reading() as s:
            together = load_meeting_records(s, [*reversed(ids), ids[0]])  # any order, an id twice
        assert list(together) == list(reversed(ids)) and together == alone
    finally:
        database.close()
    services, _ = demo
    ids = [m.id for m in services.meetings.list_meetings()]
    together = services.records.load_many(ids)
    for meeting_id in ids:
        record = together[meeting_id]
        assert record == services.records.load(meeting_id)
        # The roll and the quorum as the meeting service reads them for the desk, one meeting at a time.
        assert list(record.attendance) == services.meetings.attendance(meeting_id)
        assert record.quorum == services.meetings.quorum(meeting_id)
    with pytest.raises(UserError, match="There is no meeting 4242"):
        services.records.load_many([ids[0], 4242])
