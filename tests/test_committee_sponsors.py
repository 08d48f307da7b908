"""Sponsors at a committee meeting are judged against the council, not the committee."""

from __future__ import annotations

from datetime import date, datetime

from councildesk.domain.enums import AgendaItemKind, BodyClassification
from councildesk.services.container import Services


def test_council_member_sponsoring_at_a_committee_is_a_member(services: Services) -> None:
    council = services.bodies.create_body("Town Council", 3)
    committee = services.bodies.create_body(
        "Finance Committee", 2, classification=BodyClassification.COMMITTEE, parent_id=council.id
    )
    on_both = services.people.create_person("Ada Lane")
    council_only = services.people.create_person("Ben Ortiz")
    staff = services.people.create_person("Cy Young", title="Town Manager")
    start = date(2024, 1, 1)
    for person in (on_both, council_only):
        services.bodies.add_membership(person.id, council.id, start)
    services.bodies.add_membership(on_both.id, committee.id, start)

    meeting = services.meetings.create_meeting(committee.id, datetime(2024, 3, 5, 18, 0))
    matter = services.matters.create_matter("O-24-1", "Budget order")
    services.matters.set_sponsors(matter.id, council_only.id, [on_both.id, staff.id])
    services.agenda.add_item(meeting.id, "Budget order", kind=AgendaItemKind.ORDER, matter_id=matter.id)

    record = services.records.load(meeting.id)
    sponsors = {s.name: s.is_member for s in record.items[0].matter.sponsors}  # type: ignore[union-attr]
    assert sponsors == {"Ben Ortiz": True, "Ada Lane": True, "Cy Young": False}
