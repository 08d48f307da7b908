"""Undo support in the services: snapshots put rows back exactly, and refuse locked meetings."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from councildesk.domain.enums import MatterKind
from councildesk.domain.errors import LockedError, UserError
from councildesk.services.container import Services
from tests.helpers import CHANGE_LOG_TABLES, table_dump


def records(services: Services) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every record table; the audit log (undo is itself a logged change), the
    full-text index's internal pages (rebuilt by triggers, not records) and row versions (an undo
    is a new version of the row, so that a copy another clerk read before it is outdated) are left out."""
    dump = table_dump(services.db, frozenset({"row_version"}))
    return {k: v for k, v in dump.items() if k not in CHANGE_LOG_TABLES and "_fts" not in k}


def seed_item(services: Services, meeting_id: int) -> int:
    record = services.records.load(meeting_id)
    return next(i.item.id for i in record.items if i.matter is not None)


def test_motion_restore_brings_back_votes_ballots_and_dispositions(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    before = records(services)
    saved = services.motions.snapshot(item_id)
    motion = services.motions.list_motions(item_id)[0]
    services.motions.delete_motion(motion.id)
    assert services.motions.list_motions(item_id) == []
    restored = services.motions.restore(item_id, saved)
    assert restored[0].votes[0].unanimous
    assert records(services) == before


def test_speaker_restore_keeps_ids_and_order(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    before = records(services)
    saved = services.speakers.snapshot(item_id)
    first = services.speakers.list_speakers(item_id)[0]
    services.speakers.delete_speaker(first.id)
    services.speakers.add_speaker(item_id, "Someone Else")
    services.speakers.restore(item_id, saved)
    assert records(services) == before


def test_sponsor_and_document_restore(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    matter_id = services.agenda.get_item(item_id).matter_id
    assert matter_id is not None
    before = records(services)
    sponsors = services.matters.sponsor_snapshot(matter_id)
    docs = services.documents.snapshot(item_id)
    services.documents.attach(b"%PDF-1.4 exhibit", "exhibit.pdf", agenda_item_id=item_id)
    services.matters.set_sponsors(matter_id, None, [])
    services.matters.restore_sponsors(matter_id, sponsors)
    services.documents.restore(item_id, docs)
    assert records(services) == before


def test_restore_refused_when_minutes_are_approved(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    saved = services.speakers.snapshot(item_id)
    with services.db.transaction() as s:
        s.execute(text("UPDATE meeting SET minutes_status = 'approved' WHERE id = :id"), {"id": meeting_id})
    before = table_dump(services.db)
    with pytest.raises(LockedError):
        services.speakers.restore(item_id, saved)
    assert table_dump(services.db) == before


def test_new_matter_for_item_and_its_undo(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = next(i.item.id for i in services.records.load(meeting_id).items if i.matter is None)
    before = records(services)
    matter = services.matters.create_matter_for_item(
        item_id, "R-11-099", "A new resolution", kind=MatterKind.ORDER
    )
    assert services.agenda.get_item(item_id).matter_id == matter.id
    with pytest.raises(UserError, match="R-11-099 already exists"):
        services.matters.create_matter_for_item(item_id, "R-11-099", "Again")
    services.matters.discard_matter_for_item(item_id, matter.id, None)
    assert records(services) == before


def test_non_member_sponsor_added_on_the_spot_undoes_and_redoes_exactly(services: Services) -> None:
    matter = services.matters.create_matter("R-1", "A resolution")
    member = services.people.create_person("Pamela Schwartz")
    services.matters.add_sponsor(matter.id, member.id, primary=True)
    before = records(services)
    saved = services.matters.sponsor_snapshot(matter.id)
    dto, person_id = services.matters.add_new_sponsor(matter.id, "Russell P. Sienkiewicz", "Police Chief")
    assert [(s.name, s.title, s.is_member, s.is_primary) for s in dto.sponsors] == [
        ("Pamela Schwartz", "", False, True),
        ("Russell P. Sienkiewicz", "Police Chief", False, False),
    ]
    after = records(services)
    saved_after = services.matters.sponsor_snapshot(matter.id, (person_id,))
    services.matters.restore_sponsors(matter.id, saved, (person_id,))
    assert records(services) == before
    services.matters.restore_sponsors(matter.id, saved_after, (person_id,))
    assert records(services) == after
    with pytest.raises(UserError, match="title of Jane Doe"):
        services.matters.add_new_sponsor(matter.id, "Jane Doe", " ")
    assert records(services) == after


def test_new_matter_is_recreated_under_its_old_id(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = next(i.item.id for i in services.records.load(meeting_id).items if i.matter is None)
    first = services.matters.create_matter_for_item(item_id, "O-1", "An order")
    services.matters.create_matter("O-2", "Another order")  # takes the next id meanwhile
    services.matters.discard_matter_for_item(item_id, first.id, None)
    again = services.matters.create_matter_for_item(item_id, "O-1", "An order", matter_id=first.id)
    assert again.id == first.id
    with pytest.raises(UserError, match=f"already a matter {first.id}"):
        services.matters.create_matter_for_item(item_id, "O-3", "A third", matter_id=first.id)
