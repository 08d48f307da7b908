"""The window never surprises: Adjourn asks first, and the window fits a 1366×768 screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from councildesk.domain.enums import MeetingStatus
from councildesk.services.container import Services
from tests.builders import small_council


def test_a_click_on_adjourn_asks_and_cancel_leaves_the_meeting_going(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    council = small_council(services)
    services.meetings.call_to_order(council.meeting_id)
    window = make_window(services)
    window.show_meeting(council.meeting_id)
    view = window.meeting_view
    steps = window.undo_stack.count()

    qtbot.mouseClick(view.adjourn_button, Qt.MouseButton.LeftButton)
    question = view.adjourn_question
    assert question is not None and question.isVisible()
    assert question.text() == "Adjourn the Testville Council meeting now?"
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert services.meetings.get_meeting(council.meeting_id).status is MeetingStatus.IN_PROGRESS
    assert window.undo_stack.count() == steps

    qtbot.mouseClick(view.adjourn_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.adjourn_question, Qt.Key.Key_Return)
    assert services.meetings.get_meeting(council.meeting_id).status is MeetingStatus.ADJOURNED
    window.undo_stack.undo()  # and it stays one undoable step
    assert services.meetings.get_meeting(council.meeting_id).status is MeetingStatus.IN_PROGRESS
