"""The agenda service: adding, nesting, moving, indenting and renumbering items, and its refusals."""

from __future__ import annotations

from datetime import datetime

import pytest

from councildesk.db.engine import Database
from councildesk.domain.errors import NotFoundError
from councildesk.services.container import Services
from tests.helpers import refused


@pytest.fixture
def meeting_id(services: Services) -> int:
    body = services.bodies.create_body("Board of Health", 3, classification="board")  # type: ignore[arg-type]
    return services.meetings.create_meeting(body.id, datetime(2024, 5, 1, 18, 30)).id


def outline(services: Services, meeting_id: int) -> list[str]:
    return [f"{i.number} {i.title}" for i in services.agenda.list_items(meeting_id)]


def test_items_are_numbered_as_they_are_added_and_nested(services: Services, meeting_id: int) -> None:
    agenda = services.agenda
    a = agenda.add_item(meeting_id, "Call to order")
    b = agenda.add_item(meeting_id, "Old business")
    b1 = agenda.add_item(meeting_id, "Well permits", parent_id=b.id)
    agenda.add_item(meeting_id, "Septic rules", parent_id=b.id)
    agenda.add_item(meeting_id, "Inserted first", position=0)
    agenda.add_item(meeting_id, "Cistern", parent_id=b1.id)
    assert outline(services, meeting_id) == [
        "1 Inserted first",
        "2 Call to order",
        "3 Old business",
        "3.1 Well permits",
        "3.1.1 Cistern",
        "3.2 Septic rules",
    ]
    assert agenda.get_item(b1.id).depth == 1
    assert agenda.get_item(a.id).number == "2"


def test_move_indent_outdent_and_shift_renumber(services: Services, meeting_id: int) -> None:
    agenda = services.agenda
    ids = [agenda.add_item(meeting_id, title).id for title in ("A", "B", "C", "D")]
    a, b, c, d = ids
    agenda.indent(b)  # B under A
    agenda.indent(c)  # C under A, after B
    assert outline(services, meeting_id) == ["1 A", "1.1 B", "1.2 C", "2 D"]
    agenda.outdent(b)  # B out of A, right after it
    assert outline(services, meeting_id) == ["1 A", "1.1 C", "2 B", "3 D"]
    agenda.shift(d, -1)
    assert outline(services, meeting_id) == ["1 A", "1.1 C", "2 D", "3 B"]
    agenda.move_item(a, None, 99)  # to the end, with its sub-item
    assert outline(services, meeting_id) == ["1 D", "2 B", "3 A", "3.1 C"]
    agenda.move_item(d, c, 0)
    assert outline(services, meeting_id) == ["1 B", "2 A", "2.1 C", "2.1.1 D"]
    agenda.delete_item(a)  # sub-items go with it
    assert outline(services, meeting_id) == ["1 B"]


def test_agenda_refusals(db: Database, services: Services, meeting_id: int) -> None:
    agenda = services.agenda
    top = agenda.add_item(meeting_id, "Top")
    child = agenda.add_item(meeting_id, "Child", parent_id=top.id)
    grandchild = agenda.add_item(meeting_id, "Grandchild", parent_id=child.id)
    nested = "An item cannot be nested under itself or one of its own sub-items."
    refused(db, lambda: agenda.move_item(top.id, grandchild.id, 0), nested)
    refused(db, lambda: agenda.move_item(top.id, child.id, None), nested)
    refused(db, lambda: agenda.move_item(top.id, top.id, None), nested)
    refused(db, lambda: agenda.indent(top.id), "The first item at its level cannot be indented.")
    refused(db, lambda: agenda.outdent(top.id), "A top-level item cannot be outdented.")
    refused(db, lambda: agenda.add_item(meeting_id, "  "), "The item's title cannot be empty.")
    refused(db, lambda: agenda.update_item(top.id, title=""), "The item's title cannot be empty.")
    refused(
        db,
        lambda: agenda.add_item(meeting_id, "X", parent_id=999),
        "There is no agenda item 999.",
        NotFoundError,
    )
    refused(
        db, lambda: agenda.add_item(meeting_id, "X", matter_id=999), "There is no matter 999.", NotFoundError
    )
    refused(db, lambda: agenda.add_item(999, "X"), "There is no meeting 999.", NotFoundError)
    for call in (
        lambda: agenda.move_item(999, None, 0),
        lambda: agenda.indent(999),
        lambda: agenda.outdent(999),
        lambda: agenda.shift(999, 1),
        lambda: agenda.delete_item(999),
        lambda: agenda.get_item(999),
    ):
        refused(db, call, "There is no agenda item 999.", NotFoundError)
    other = services.meetings.create_meeting(
        services.meetings.get_meeting(meeting_id).body_id, datetime(2024, 6, 1, 18, 30)
    )
    refused(
        db,
        lambda: agenda.add_item(other.id, "X", parent_id=top.id),
        "An item can only be nested under an item of the same meeting.",
    )
    theirs = agenda.add_item(other.id, "Theirs")
    refused(
        db,
        lambda: agenda.move_item(child.id, theirs.id, 0),
        "An item can only be nested under an item of the same meeting.",
    )


def test_moves_are_audited(services: Services, meeting_id: int) -> None:
    agenda = services.agenda
    a = agenda.add_item(meeting_id, "A")
    b = agenda.add_item(meeting_id, "B")
    agenda.indent(b.id)
    [entry] = services.audit.entries(entity="agenda_item", entity_id=b.id, limit=1)
    assert entry.action == "move"
    assert '"parent_id": null' in (entry.before or "")
    assert f'"parent_id": {a.id}' in (entry.after or "")
