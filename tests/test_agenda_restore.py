"""Undo of deleting an agenda item: the snapshot puts back every row under it, with the same ids."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from councildesk.db.engine import Database
from councildesk.domain.enums import AgendaItemKind
from councildesk.domain.errors import LockedError, UserError
from councildesk.services.container import Services
from tests.helpers import CHANGE_LOG_TABLES, table_dump


def records(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the audit log and the full-text index's own pages."""
    dump = table_dump(db)
    return {
        name: rows
        for name, rows in dump.items()
        if name not in (*CHANGE_LOG_TABLES, "sqlite_sequence")
        and not name.endswith(("_data", "_idx", "_docsize", "_config"))
    }


def test_restore_puts_back_a_subtree_whose_parent_was_created_after_its_child(
    demo: tuple[Services, int],
) -> None:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    meeting = services.meetings.create_meeting(council, datetime(2011, 9, 15, 19, 0)).id
    services.agenda.add_item(meeting, "Call to order")
    child = services.agenda.add_item(meeting, "Street lights order", kind=AgendaItemKind.ORDER)
    section = services.agenda.add_item(meeting, "New business", kind=AgendaItemKind.SECTION, position=1)
    services.agenda.indent(child.id)  # now under a parent with a larger id
    services.speakers.add_speaker(child.id, "Amy Bookbinder", residence="Leeds")
    services.agenda.add_item(meeting, "Adjournment")
    before = records(services.db)
    saved = services.agenda.snapshot(section.id)
    services.agenda.delete_item(section.id)
    assert [i.number for i in services.agenda.list_items(meeting)] == ["1", "2"]
    restored = services.agenda.restore(saved)
    assert restored.id == section.id and restored.number == "2"
    assert records(services.db) == before


def test_restore_of_the_seed_resolution_brings_back_motion_vote_and_ballots(
    demo: tuple[Services, int],
) -> None:
    services, seed = demo
    item = next(i for i in services.agenda.list_items(seed) if i.number == "4.1")
    before = records(services.db)
    saved = services.agenda.snapshot(item.id)
    services.agenda.delete_item(item.id)
    assert not any(row[1] == item.id for row in records(services.db)["motion"])
    services.agenda.restore(saved)
    assert records(services.db) == before
    with pytest.raises(UserError, match="already there"):
        services.agenda.restore(saved)


def test_restore_into_an_approved_meeting_is_refused(demo: tuple[Services, int], db_path: Any) -> None:
    import sqlite3

    services, seed = demo
    item = services.agenda.add_item(seed, "Late item")
    saved = services.agenda.snapshot(item.id)
    services.agenda.delete_item(item.id)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE meeting SET minutes_status='approved' WHERE id=?", (seed,))
    before = records(services.db)
    with pytest.raises(LockedError):
        services.agenda.restore(saved)
    assert records(services.db) == before
