"""A 15-member board in a handful of actions: the body and its seats in one form, the roster pasted."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from councildesk.domain.enums import MembershipRole
from councildesk.services.container import Services
from councildesk.ui.bodies_dialog import BodiesDialog, BodyFormDialog
from councildesk.ui.meeting_dialog import NewMeetingDialog
from councildesk.ui.roster_dialogs import RosterDialog, SeatsDialog
from tests.ui.conftest import when_modal

K = Qt.Key
# The RTD board of 28 February 2017, one director a district; the start and end on the chair's row
# become everyone's term (the body's current term) on the rows that leave them blank.
DIRECTORS = [
    ("Judy Lubow", "I", "Chair", "1/9/2017", "1/8/2021"),
    ("Bill Van Meter", "K", "First Vice Chair"),
    ("Barbara Deadwyler", "B", "Secretary"),
    ("Jeff Walker", "N", ""),
    ("Bob Broom", "F", ""),
    ("Larry Hoy", "J", ""),
    ("Paul Daniel Solano", "G", ""),
    ("Claudia Folska", "C", ""),
    ("Lorraine Anderson", "L", ""),
    ("Charles L. Sisk", "M", ""),
    ("Natalie Menten", "O", ""),
    ("Ken Mihalik", "E", ""),
    ("Angie Rivera-Malpiede", "A", ""),
    ("Doug Tisdale", "H", ""),
    ("Shontel Lewis", "D", ""),
]


class Actions:
    """Counts what the clerk does: each key press, typed field, click or paste is one action."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot, self.count = qtbot, 0

    def type(self, widget: QWidget, text: str) -> None:
        self.count += 1
        self.qtbot.keyClicks(widget, text)

    def key(
        self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.count += 1
        self.qtbot.keyClick(widget, key, modifier)


def test_a_fifteen_member_roster_in_nine_actions(qtbot: Any, make_window: Any, services: Services) -> None:
    window = make_window(services)
    dialog = BodiesDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    act = Actions(qtbot)
    act.count += 1  # Edit ▸ Bodies, seats and terms (Ctrl+Shift+B) opened the dialog

    def body_form(form: QWidget) -> None:
        assert isinstance(form, BodyFormDialog)
        act.type(form.name_edit, "RTD Board of Directors")
        form.seat_names_edit.setFocus()
        act.count += 1  # Alt+N to the seat names
        act.type(form.seat_names_edit, "District A-O")
        assert form.seat_names_preview.text().startswith("15 seats: District A, District B, District C, …")
        assert form.seats_spin.value() == 15  # the seat count follows the pattern
        act.key(form.seat_names_edit, K.Key_Return)

    when_modal(body_form)
    act.key(dialog.new_body_button, K.Key_Space)
    board = services.bodies.list_bodies()[0]
    assert [p.label for p in services.bodies.list_posts(board.id)][-1] == "District O"

    QGuiApplication.clipboard().setText("\n".join("\t".join(row) for row in DIRECTORS) + "\n")

    def roster(grid: QWidget) -> None:
        assert isinstance(grid, RosterDialog)
        grid.grid.setFocus()
        grid.grid.setCurrentCell(0, 0)
        act.key(grid.grid, K.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert grid.preview.text() == "Add 15 terms and create 15 people."
        act.count += 1  # Add terms
        grid.buttons.button(grid.buttons.StandardButton.Ok).click()

    when_modal(roster)
    act.key(dialog.roster_button, K.Key_Space)
    members = services.bodies.members_on(board.id, date(2017, 2, 28))
    assert len(members) == 15
    by_name = {m.person_name: m for m in members}
    assert by_name["Judy Lubow"].role is MembershipRole.CHAIR
    assert by_name["Claudia Folska"].post_label == "District C"
    assert {(m.start_date, m.end_date) for m in members} == {(date(2017, 1, 9), date(2021, 1, 8))}
    print(f"\nroster of 15 directors: {act.count} actions")
    assert act.count == 9
    # One undo takes the whole roster back, one more the body and its seats.
    window.undo_stack.undo()
    assert services.bodies.members_on(board.id, date(2017, 2, 28)) == []
    window.undo_stack.undo()
    assert services.bodies.list_bodies() == []


def test_a_refused_paste_keeps_the_grid_and_names_the_line(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    window = make_window(services)
    body = services.bodies.create_body("RTD Board of Directors", 15)
    services.roster.create_seats(body.id, "District A–O")
    grid = RosterDialog(window.context, body, 15, window)
    qtbot.addWidget(grid)
    grid.paste_text("Judy Lubow\tI\tChair\nBob Broom\tI\n")
    assert "Line 2: the seat District I is already taken on line 1." in grid.preview.text()
    errors: list[str] = []
    window.context.report_error = errors.append  # type: ignore[method-assign]
    grid.save()
    assert grid.result() == 0 and grid.grid.item(1, 0).text() == "Bob Broom"  # nothing lost
    assert errors and "Nothing was added" in errors[0]
    assert grid.grid.item(1, 0).toolTip() == "the seat District I is already taken on line 1."


def test_seats_dialog_previews_the_pattern(qtbot: Any, make_window: Any, services: Services) -> None:
    window = make_window(services)
    body = services.bodies.create_body("City Council", 11)
    dialog = SeatsDialog(window.context, body, window)
    qtbot.addWidget(dialog)
    assert dialog.pattern_edit.text() == "Seat 1–11"  # the body's seat count, ready to type over
    dialog.pattern_edit.setText("Ward 1–9, At-Large A–B")
    assert dialog.preview.text() == "11 seats: Ward 1, Ward 2, Ward 3, …, At-Large A, At-Large B"
    dialog.pattern_edit.setText("Ward 9–1")
    assert "backwards" in dialog.preview.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_new_meeting_offers_a_clerk_who_is_not_a_member(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    window = make_window(services)
    body = services.bodies.create_body("RTD Board of Directors", 15)
    services.roster.create_seats(body.id, "District A–O")
    from councildesk.domain.roster_rows import split_paste

    services.roster.save(body.id, split_paste("Judy Lubow\tI\tChair\t2017-01-09\t2021-01-08\nBob Broom\tF"))
    clerk = services.people.create_person("Barbara McManus", title="Board Office")
    dialog = NewMeetingDialog(services, window, body_id=body.id, today=date(2017, 2, 21))
    qtbot.addWidget(dialog)
    dialog.when_edit.setDateTime(QDateTime(QDate(2017, 2, 28), QTime(17, 30)))
    dialog._body_changed()
    assert dialog.presiding_combo.currentText() == "Judy Lubow (Chair)"  # the chair presides by default
    dialog.clerk_combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.clerk_combo.lineEdit(), "Barbara McManus")
    values = dialog.values()
    assert values["recording_person_id"] == clerk.id
    meeting = services.meetings.create_meeting(**values)
    assert meeting.recording_person_id == clerk.id
    assert services.bodies.members_on(body.id, date(2017, 2, 28))[0].person_name != "Barbara McManus"
    assert QApplication.instance() is not None
