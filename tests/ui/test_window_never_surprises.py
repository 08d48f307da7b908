"""The window never surprises: Adjourn asks first, and the window fits a 1366×768 screen."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication

from councildesk.domain.enums import AttendanceStatus, BallotOption, MeetingStatus
from councildesk.services.container import Services
from councildesk.ui import app_settings
from councildesk.ui.window_fit import FRAME, fits
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


LONG_MOTION = (
    "To adopt the order authorizing the Mayor to accept and expend a grant of four hundred thousand "
    "dollars from the Commonwealth for the reconstruction of the Main Street bridge, subject to the "
    "conditions in the memorandum of the Department of Public Works and of the City Solicitor"
)


def test_the_window_keeps_its_size_after_a_long_roll_call_and_adjournment(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    board = services.bodies.create_body("Board of Directors", 15)
    for n in range(15):
        person = services.people.create_person(f"Director {n + 1} of District {chr(65 + n)}")
        services.bodies.add_membership(person.id, board.id, date(2017, 1, 1))
    meeting = services.meetings.create_meeting(board.id, datetime(2017, 2, 28, 17, 30))
    for row in services.meetings.attendance(meeting.id):
        services.meetings.set_attendance(meeting.id, row.person_id, AttendanceStatus.PRESENT)
    services.meetings.call_to_order(meeting.id)
    item = services.agenda.add_item(meeting.id, "FasTracks internal savings account")
    motion = services.motions.make_motion(item.id, LONG_MOTION)
    voters = [a.person_id for a in services.meetings.attendance(meeting.id)]
    services.votes.record_roll_call(
        motion.id, {p: BallotOption.NO if i < 2 else BallotOption.YES for i, p in enumerate(voters)}
    )
    window = make_window(services, resize=False)
    window.resize(1366, 768)
    window.show_meeting(meeting.id)
    window.meeting_view.agenda.select_item(item.id)
    panel = window.meeting_view.item_panel
    panel.tabs.setCurrentIndex(panel.tabs.count() - 1)  # Motions and votes, with the roll call listed
    motions = panel.tabs.currentWidget()
    motions.tree.setCurrentIndex(motions.tree.model().index(0, 0))
    qtbot.mouseClick(window.meeting_view.adjourn_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.meeting_view.adjourn_question, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert services.meetings.get_meeting(meeting.id).status is MeetingStatus.ADJOURNED
    assert window.width() <= 1366 and window.height() <= 768
    assert window.minimumHeight() <= 560, "the contents may not raise the window's minimum size"


def test_a_saved_geometry_larger_than_the_screen_is_not_restored(
    qtbot: Any, make_window: Any, services: Services, settings: QSettings
) -> None:
    first = make_window(services, resize=False)
    room = first.screen().availableGeometry()
    first.setGeometry(QRect(room.topLeft(), room.size() + QSize(600, 400)))  # a large monitor, say
    first.close()
    assert not app_settings.WINDOW_GEOMETRY.read(settings).isEmpty()
    again = make_window(services, resize=False)
    assert again.width() <= room.width() - FRAME.width() and again.height() <= room.height() - FRAME.height()


def test_fits_leaves_room_for_the_frame() -> None:
    room = QRect(0, 0, 1366, 768)
    assert fits(QRect(8, 30, 1350, 728), room)
    assert not fits(QRect(0, 0, 1366, 768), room)  # the title bar would be off the screen
    assert not fits(QRect(-50, 30, 1000, 700), room)
