"""The seed case, recorded from an empty database mostly by keyboard: Northampton, 18 August 2011."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget

from councildesk.domain.enums import (
    AttendanceStatus,
    BallotOption,
    MatterKind,
    MembershipRole,
    MotionDisposition,
    VoteMethod,
)
from councildesk.services.container import Services
from councildesk.ui.agenda_item_dialog import AgendaItemDialog
from councildesk.ui.bodies_dialog import BodiesDialog, BodyFormDialog, TermDialog
from councildesk.ui.meeting_dialog import NewMeetingDialog
from tests.ui.conftest import refocus, type_into_dialog, when_modal

pytestmark = [pytest.mark.gui, pytest.mark.slow]
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

SEATS = ["Ward 1", "Ward 2", "Ward 3", "Ward 4", "Ward 5", "Ward 6", "Ward 7", "At-Large A", "At-Large B"]
MEMBERS = {"Ward 2": ("David J. Narkewicz", "President"), "Ward 4": ("Pamela Schwartz", "Member")}
SPEAKERS = [
    ("William C. Newman", "Northampton attorney; director, ACLU of Massachusetts western office", ""),
    ("Amy Bookbinder", "", "Leeds"),
    ("Emma Roderick", "Campaign coordinator, Bill of Rights Defense Committee", ""),
]
TITLE = "Resolution condemning the federal Secure Communities program"


def set_up_council(qtbot: Any, window: Any) -> None:
    """Edit ▸ Bodies: the council, its nine seats and a term for each member."""

    def in_bodies(dialog: QWidget) -> None:
        assert isinstance(dialog, BodiesDialog)

        def body_form(form: QWidget) -> None:
            assert isinstance(form, BodyFormDialog)
            qtbot.keyClicks(form.name_edit, "Northampton City Council")
            qtbot.keyClick(form.name_edit, K.Key_Tab)
            qtbot.keyClicks(form.municipality_edit, "City of Northampton, Massachusetts")
            form.seats_spin.setFocus()
            form.seats_spin.selectAll()
            qtbot.keyClicks(form.seats_spin, "9")
            qtbot.keyClick(form.seats_spin, K.Key_Return)

        when_modal(body_form)
        qtbot.keyClick(dialog.new_body_button, K.Key_Space)
        for seat in SEATS:
            type_into_dialog(qtbot, seat)
            qtbot.keyClick(dialog.add_post_button, K.Key_Space)
        for seat in SEATS:
            name, role = MEMBERS.get(seat, (f"{seat} Councilor", "Member"))

            def term(form: QWidget, name: str = name, role: str = role, seat: str = seat) -> None:
                assert isinstance(form, TermDialog)
                qtbot.keyClicks(form.person_combo.lineEdit(), name)
                form.seat_combo.setCurrentIndex(form.seat_combo.findText(seat))
                form.role_combo.setFocus()
                qtbot.keyClicks(form.role_combo, role)
                form.start_edit.setDate(QDate(2010, 1, 4))  # date spin boxes: set, not typed
                form.accept()

            when_modal(term)
            qtbot.keyClick(dialog.add_term_button, K.Key_Space)
        dialog.accept()

    when_modal(in_bodies, timeout_ms=20000)
    qtbot.keyClick(window.navigator, K.Key_B, CTRL | SHIFT)


def new_meeting(qtbot: Any, window: Any) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        assert dialog.body_combo.currentText() == "Northampton City Council"
        dialog.when_edit.setDateTime(QDateTime(QDate(2011, 8, 18), QTime(19, 0)))
        dialog.place_edit.setFocus()
        qtbot.keyClicks(dialog.place_edit, "City Council Chambers, 212 Main Street, Northampton")
        qtbot.keyClick(dialog.place_edit, K.Key_Return)

    refocus(qtbot, window.navigator)
    when_modal(fill)
    qtbot.keyClick(window.navigator, K.Key_N, CTRL | SHIFT)


def add_item(qtbot: Any, tree: QWidget, title: str, kind: str, *, sub: bool = False) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        qtbot.keyClicks(dialog.title_edit, title)
        qtbot.keyClick(dialog.title_edit, K.Key_Tab)
        qtbot.keyClicks(dialog.kind_combo, kind)
        qtbot.keyClick(dialog.kind_combo, K.Key_Return)

    refocus(qtbot, tree)
    when_modal(fill)
    qtbot.keyClick(tree, K.Key_Insert, SHIFT if sub else Qt.KeyboardModifier.NoModifier)
    refocus(qtbot, tree)


def test_record_the_2011_northampton_meeting_from_an_empty_database(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    window = make_window(services)
    errors: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: errors.append(text) if text else None)

    set_up_council(qtbot, window)
    council = services.bodies.list_bodies()[0]
    assert council.seat_count == 9
    new_meeting(qtbot, window)
    meeting_id = window.current_meeting_id()
    assert meeting_id is not None

    # Attendance: everyone is here tonight.
    refocus(qtbot, window.navigator)
    qtbot.keyClick(window.navigator, K.Key_2, CTRL)
    table = window.meeting_view.attendance.table
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, K.Key_A, CTRL | SHIFT)
    assert window.meeting_view.attendance.quorum_label.text().startswith("✔ Quorum present: 9 of 9")

    # The agenda: public comment, then the resolutions section with the resolution in it.
    qtbot.keyClick(table, K.Key_3, CTRL)
    tree = window.meeting_view.agenda.tree
    assert QApplication.focusWidget() is tree
    add_item(qtbot, tree, "Public comment", "Public")
    add_item(qtbot, tree, "Resolutions", "Section")
    add_item(qtbot, tree, TITLE, "Resolution", sub=True)
    item = window.meeting_view.agenda.current_item()
    assert item is not None and item.number == "2.1"

    # The item panel, reached from the keyboard: the matter and its three co-sponsors.
    panel = window.meeting_view.item_panel
    assert panel.item_id() == item.id
    qtbot.keyClick(tree, K.Key_4, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), K.Key_2, ALT)
    sponsors = panel.sponsors
    sponsors.new_identifier.setFocus()
    qtbot.keyClicks(sponsors.new_identifier, "R-11-034")
    qtbot.keyClick(sponsors.new_identifier, K.Key_Tab)
    qtbot.keyClicks(sponsors.new_title, TITLE)
    sponsors.new_kind.setCurrentIndex(sponsors.new_kind.findData(MatterKind.RESOLUTION))
    qtbot.keyClick(sponsors.new_title, K.Key_Return)
    sponsors.primary_check.setFocus()
    qtbot.keyClick(sponsors.primary_check, K.Key_Space)
    sponsors.sponsor_name.setFocus()
    qtbot.keyClicks(sponsors.sponsor_name, "David J. Narkewicz")
    qtbot.keyClick(sponsors.sponsor_name, K.Key_Return)
    qtbot.keyClicks(sponsors.sponsor_name, "Pamela Schwartz")
    qtbot.keyClick(sponsors.sponsor_name, K.Key_Return)
    qtbot.keyClicks(sponsors.sponsor_name, "Russell P. Sienkiewicz")
    qtbot.keyClick(sponsors.sponsor_name, K.Key_Tab)
    qtbot.keyClicks(sponsors.sponsor_title, "Police Chief")
    qtbot.keyClick(sponsors.sponsor_title, K.Key_Return)

    # Three public speakers, one line each.
    qtbot.keyClick(sponsors.sponsor_name, K.Key_4, ALT)
    speakers = panel.speakers
    for name, affiliation, residence in SPEAKERS:
        speakers.name_edit.setFocus()
        qtbot.keyClicks(speakers.name_edit, name)
        qtbot.keyClick(speakers.name_edit, K.Key_Tab)
        qtbot.keyClicks(speakers.affiliation_edit, affiliation)
        qtbot.keyClick(speakers.affiliation_edit, K.Key_Tab)
        qtbot.keyClicks(speakers.residence_edit, residence)
        speakers.summary_edit.setFocus()
        qtbot.keyClicks(speakers.summary_edit, "Spoke in favour of the resolution.")
        qtbot.keyClick(speakers.summary_edit, K.Key_Return)

    # The motion (Schwartz moves, Narkewicz seconds) and the unanimous vote, Ctrl+U.
    qtbot.keyClick(speakers.name_edit, K.Key_5, ALT)
    motions = panel.motions
    for combo, person in (
        (motions.mover_combo, "Pamela Schwartz"),
        (motions.seconder_combo, "David J. Narkewicz"),
    ):
        combo.setFocus()
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), person)
    motions.text_edit.setFocus()
    qtbot.keyClicks(motions.text_edit, "To adopt the resolution.")
    qtbot.keyClick(motions.text_edit, K.Key_Return)
    qtbot.keyClick(motions.tree, K.Key_U, CTRL)

    # What is stored is what the minutes will say.
    record = services.records.load(meeting_id)
    assert record.meeting.scheduled_start == datetime(2011, 8, 18, 19, 0)
    assert record.meeting.location == "City Council Chambers, 212 Main Street, Northampton"
    assert [a.status for a in record.attendance] == [AttendanceStatus.PRESENT] * 9
    assert record.quorum.has_quorum and record.quorum.present == 9
    president = next(a for a in record.attendance if a.person_name == "David J. Narkewicz")
    assert president.role is MembershipRole.PRESIDENT and president.post_label == "Ward 2"
    assert [(i.item.number, i.item.title) for i in record.items] == [
        ("1", "Public comment"),
        ("2", "Resolutions"),
        ("2.1", TITLE),
    ]
    resolution = record.items[2]
    assert resolution.matter is not None and resolution.matter.identifier == "R-11-034"
    assert [(s.name, s.title, s.is_primary, s.is_member) for s in resolution.matter.sponsors] == [
        ("David J. Narkewicz", "", True, True),
        ("Pamela Schwartz", "", False, True),
        ("Russell P. Sienkiewicz", "Police Chief", False, False),
    ]
    assert [(s.name, s.affiliation, s.residence) for s in resolution.speakers] == SPEAKERS
    assert [s.described for s in resolution.speakers][1] == "Amy Bookbinder of Leeds"
    (motion,) = resolution.motions
    assert (motion.mover_name, motion.seconder_name) == ("Pamela Schwartz", "David J. Narkewicz")
    assert motion.disposition is MotionDisposition.ADOPTED
    (vote,) = motion.votes
    assert vote.unanimous and vote.method is VoteMethod.UNANIMOUS_CONSENT
    assert [b.option for b in vote.ballots] == [BallotOption.YES] * 9
    assert (vote.tally.yes, vote.tally.no) == (9, 0)
    assert not [e for e in errors if "cannot" in e or "refused" in e]
