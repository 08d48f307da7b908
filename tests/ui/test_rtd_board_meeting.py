"""The RTD board meeting of 28 February 2017, typed in afterwards mostly by keyboard with the true times:
15 directors by district (Folska absent), a consent vote, a split vote 11–2 with one abstention and one
absent, six public speakers with residence, called to order 5:30 p.m., adjourned 6:43 p.m."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from councildesk.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    MatterKind,
    MatterStatus,
    MembershipRole,
)
from councildesk.reports.minutes import minutes_pdf
from councildesk.services.container import Services
from tests.minutes_helpers import pdf_text
from tests.ui.conftest import refocus

pytestmark = [pytest.mark.gui, pytest.mark.slow]
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

# District A–O in roll order; the four the published minutes name by vote are real, the rest stand-ins.
DIRECTORS = [
    "Tina Archuleta", "Bob Broom", "Lee Carter", "Kim Diaz", "Pat Evans", "Claudia Folska",
    "Sam Green", "Lou Hart", "Ira Irwin", "Jo James", "Natalie Menten", "Ken Mihalik",
    "Ann Nolan", "Ola Ortiz", "Al Park",
]  # fmt: skip
SPLIT = {"Natalie Menten": K.Key_N, "Ken Mihalik": K.Key_N, "Tina Archuleta": K.Key_A}
SPEAKERS = [
    ("Ron Swank", "Denver"), ("Mary Lou Kean", "Lakewood"), ("Tom Reed", "Aurora"),
    ("Jane Ruiz", "Thornton"), ("Dev Patel", "Boulder"), ("Rita Lowe", "Arvada"),
]  # fmt: skip


class Keys:
    """Presses keys and counts them; `actions` counts the few steps taken with the mouse or in code."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot, self.count, self.actions = qtbot, 0, 0

    def press(self, widget: QWidget, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def type(self, widget: QWidget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.count += len(text)


def board(services: Services) -> tuple[int, dict[str, int], dict[str, int]]:
    """The board, its 15 seats and terms (DESK roster screens are tested on their own), and the agenda."""
    body = services.bodies.create_body("Regional Transportation District Board of Directors", 15)
    people: dict[str, int] = {}
    for n, name in enumerate(DIRECTORS):
        post = services.bodies.add_post(body.id, f"District {chr(ord('A') + n)}")
        person = services.people.create_person(name)
        services.bodies.add_membership(person.id, body.id, date(2017, 1, 1), post_id=post.id)
        people[name] = person.id
    clerk = services.people.create_person("Rolf Asphaug", title="Board Secretary")
    services.bodies.add_membership(
        clerk.id, body.id, date(2017, 1, 1), role=MembershipRole.CLERK, voting=False
    )
    meeting = services.meetings.create_meeting(
        body.id, datetime(2017, 2, 28, 17, 30), location="Rooms T/D, 1660 Blake Street, Denver",
        recording_person_id=clerk.id,
    )  # fmt: skip
    add = services.agenda.add_item
    items = {"comment": add(meeting.id, "Public participation", kind=AgendaItemKind.PUBLIC_COMMENT).id}
    consent = add(meeting.id, "Consent agenda", kind=AgendaItemKind.SECTION)
    items["consent"] = consent.id
    for n, title in enumerate(
        ["Bus parts contract award", "Light rail vehicle overhaul", "Audit engagement"]
    ):
        matter = services.matters.create_matter(f"2017-0{n + 1}", title, kind=MatterKind.CONTRACT)
        add(
            meeting.id,
            title,
            kind=AgendaItemKind.ORDER,
            parent_id=consent.id,
            consent=True,
            matter_id=matter.id,
        )
    items["split"] = add(meeting.id, "FasTracks internal savings account", kind=AgendaItemKind.ORDER).id
    return meeting.id, people, items


def test_the_rtd_board_meeting_entered_afterwards_with_its_true_times(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path
) -> None:
    meeting_id, _people, items = board(services)
    window = make_window(services)
    window.show_meeting(meeting_id)
    keys = Keys(qtbot)
    view = window.meeting_view
    refocus(qtbot, view.agenda.tree)

    keys.press(window, K.Key_O, CTRL | SHIFT)  # called to order: the scheduled 5:30 p.m., typed next day
    keys.press(window, K.Key_A, CTRL | SHIFT)  # every director present …
    table = view.attendance.table
    table.setFocus()
    table.setCurrentIndex(view.attendance.model.index(0, 0))
    for _ in range(DIRECTORS.index("Claudia Folska")):
        keys.press(table, K.Key_Down)
    keys.press(table, K.Key_A)  # … but Folska, absent
    assert [a.status for a in services.meetings.attendance(meeting_id) if a.voting].count(
        AttendanceStatus.ABSENT
    ) == 1

    panel, agenda = view.item_panel, view.agenda
    # Six public speakers with residence, one line each.
    agenda.select_item(items["comment"])
    keys.actions += 1
    keys.press(agenda.tree, K.Key_4, ALT)
    speakers = panel.speakers
    for name, residence in SPEAKERS:
        speakers.name_edit.setFocus()
        keys.type(speakers.name_edit, name)
        keys.press(speakers.name_edit, K.Key_Tab)
        keys.press(speakers.affiliation_edit, K.Key_Tab)
        keys.type(speakers.residence_edit, residence)
        keys.press(speakers.residence_edit, K.Key_Return)
    assert [s.residence for s in services.speakers.list_speakers(items["comment"])] == [
        r for _, r in SPEAKERS
    ]

    # The consent agenda: one motion, one unanimous vote.
    agenda.select_item(items["consent"])
    keys.actions += 1
    keys.press(agenda.tree, K.Key_5, ALT)
    motions = panel.motions
    motions.text_edit.setFocus()
    keys.type(motions.text_edit, "To adopt the consent agenda.")
    keys.press(motions.text_edit, K.Key_Return)
    keys.press(motions.tree, K.Key_U, CTRL)

    # The split vote: 11–2, Archuleta abstaining, Folska absent (prefilled and skipped).
    agenda.select_item(items["split"])
    keys.actions += 1
    keys.press(agenda.tree, K.Key_5, ALT)
    motions.text_edit.setFocus()
    keys.type(motions.text_edit, "To approve the FasTracks internal savings account.")
    keys.press(motions.text_edit, K.Key_Return)
    keys.press(motions.tree, K.Key_R, CTRL)
    dialog = motions.vote_dialog
    qtbot.waitExposed(dialog)
    ballots = dialog.view.table
    for name in DIRECTORS:
        if name != "Claudia Folska":
            keys.press(ballots, SPLIT.get(name, K.Key_Y))
    assert "11–2, 1 abstaining" in dialog.view.tally_label.text()
    keys.press(ballots, K.Key_Return)

    # Adjourned, then the true time of adjournment typed in Meeting ▸ Times….
    refocus(qtbot, agenda.tree)
    keys.press(window, K.Key_J, CTRL | SHIFT)
    keys.press(view.adjourn_question, K.Key_Return)  # Adjourn asks first; Enter says yes
    keys.press(window, K.Key_T, CTRL | SHIFT)
    times = view.times_dialog
    qtbot.waitExposed(times)
    edit = times.edits[[r.what for r in times.rows].index("Adjournment")]
    edit.setFocus()
    edit.selectAll()
    keys.type(edit, "6:43 pm")
    keys.press(edit, K.Key_Return)
    assert not times.isVisible()

    m = services.meetings.get_meeting(meeting_id)
    assert (m.called_to_order_at, m.adjourned_at) == (
        datetime(2017, 2, 28, 17, 30),
        datetime(2017, 2, 28, 18, 43),
    )
    assert services.times.warnings(meeting_id) == []
    record = services.records.load(meeting_id)
    consent_items = [e for e in record.items if e.item.consent]
    assert {e.matter.status for e in consent_items if e.matter} == {MatterStatus.ADOPTED}
    (split,) = [e for e in record.items if e.item.id == items["split"]]
    vote = split.motions[0].votes[0]
    assert (vote.tally.yes, vote.tally.no, vote.tally.abstain, vote.tally.absent) == (11, 2, 1, 1)
    text = pdf_text(minutes_pdf(services.minutes.minutes(meeting_id), invariant=True))
    assert "called to order at 5:30 p.m." in text and "adjourned at 6:43 p.m." in text
    assert "Adopted by consent" in text and "Light rail vehicle overhaul (2017-02)" in text
    assert "Ron Swank" in text and "Denver" in text
    window.resize(1366, 768)
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "rtd_meeting.png"))
    print(f"RTD meeting: {keys.count} keystrokes, {keys.actions} item selections in code")
