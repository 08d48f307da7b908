"""The typed operation runner: one undoable service call, announced on do, undo and redo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from councildesk.services.container import Services
from councildesk.services.dto import MeetingDTO
from councildesk.ui.ui_context import RecordChange, RecordKind, UiContext

pytestmark = pytest.mark.gui


def _context(services: Services) -> tuple[UiContext, list[str], list[RecordChange]]:
    errors: list[str] = []
    seen: list[RecordChange] = []
    context = UiContext(services, QUndoStack(), errors.append)
    context.records.changed.connect(seen.append)
    return context, errors, seen


def test_a_change_is_announced_after_do_undo_and_redo(qtbot: Any, demo: tuple[Services, int]) -> None:
    services, seed = demo
    context, errors, seen = _context(services)
    meetings = services.meetings
    before = meetings.get_meeting(seed).location
    shown: list[str] = []  # what a view reads back when told

    def show() -> None:
        shown.append(meetings.get_meeting(seed).location)

    context.records.changed.connect(lambda _change: show())
    result: MeetingDTO | None = context.push(
        "Move the meeting",
        lambda: meetings.update_meeting(seed, location="Library annex"),
        lambda _m: meetings.update_meeting(seed, location=before),
        meeting_id=seed,
        kinds=(RecordKind.MEETING,),
    )
    assert result is not None and result.location == "Library annex"  # the service's own result
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert shown == ["Library annex", before, "Library annex"]
    assert seen == [RecordChange(seed, frozenset({RecordKind.MEETING}))] * 3
    assert seen[0].touches(RecordKind.MEETING, RecordKind.PEOPLE)
    assert not seen[0].touches(RecordKind.VOTES)
    assert errors == []


def test_a_refused_change_reports_one_sentence_and_announces_nothing(
    qtbot: Any, demo: tuple[Services, int]
) -> None:
    services, _seed = demo
    context, errors, seen = _context(services)
    missing = 10_000
    result = context.push(
        "Move a meeting that is not there",
        lambda: services.meetings.update_meeting(missing, location="Nowhere"),
        lambda _m: None,
        meeting_id=missing,
        kinds=(RecordKind.MEETING,),
    )
    assert result is None
    assert len(errors) == 1 and errors[0].endswith(".")
    assert seen == [] and context.undo_stack.count() == 0  # nothing half-applied stays on the stack


def test_a_change_whose_service_returns_none_is_still_undone(qtbot: Any, demo: tuple[Services, int]) -> None:
    services, seed = demo
    context, _errors, seen = _context(services)
    meetings = services.meetings
    before = meetings.get_meeting(seed).location
    undone: list[None] = []

    def do() -> None:
        meetings.update_meeting(seed, location="Fire station")

    def undo(result: None) -> None:
        undone.append(result)
        meetings.update_meeting(seed, location=before)

    context.push("Move the meeting", do, undo, meeting_id=seed, kinds=(RecordKind.MEETING,))
    context.undo_stack.undo()
    assert undone == [None] and meetings.get_meeting(seed).location == before
    assert len(seen) == 2
